import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';
import { refuses } from './refusal';

/**
 * Session 44 (issue #10): the shared refusal reader missed a no stated as a fact about a category ("Refunds are not
 * given…") and a no in the progressive ("We are not refunding…"), and read a third party's doing ("…was not accepted by
 * the courier") as our own no, so the closing check asked for an appeal after news.
 */
const CATEGORY_NOS = [
  'Refunds are not given on personalised mugs.',
  "Exchanges aren't offered on clearance trainers.",
  'Cash refunds are never issued for gift vouchers.',
  'Repairs are not carried out on bikes bought elsewhere.',
  "Extensions won't be granted for the spring course.",
  'Sadly, partial refunds are not made on annual passes.',
];
const PROGRESSIVE_NOS = [
  'We are not refunding the booking fee.',
  "We won't be replacing the cracked lid.",
  "I'm not offering a discount on this bundle.",
  "We'll not be reimbursing the parking costs.",
  "We're simply not taking opened paint back.",
  'I am not making an exception for late entries.',
  'We will not be honouring the old price.',
];
/** A third party's doing, passed on as news, and sentences that look like the new forms but refuse nothing. */
const NEAR_MISSES = [
  'The box was not accepted by the courier at the depot.',
  'Your payment was declined by your card issuer this morning.',
  'The bank has declined the transfer, so the order is still open.',
  'The courier will not deliver to the marina on Sundays.',
  'The delivery was refused by the recipient at the door.',
  'The hotel has rejected the late booking request.',
  "I'm not giving up on finding your parcel.",
  "We're not charging you for the second visit.",
  'Refunds are now given within three working days.',
  'Exchanges are offered on every full-price item.',
  "We won't be long: the engineer is ten minutes away.",
  'Replacements are sent by tracked post.',
];

describe('the refusal reader (fix44)', () => {
  it.each(CATEGORY_NOS)('reads a no stated as a fact about a category: "%s"', (sentence) => expect(refuses(sentence)).toBe(true));
  it.each(PROGRESSIVE_NOS)('reads a no in the progressive: "%s"', (sentence) => expect(refuses(sentence)).toBe(true));
  it.each(NEAR_MISSES)('reads no refusal of ours in "%s"', (sentence) => expect(refuses(sentence)).toBe(false));

  it('still reads our own team or our own words as ours', () => {
    expect(refuses('The claim was declined by the accounts team.')).toBe(true);
    expect(refuses('The parcel was not accepted by our warehouse.')).toBe(true);
    expect(refuses("We can't refund it by bank transfer.")).toBe(true);
    expect(refuses('A refund cannot be issued by bank transfer.')).toBe(true);
  });

  it('a third party in the sentence does not hide our own no after it', () => {
    expect(refuses('The courier returned the parcel, and we cannot refund the postage.')).toBe(true);
  });
});

const analyzer = createAnalyzer(defaultPack);
const closingOf = (text: string) => analyzer.analyze(text, { channel: 'email' }).findings.find((f) => f.ruleId === 'next-step-missing');
const reply = (sentence: string) => `Hi Lee,\n\nThanks for the photos you sent over. ${sentence}\n\nBest,\nAnn`;

describe('next-step-missing after the new forms (fix44)', () => {
  it.each([...CATEGORY_NOS, ...PROGRESSIVE_NOS])('is advice without Apply after "%s"', (sentence) => {
    const finding = closingOf(reply(sentence));
    expect(finding).toBeDefined();
    expect(finding!.suggestions).toEqual([]);
    expect(finding!.advice).toMatch(/where the customer can turn/);
  });

  // Where the stock closing survives the context's safety filter it is offered; either way no appeal is asked for.
  it.each(NEAR_MISSES.slice(0, 6))('asks for no appeal after news of a third party: "%s"', (sentence) => {
    const finding = closingOf(reply(sentence));
    expect(finding).toBeDefined();
    expect(finding!.advice ?? '').not.toMatch(/where the customer can turn/);
  });

  it('offers the stock closing after the courier\'s refusal passed on as news', () => {
    expect(closingOf(reply('The box was not accepted by the courier at the depot.'))?.suggestions.length).toBeGreaterThan(0);
  });
});
