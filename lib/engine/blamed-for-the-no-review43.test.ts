import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';
import { blamesTheCustomer } from './kind-refusal';

/**
 * Review of session 43: blamed-for-the-no read the customer's doing as blame with no no anywhere in the sentence, so a
 * reply that helps ("As you forgot your password, I've sent a reset link") got a respect warning and a cold score.
 * The reason there explains the help. The same reason given for a no stays flagged.
 */
const analyzer = createAnalyzer(defaultPack);
const blameRule = (body: string) =>
  analyzer
    .analyze(`Hi Tomas,\n\n${body}\n\nKind regards,\nIlse`, { channel: 'email' })
    .findings.flatMap((f) => f.merged ?? [f])
    .some((f) => f.ruleId === 'blamed-for-the-no');

const HELPING = [
  "As you forgot your password, I've sent a reset link to your inbox.",
  'Since you missed our call on Tuesday, I have emailed the booking details instead.',
  "As you've lost the receipt, I've looked the order up by your phone number.",
  "Since you lost your bank card, we've blocked it and a new one is on the way.",
];
const REFUSING = [
  "Since you forgot to register the drill, we can't repair it under guarantee.",
  "As you lost the receipt, we won't be able to refund the jacket.",
];

describe('a reason that explains our help is no blamed no', () => {
  it.each(HELPING)('passes: "%s"', (sentence) => {
    expect(blameRule(sentence)).toBe(false);
    expect(blamesTheCustomer(sentence)).toBe(false);
  });

  it.each(REFUSING)('the same reason for a no is still flagged: "%s"', (sentence) => {
    expect(blameRule(sentence)).toBe(true);
    expect(blamesTheCustomer(sentence)).toBe(true);
  });
});

describe('blame in other words (review43)', () => {
  it.each(["Sorry, we can't swap the lamp as you plainly didn't read the fitting guide.", 'We cannot waive the late fee, since that was your own error.'])(
    'is flagged and never read as kind: "%s"',
    (sentence) => {
      expect(blameRule(sentence)).toBe(true);
      expect(blamesTheCustomer(sentence)).toBe(true);
    },
  );

  it('a step not taken yet is where things stand, no blame', () => {
    expect(blamesTheCustomer("Sorry, we can't refund the boots as you haven't returned them yet.")).toBe(false);
  });
});
