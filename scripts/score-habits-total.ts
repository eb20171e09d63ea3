/**
 * One total over many annotated reply files: phrase recall per principle (aimed and any finding) and findings per
 * warm reply, summed, for comparing a tune half or the blind batches before and after a change. Totals only.
 *
 *   npx tsx scripts/score-habits-total.ts data/replies/dev-extra-a.jsonl [more files…]
 */
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../lib/engine/analyzer';
import { evaluateReplies, parseReplies } from '../lib/eval/replies';
import { defaultPack } from '../lib/rules/default';

const files = process.argv.slice(2);
if (!files.length) throw new Error('usage: tsx scripts/score-habits-total.ts <file.jsonl>…');
const analyzer = createAnalyzer(defaultPack);
const cases = files.flatMap((file) => parseReplies(readFileSync(file, 'utf8')));
const r = evaluateReplies(analyzer, defaultPack.rules, cases);
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
const perWarm = (n: number) => (n / Math.max(1, r.warm)).toFixed(3);
console.log(`${files.length} files, ${r.replies} replies; aimed ${r.caughtByAimedRule}/${r.must} (${pct(r.caughtByAimedRule, r.must)}), any ${r.caught}/${r.must}; structural ${r.structuralCaught}/${r.structuralMust}; warm ${r.warmWarningsSuggestions} w+s, ${r.warmHints} hints on ${r.warm} (${perWarm(r.warmWarningsSuggestions)} / ${perWarm(r.warmHints)})`);
for (const [principle, t] of [...r.byPrinciple].sort((a, b) => b[1].must - a[1].must)) {
  console.log(`  ${principle.padEnd(15)} aimed ${`${t.aimed}/${t.must}`.padStart(9)}  any ${t.caught}`);
}
