/**
 * Which way a layout batch's lines are misread, totals only (check batches may be scored this way): a line the agent
 * did not write read as one of the agent's parts (body, greeting, sign-off: coached as theirs), or a line the agent
 * wrote read as a skipped part (signature, quote, footer: coaching lost). Each kind counts once per reply.
 *
 *   npx tsx scripts/layout-misread-kinds.ts data/layouts/dev-extra-bh.jsonl [more.jsonl …]
 */
import { readFileSync } from 'node:fs';
import { readStructure } from '../lib/engine/structure';
import { misreadLines, parseJsonl } from '../lib/eval/structure';

const repliesPerKind = new Map<string, number>();
let replies = 0;
for (const file of process.argv.slice(2)) {
  for (const c of parseJsonl(readFileSync(file, 'utf8'), file)) {
    replies++;
    const parts = readStructure(c.text, { customerMessage: c.customerMessage }).parts;
    const kinds = new Set<string>();
    for (const wrong of misreadLines(c)) {
      const at = c.text.indexOf(wrong.line);
      const readAs = parts.find((p) => p.start <= at && at < p.end)?.kind ?? 'no part';
      kinds.add(`${wrong.expectedSkipped ? 'not the agent\'s, read as' : 'the agent\'s, read as'} ${readAs}`);
    }
    for (const kind of kinds) repliesPerKind.set(kind, (repliesPerKind.get(kind) ?? 0) + 1);
  }
}
console.log(`${replies} replies; replies with a line misread this way:`);
for (const [kind, n] of [...repliesPerKind].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${kind}`);
