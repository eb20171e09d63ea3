/**
 * Lists the dev layout replies with a line read on the wrong side of the agent's text (eval's "replies with a line read
 * on the wrong side"), with each wrong line and the parts the structure pass read, for sorting misreads by family.
 * The check batches (lib/eval/check-batches.ts) and untouched get totals only (`npm run eval`,
 * scripts/layout-batch-figures.ts): naming one here is refused, so their misreads are never listed.
 *
 *   npx tsx scripts/layout-misreads.ts [file.jsonl …]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { devLayoutFiles, misreadLines, parseJsonl } from '../lib/eval/structure';
import { readStructure } from '../lib/engine/structure';
import { caseListingRefusal, isCheckBatch } from '../lib/eval/check-batches';

const given = process.argv.slice(2);
const refusal = caseListingRefusal(given);
if (refusal) {
  console.error(refusal);
  process.exit(1);
}
const files = given.length ? given : devLayoutFiles(readdirSync('data/layouts')).filter((f) => !isCheckBatch(f));
let misread = 0;
for (const file of files) {
  for (const c of parseJsonl(readFileSync(file, 'utf8'), file)) {
    const wrong = misreadLines(c);
    if (!wrong.length) continue;
    misread++;
    console.log(`${file} ${c.id}`);
    for (const w of wrong) console.log(`  ${w.expectedSkipped ? 'theirs read as the agent’s' : 'the agent’s read as skipped'}: ${JSON.stringify(w.line)}`);
    const parts = readStructure(c.text, { customerMessage: c.customerMessage }).parts.map((p) => `${p.kind}[${c.text.slice(p.start, p.end).slice(0, 30).replace(/\n/g, '⏎')}]`);
    console.log(`  read: ${parts.join(' ')}`);
  }
}
console.log(`${misread} replies with a line on the wrong side`);
