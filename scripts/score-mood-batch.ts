/**
 * Scores the mood reader on labelled customer-message files (the data/customer-messages schema): how many messages
 * labelled upset it reads upset, and how many labelled calm it reads upset. Totals only; `--list` also prints the
 * messages read wrongly, and refuses the check batches and untouched halves (lib/eval/check-batches.ts).
 *
 *   npx tsx scripts/score-mood-batch.ts data/customer-messages/check-mood30.jsonl
 *   npx tsx scripts/score-mood-batch.ts --list data/customer-messages/dev.jsonl
 */
import { readFileSync } from 'node:fs';
import { readMood, UPSET_MOODS } from '../lib/engine/mood';
import { caseListingRefusal } from '../lib/eval/check-batches';
import type { Mood } from '../lib/engine/types';

const args = process.argv.slice(2);
const list = args.includes('--list');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) throw new Error('name one or more .jsonl files of labelled customer messages');
const refused = list ? caseListingRefusal(files) : null;
if (refused) throw new Error(refused);

const isUpset = (moods: readonly Mood[]) => moods.some((m) => UPSET_MOODS.includes(m));
for (const file of files) {
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { id: string; moods: Mood[]; text: string });
  let upsetRead = 0, upsetN = 0, calmRead = 0, calmN = 0;
  const wrong: string[] = [];
  for (const r of rows) {
    const read = isUpset(readMood(r.text)?.moods ?? []);
    if (isUpset(r.moods)) {
      upsetN++;
      if (read) upsetRead++;
      else wrong.push(`  missed  ${r.id}: ${r.text.replaceAll('\n', ' ⏎ ')}`);
    } else {
      calmN++;
      if (read) {
        calmRead++;
        wrong.push(`  calm read upset  ${r.id}: ${r.text.replaceAll('\n', ' ⏎ ')}`);
      }
    }
  }
  console.log(`${file}: upset read upset ${upsetRead}/${upsetN}, calm read upset ${calmRead}/${calmN}`);
  if (list) for (const w of wrong) console.log(w);
}
