import { describe, expect, it } from 'vitest';
import { refusalIn, withPositivityAdvice } from './positivity-evidence';
import type { Finding } from './types';

const text = 'Unfortunately your claim was declined under the policy terms.';
const sentence = { start: 0, end: text.length };
const card = (phrase: string, extra: Partial<Finding> = {}): Finding => {
  const start = text.indexOf(phrase);
  return { ruleId: 'policy-rule', principle: 'respect', severity: 'hint', start, end: start + phrase.length, text: phrase, message: 'Own it.', suggestions: [], ...extra };
};
const says = (s: string, next?: string) => refusalIn(s, 0, s.length, next) !== null;

describe('a no with no way forward', () => {
  it.each([
    'Rescheduling is not possible at this time.',
    'Your claim has not been approved.',
    'Unfortunately the request was declined by our team.',
    'We cannot refund digital purchases.',
    'The warranty does not cover accidental damage.',
  ])('finds it in "%s"', (s) => expect(says(s)).toBe(true));

  it.each([
    // Turned to a yes in the sentence, or at the start of the next.
    "We can't refund it, but I can offer a credit.",
    // Spared, not refused; someone else's no, reported.
    "You won't be charged for this.",
    'The payment was declined by your bank.',
    'We will not share your details.',
  ])('finds none in "%s"', (s) => expect(says(s)).toBe(false));

  it('finds none where the next sentence turns the no to a yes', () => {
    expect(says('We cannot refund digital purchases.', 'Instead, I can add a credit to your account.')).toBe(false);
  });

  it('underlines the no\'s own words, as offsets into the text', () => {
    const s = 'Thanks for writing. Rescheduling is not possible at this time.';
    const at = refusalIn(s, 20, s.length, undefined);
    expect(at && s.slice(at.start, at.end)).toBe('Rescheduling is not possible');
  });
});

describe('a card of another principle whose sentence says no asks what the customer can do instead', () => {
  it('takes the no in, as a positivity member, its advice after the card\'s own', () => {
    const out = withPositivityAdvice(card('under the policy terms', { advice: 'Own it.' }), text, sentence, undefined, 'not-possible-to', 'Add what you can do instead.');
    expect(out.advice).toBe('Own it. Add what you can do instead.');
    expect(out.text).toBe('Unfortunately your claim was declined under the policy terms');
    expect(out.merged?.map((m) => [m.ruleId, m.principle])).toEqual([['policy-rule', 'respect'], ['not-possible-to', 'positivity']]);
  });

  it('leaves a card that already serves positivity, or whose advice says it already, unchanged', () => {
    const own = card('under the policy terms', { principle: 'positivity' });
    expect(withPositivityAdvice(own, text, sentence, undefined, 'not-possible-to', 'Add.')).toBe(own);
    const blamed = card('under the policy terms', { ruleId: 'blamed-for-the-no' });
    expect(withPositivityAdvice(blamed, text, sentence, undefined, 'not-possible-to', 'Add.')).toBe(blamed);
  });

  it('leaves the card unchanged where the next sentence offers the way forward', () => {
    const c = card('under the policy terms');
    expect(withPositivityAdvice(c, text, sentence, 'However, I can send a replacement part.', 'not-possible-to', 'Add.')).toBe(c);
  });
});
