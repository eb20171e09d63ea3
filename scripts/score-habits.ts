/**
 * Totals of phrase recall per principle (aimed and any finding) and findings per warm reply, for annotated reply
 * files: the figure a tune or check batch is scored by (issue #10). Totals only, never cases.
 *
 *   npx tsx scripts/score-habits.ts data/replies/dev-extra-bh.jsonl [more files…]
 */
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../lib/engine/analyzer';
import { evaluateReplies, parseReplies } from '../lib/eval/replies';
import { defaultPack } from '../lib/rules/default';

const files = process.argv.slice(2);
if (!files.length) throw new Error('usage: tsx scripts/score-habits.ts <file.jsonl>…');
const analyzer = createAnalyzer(defaultPack);
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
for (const file of files) {
  const r = evaluateReplies(analyzer, defaultPack.rules, parseReplies(readFileSync(file, 'utf8')));
  const perWarm = (n: number) => (n / Math.max(1, r.warm)).toFixed(2);
  console.log(`${file}: ${r.replies} replies; aimed ${r.caughtByAimedRule}/${r.must} (${pct(r.caughtByAimedRule, r.must)}), any ${r.caught}/${r.must} (${pct(r.caught, r.must)}); structural ${r.structuralCaught}/${r.structuralMust}; per warm reply ${perWarm(r.warmWarningsSuggestions)} w+s, ${perWarm(r.warmHints)} hints (${r.warmWarningsSuggestions} and ${r.warmHints} on ${r.warm} warm)`);
  for (const [principle, t] of [...r.byPrinciple].sort((a, b) => b[1].must - a[1].must)) {
    console.log(`  ${principle.padEnd(15)} aimed ${`${t.aimed}/${t.must}`.padStart(7)} (${pct(t.aimed, t.must)})  any ${pct(t.caught, t.must)}`);
  }
}
