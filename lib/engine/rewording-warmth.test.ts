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
import { keepSafeInContext, rewordingsRefusedByNeighbours } from '../rules/rewording-safety';
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

  describe('a rewording refused only by its neighbours', () => {
    const text = "Kindly send a photo of the label. You'll have to send the item back first.";

    it('still reads as reworded once a neighbour is applied, so applying the neighbour does not cool the reply', () => {
      const before = analyzer.analyze(text);
      const kindly = before.findings.find((f) => f.ruleId === 'kindly')!;
      expect(kindly.suggestions[0]).toBe('Could you send a photo of the label?');
      const after = applySuggestion(text, kindly, 0);
      const analysed = analyzer.analyze(after);
      // Beside "Could you send a photo…?", "Could you send the item back first?" repeats "you send": the card is advice…
      expect(analysed.findings.find((f) => f.ruleId === 'you-need-to')?.suggestions).toEqual([]);
      // …but the sentence is still one a rewording fixes, so warmth does not fall (it fell from 39 to 7).
      expect(analysed.scores.warmth).toBeGreaterThanOrEqual(before.scores.warmth);
    });

    it('is remembered for a phrase finding left without any, and only for one', () => {
      const twoRequests = 'Could you send a photo of the label? You will have to send the item back first.';
      const at = twoRequests.indexOf('You will');
      const phrase = { start: at, end: twoRequests.length, suggestions: ['Could you send the item back first?'] };
      const insert = { start: at, end: twoRequests.length, suggestions: ['Could you send the item back first?'] };
      const [phraseLeft, insertLeft] = keepSafeInContext(twoRequests, [phrase, insert], (f) => f === phrase);
      expect(phraseLeft!.suggestions).toEqual([]);
      expect(rewordingsRefusedByNeighbours(phraseLeft!)).toEqual(['Could you send the item back first?']);
      // A whole-reply check's insert answers to its meaning too: what it lost is not read as done.
      expect(insertLeft!.suggestions).toEqual([]);
      expect(rewordingsRefusedByNeighbours(insertLeft!)).toEqual([]);
      // A finding that keeps one rewording, or never had one, is read by what it has.
      const kept = { start: 0, end: 36, suggestions: ['Could you share a photo of the label?'] };
      expect(rewordingsRefusedByNeighbours(keepSafeInContext(twoRequests, [kept], () => true)[0]!)).toEqual([]);
    });
  });
});
