/**
 * Applying any suggestion never mangles punctuation and never lowers warmth (the property and its one documented
 * exception: rewording-warmth-property.ts). 200 random replies here; `npx tsx scripts/fuzz-rewording-warmth.ts` runs
 * 1,000 and counts the defects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { createAnalyzer } from './analyzer';
import { applySuggestion } from './apply';
import { allowedDrop, describeDefect, exampleReply, mangles, rewordingDefects } from './rewording-warmth-property';

const analyzer = createAnalyzer(defaultPack);
const SEED = 42;
const GUARD_MS = 180_000;

describe('applying a suggestion', () => {
  it('never lowers warmth and never mangles punctuation, for every suggestion of every finding', () => {
    fc.assert(
      fc.property(exampleReply, (text) => {
        expect(rewordingDefects(analyzer, text).map(describeDefect)).toEqual([]);
      }),
      { seed: SEED, numRuns: 200 },
    );
  }, GUARD_MS);

  it('the issue\'s cases: "escalated.As you can see," and "We kindly ask you to confirm your address."', () => {
    for (const text of ['The case was escalated.As you can see, the charge is gone.', 'We kindly ask you to confirm your address.']) {
      const before = analyzer.analyze(text);
      expect(before.findings.length).toBeGreaterThan(0);
      if (text.includes('escalated.')) expect(before.findings.flatMap((f) => f.suggestions.map((_, i) => applySuggestion(text, f, i)))).toContain('The case was escalated.The charge is gone.');
      for (const finding of before.findings) {
        finding.suggestions.forEach((suggestion, i) => {
          const after = applySuggestion(text, finding, i);
          expect(analyzer.analyze(after).scores.warmth, after).toBeGreaterThanOrEqual(before.scores.warmth - allowedDrop(suggestion, i));
          expect(mangles(after), after).toBe(0);
        });
      }
    }
  });
});
