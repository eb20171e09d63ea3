/**
 * Where an inserted greeting or closing would land, per dev layout reply: a greeting goes before the first part read as
 * the agent's body, a closing after the last one. Counts the replies where that place is wrong: the first or last body
 * part lies inside the labelled not-agent text, or a greeting or sign-off the labels list was not read as one (the
 * check would then insert a second), or one was read where the labels have none. Only replies whose `layout` uses the
 * schema's part names (data/replies/README.md) are scored: older files tag layouts in free words. Totals per file; case
 * ids only for files given on the command line (the check batches are never listed, and are left out unless named).
 *
 *   npx tsx scripts/layout-insertions.ts [file.jsonl …]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { devLayoutFiles, notAgentSpans, parseJsonl, type ReplyCase } from '../lib/eval/structure';
import { readStructure } from '../lib/engine/structure';
import { isCheckBatch } from '../lib/eval/check-batches';

const LAYOUT_PARTS = new Set(['greeting', 'chat-welcome', 'body', 'numbered-steps', 'bulleted-list', 'step-labels', 'signoff', 'signature', 'signature-separator', 'legal-footer', 'quoted-gt', 'quoted-attribution', 'quoted-outlook', 'forwarded', 'initials', 'thread-marker', 'code']);
type LaidOut = ReplyCase & { layout: string[] };
const laidOut = (c: ReplyCase): c is LaidOut => Array.isArray((c as LaidOut).layout) && (c as LaidOut).layout.every((p) => LAYOUT_PARTS.has(p));
const named = process.argv.slice(2);
const files = named.length ? named : devLayoutFiles(readdirSync('data/layouts')).filter((f) => !isCheckBatch(f));
let total = 0;
let wrongGreeting = 0;
let wrongClosing = 0;
for (const file of files) {
  let g = 0;
  let cl = 0;
  const cases = parseJsonl(readFileSync(file, 'utf8'), file).filter(laidOut);
  for (const c of cases) {
    const spans = notAgentSpans(c);
    const inside = (at: number) => spans.some(([s, e]) => s <= at && at < e);
    const parts = readStructure(c.text, { customerMessage: c.customerMessage }).parts;
    const body = parts.filter((p) => p.kind === 'body' || p.kind === 'list-item');
    const first = body[0];
    const last = body.at(-1);
    const greetingWrong =
      parts.some((p) => p.kind === 'greeting') !== c.layout.includes('greeting') || (first !== undefined && inside(first.start));
    const signedOff = c.layout.includes('signoff') || c.layout.includes('initials');
    const closingWrong = parts.some((p) => p.kind === 'sign-off') !== signedOff || (last !== undefined && inside(last.end - 1));
    if (greetingWrong) g++;
    if (closingWrong) cl++;
    if (named.length && !isCheckBatch(file) && (greetingWrong || closingWrong)) {
      console.log(`  ${c.id}${greetingWrong ? ' greeting' : ''}${closingWrong ? ' closing' : ''}`);
    }
  }
  total += cases.length;
  wrongGreeting += g;
  wrongClosing += cl;
  if (cases.length) console.log(`${file}: greeting misplaced ${g}, closing misplaced ${cl} of ${cases.length}`);
}
console.log(`all: greeting misplaced ${wrongGreeting}, closing misplaced ${wrongClosing} of ${total}`);
