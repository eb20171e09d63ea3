/**
 * Review 45: a get-well wish counts only for a person and only as a wish; a hope that a thing of theirs gets better,
 * or a "feel better now that you've read…", meets no feeling.
 */
import { describe, expect, it } from 'vitest';
import { acknowledgesFeelings } from './acknowledges';

describe('a get-well wish, not a hope about a thing or a jab (review 45)', () => {
  it.each([
    "Hope you feel better now that you've seen the terms.",
    'I hope you feel better now that the rules are clear to you.',
    'I hope your router is getting better now.',
    'Hope your signal gets better soon.',
    'We hope your parcel is on the mend.',
  ])('not: %s', (sentence) => {
    expect(acknowledgesFeelings(sentence)).toBe(false);
  });

  it.each(["I hope you're feeling better now.", 'Hope your husband is on the mend.', 'I hope your little boy feels better soon!', 'Hope your mum is recovering well.'])(
    '%s',
    (sentence) => {
      expect(acknowledgesFeelings(sentence)).toBe(true);
    },
  );
});
