import { describe, expect, it } from 'vitest';
import { refuses } from './refusal';

/**
 * Review 44: the progressive no of session 44 ("We are not refunding…") also read a promise as a no: a stop to what the
 * customer pays, or our word not to share their details, said in the progressive.
 */
describe('the refusal reader: promises in the progressive (review44)', () => {
  it.each([
    'We are not processing any further payments from your account.',
    "We're not taking any more instalments for the sofa.",
    "We won't be raising any further invoices on the closed plan.",
    "We're not providing your details to the courier.",
    "We're not issuing any further invoices on the closed plan.",
    "I'm not passing on your number to anyone.",
    "We won't collect any more direct debits.",
  ])('reads no refusal in "%s"', (sentence) => expect(refuses(sentence)).toBe(false));

  it.each([
    'We are not processing any further payments until the card is verified.',
    "We're not processing your refund.",
    "We won't be issuing a refund for the second night.",
    "I'm not refunding anything without the receipt.",
  ])('still reads the no in "%s"', (sentence) => expect(refuses(sentence)).toBe(true));
});
