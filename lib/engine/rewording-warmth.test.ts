/**
 * Applying any suggestion never mangles punctuation and never lowers warmth, with one documented
 * exception (README, "Scores"): a rewording that opens its sentence with "Please …" may cost up to
 * the score's sentence-initial-please weight, because the score, after Danescu-Niculescu-Mizil et al.
 * (2013), reads an opening "please" as slightly cold. A property over random combinations of every
 * rule's own examples (flag and pass), joined the ways agents join sentences (a space, a line break,
 * a blank line, or nothing after a full stop), trying every suggestion of every finding.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { createAnalyzer } from './analyzer';
import { applySuggestion } from './apply';

const analyzer = createAnalyzer(defaultPack);
/** The score's weight for a sentence that opens on "Please" (score.ts, COLD_SIGNALS pleaseStart). */
const PLEASE_START_POINTS = 4;

/** How far warmth may drop: 0, or the please-start weight when the suggestion opens on "Please". */
function allowedDrop(suggestion: string): number {
  return /^\W*please\b/i.test(suggestion) ? PLEASE_START_POINTS : 0;
}
const SEED = 42;
const GUARD_MS = 180_000;

const sentences = [
  ...new Set(
    defaultPack.rules.flatMap((r) => [
      ...r.examples.flag.map((e) => e.text),
      ...r.examples.pass.map((e) => (typeof e === 'string' ? e : e.text)),
    ]),
  ),
];
const joiner = fc.constantFrom(' ', ' ', '\n', '\n\n', '');

/** Punctuation no careful writer produces: ".,", ",.", ",,", " ," and a stop or comma after a colon. */
const MANGLES = [/[.!?…][,;:]/g, /[,;:][.!?]/g, /,,/g, /[^\S\n],/g, /:[,.]/g];
export function mangles(text: string): number {
  return MANGLES.reduce((n, re) => n + (text.match(re)?.length ?? 0), 0);
}

const reply = fc
  .array(fc.tuple(fc.constantFrom(...sentences), joiner), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.map(([s, j]) => s + j).join('').trim());

describe('applying a suggestion', () => {
  it('never lowers warmth and never mangles punctuation, for every suggestion of every finding', () => {
    fc.assert(
      fc.property(reply, (text) => {
        const before = analyzer.analyze(text);
        for (const finding of before.findings) {
          finding.suggestions.forEach((suggestion, i) => {
            const after = applySuggestion(text, finding, i);
            const where = `${finding.ruleId} suggestion ${i} on ${JSON.stringify(text)} → ${JSON.stringify(after)}`;
            expect(analyzer.analyze(after).scores.warmth, where).toBeGreaterThanOrEqual(before.scores.warmth - allowedDrop(suggestion));
            // The first rewording (the one the card offers first) never lowers warmth at all.
            if (i === 0) expect(analyzer.analyze(after).scores.warmth, where).toBeGreaterThanOrEqual(before.scores.warmth);
            expect(mangles(after), where).toBeLessThanOrEqual(mangles(text));
          });
        }
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
          expect(analyzer.analyze(after).scores.warmth, after).toBeGreaterThanOrEqual(before.scores.warmth - allowedDrop(suggestion));
          expect(mangles(after), after).toBe(0);
        });
      }
    }
  });
});
