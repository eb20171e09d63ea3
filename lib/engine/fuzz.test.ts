/**
 * Fuzz, in `npm test`: seeded, a few seconds, asserting behaviour (exact offsets, no throw, the
 * same result in slices, sentences capped) and never a duration. `npm run fuzz` is the long run
 * that measures time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { createAnalyzer, MAX_CUSTOMER_MESSAGE_CHARS, messageForMood } from './analyzer';
import { applySuggestion } from './apply';
import { RUN_ENDINGS, RUN_UNITS, run } from './fuzz-inputs';
import { MAX_SENTENCE_LENGTH, segment } from './segment';
import type { Analysis } from './types';

const SEED = 20261201;
/** A guard against a hang on a busy machine, not a speed assertion: `npm run fuzz` measures time. */
const GUARD_MS = 120_000;
const analyzer = createAnalyzer(defaultPack);
const slicedAnalyzer = createAnalyzer(defaultPack);
const examples = defaultPack.rules.flatMap((r) => r.examples.flag.map((e) => e.text));

function expectWellFormed(text: string, analysis: Analysis) {
  for (const f of analysis.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.text).toBe(text.slice(f.start, f.end));
    // Applying any suggestion gives a string (never throws) that keeps the text around the span.
    for (let i = 0; i < f.suggestions.length; i++) {
      const applied = applySuggestion(text, f, i);
      expect(applied.startsWith(text.slice(0, f.start))).toBe(true);
      expect(applied.endsWith(text.slice(f.end))).toBe(true);
    }
  }
  expect(analysis.scores.warmth).toBeGreaterThanOrEqual(0);
  expect(analysis.scores.warmth).toBeLessThanOrEqual(100);
}

function drain(gen: Generator<void, Analysis>): Analysis {
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}

const pathological = fc
  .tuple(fc.constantFrom(...RUN_UNITS), fc.integer({ min: 1, max: 2000 }), fc.constantFrom(...RUN_ENDINGS), fc.constantFrom('', ...examples))
  .map(([{ unit }, length, ending, example]) => `${example} ${run(unit, length, ending)} ${example}`);

const mixed = fc
  .array(fc.oneof(fc.constantFrom(...examples), fc.constantFrom(...RUN_UNITS.map((u) => u.unit)), fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 8 })), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));

describe('fuzz: hostile drafts and customer messages', () => {
  it('long runs of punctuation, white space, breaks, nbsp and emoji: exact offsets, no throw', () => {
    fc.assert(
      fc.property(pathological, (text) => {
        expectWellFormed(text, analyzer.analyze(text));
      }),
      { seed: SEED, numRuns: 60 },
    );
  }, GUARD_MS);

  it('random mixes of rule examples and odd characters: the same result whole or in slices', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const whole = analyzer.analyze(text);
        expectWellFormed(text, whole);
        slicedAnalyzer.clearCache();
        expect(drain(slicedAnalyzer.analyzeInSlices(text, {}, 0))).toEqual(whole);
      }),
      { seed: SEED, numRuns: 60 },
    );
  }, GUARD_MS);

  it('a pathological customer message never breaks the analysis of the reply', () => {
    fc.assert(
      fc.property(pathological, (message) => {
        const text = 'Hi Ana, you need to restart the router.';
        expectWellFormed(text, analyzer.analyze(text, { customerMessage: message }));
      }),
      { seed: SEED, numRuns: 40 },
    );
  }, GUARD_MS);

  it('segments 50,000 "!" and other long runs into capped sentences with exact offsets', () => {
    for (const { unit } of RUN_UNITS) {
      const text = run(unit, unit === '!' ? 50_000 : 5000, 'x');
      for (const s of segment(text).sentences) {
        expect(s.text).toBe(text.slice(s.start, s.end));
        expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      }
    }
  }, GUARD_MS);

  it('reads the mood of a message of 1,300 empty paragraphs or 50,000 "!" as of a short one', () => {
    const zendesk = `Hi,\n\nThis is still broken!!\n${'<p>&nbsp;</p>\n'.repeat(1300)}\n\nThanks,\nMaria`;
    const analysis = analyzer.analyze('Hi Maria, thanks for writing.', { customerMessage: zendesk });
    expect(analysis.mood?.moods).toContain('frustrated');
    expect(messageForMood(`a${' \n\u00a0'.repeat(1000)}b${'!'.repeat(3000)}`)).toBe('a\n\nb!!!');
    expect(messageForMood('x'.repeat(20_000)).length).toBeLessThanOrEqual(MAX_CUSTOMER_MESSAGE_CHARS + 2);
  }, GUARD_MS);
});
