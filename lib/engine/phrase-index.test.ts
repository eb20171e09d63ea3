import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WordPrefilter } from './phrase-index';

const word = fc.constantFrom('you', 'need', 'to', 'we', 'cannot', 'refund', 'please', 'kindly', 'the', 'constructor', '__proto__');

describe('WordPrefilter', () => {
  it('says a slot may match exactly when each of its word groups has a word in the sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.array(word, { maxLength: 3 }), { maxLength: 4 }), { maxLength: 12 }), fc.uniqueArray(word), (slots, sentence) => {
        const prefilter = new WordPrefilter();
        const numbers = slots.map((groups) => prefilter.add(groups));
        const keys = new Set(sentence);
        const candidates = prefilter.candidates(keys);
        slots.forEach((groups, i) => {
          expect(candidates.has(numbers[i]!)).toBe(groups.every((alternatives) => alternatives.some((w) => keys.has(w))));
        });
      }),
    );
  });

  it('counts a word that serves two groups of one slot for both', () => {
    const prefilter = new WordPrefilter();
    const slot = prefilter.add([['you'], ['you', 'we']]);
    expect(prefilter.candidates(new Set(['you'])).has(slot)).toBe(true);
    expect(prefilter.candidates(new Set(['we'])).has(slot)).toBe(false);
  });
});
