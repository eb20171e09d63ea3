/**
 * The rewording-warmth property (lib/engine/rewording-warmth-property.ts) over many more replies than its unit test:
 * applies every suggestion of every finding of each random reply and counts the defects (a rewording that lowers
 * warmth or mangles punctuation). Prints each defect once and the totals; exits 1 when any is found.
 *
 *   npx tsx scripts/fuzz-rewording-warmth.ts                 # 1,000 replies, seed 42 (a few minutes)
 *   FUZZ_REPLIES=5000 FUZZ_SEED=7 npx tsx scripts/fuzz-rewording-warmth.ts
 */
import fc from 'fast-check';
import { createAnalyzer } from '../lib/engine/analyzer';
import { describeDefect, exampleReply, rewordingDefects } from '../lib/engine/rewording-warmth-property';
import { defaultPack } from '../lib/rules/default';

const REPLIES = Number(process.env.FUZZ_REPLIES ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 42);

const analyzer = createAnalyzer(defaultPack);
const replies = fc.sample(exampleReply, { seed: SEED, numRuns: REPLIES });
let suggestions = 0;
let repliesWithDefects = 0;
const seen = new Set<string>();
const byKind = new Map<string, number>();
for (const text of replies) {
  suggestions += analyzer.analyze(text).findings.reduce((n, f) => n + f.suggestions.length, 0);
  const defects = rewordingDefects(analyzer, text);
  if (defects.length) repliesWithDefects++;
  for (const d of defects) {
    const line = describeDefect(d);
    if (seen.has(line)) continue;
    seen.add(line);
    byKind.set(d.kind, (byKind.get(d.kind) ?? 0) + 1);
    console.log(line);
  }
}
const kinds = [...byKind].map(([kind, n]) => `${n} ${kind}`).join(', ') || 'none';
console.log(`\n${REPLIES} replies (seed ${SEED}), ${suggestions} suggestions applied: ${seen.size} distinct defects (${kinds}) in ${repliesWithDefects} replies.`);
process.exitCode = seen.size ? 1 : 0;
