import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';
import { refuses } from './refusal';

/**
 * Review of session 43: the shared refusal reader missed "we aren't able to…" and read promises made for the customer
 * ("we won't share your details", "we will not hold you to the old deadline") as a no, so the closing check told the
 * agent to name an appeal after a reply that refused nothing.
 */
const NOS = [
  "We aren't able to refund the jacket after ninety days.",
  "The team isn't able to reopen a closed claim.",
  "Sorry, we aren't in a position to waive the fee.",
  "We won't refund it without the original receipt.",
];
const PROMISES = [
  'We will not hold you to the old deadline.',
  "We won't share your details with the courier's partners.",
  "We don't sell your data to anyone.",
  "You're unsubscribed, and we won't send any more marketing emails.",
  "I won't cancel anything without your say.",
];

describe('the refusal reader (review43)', () => {
  it.each(NOS)('reads a no: "%s"', (sentence) => expect(refuses(sentence)).toBe(true));
  it.each(PROMISES)('reads a promise as no refusal: "%s"', (sentence) => expect(refuses(sentence)).toBe(false));

  it('a promise gets no after-a-no advice from the closing check', () => {
    const text = 'Hi Sam,\n\nThanks for your message. I have noted the new date. We will not hold you to the old deadline.\n\nBest,\nAnn';
    const advice = createAnalyzer(defaultPack)
      .analyze(text, { channel: 'email' })
      .findings.filter((f) => f.ruleId === 'next-step-missing')
      .map((f) => f.advice ?? '');
    expect(advice.some((a) => /appeal/i.test(a))).toBe(false);
  });
});
