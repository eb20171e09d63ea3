import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';
import { offersSomething } from './kind-refusal';
import { refuses, turnsTheNo } from './refusal';

/**
 * Session 43 (issue #10): one reader of a no, shared by the closing check and kind-refusal.ts. A reader of applied
 * rewordings found the stock "If anything else comes up, just reply…" after refusals the closing check did not read
 * as refusals; it reads breezy to an upset customer and invites them to argue again.
 */
const REFUSALS = [
  "We can't refund the postage on this order.",
  'We are not able to swap the frames for another colour.',
  "It isn't possible to move the booking to March.",
  "This won't be covered under the home cover plan.",
  'The transfer request was declined by the accounts team.',
  'Unfortunately the jumper is not eligible for an exchange.',
  'That printer cartridge is no longer available.',
  'Your claim for the lost bag has not been approved.',
  'A credit note cannot be issued for this invoice.',
  'Our billing team is unable to reverse the late fee.',
  "I'm afraid the gift card can't be extended.",
  'The guarantee does not cover water damage.',
  'Opened software is not accepted for return.',
  'We will not be able to reimburse the taxi fare.',
  'We have decided not to waive the admin charge.',
  'Your request for a partial refund was turned down.',
  "Upgrades aren't possible on discounted fares.",
  "Sorry, we don't ship oversized items to the islands.",
  "Sadly that's not something we can offer on this plan.",
  "I'm afraid we can't.",
  'The manager has rejected your appeal.',
  "You aren't eligible for the loyalty discount this year.",
];

const NEAR_MISSES = [
  "We can't fit a Saturday slot, but I've booked you in for Friday morning.",
  'There is nothing to worry about with the new meter.',
  'There is no charge for the second fitting.',
  "We can't wait to welcome you back in the spring.",
  "It's not a problem at all to change the size.",
  "We don't need the original box, so send it back however suits you.",
  'Not a problem, I have added the second address.',
  "You won't be charged for the replacement.",
  "I couldn't be happier that the repair worked.",
  'Your refund was approved this morning and should show by Friday.',
  "Don't worry about the receipt, I found the order.",
  "I can't help but smile at the photo of your dog in the new bed.",
  "This doesn't change your delivery date.",
];

describe('the shared refusal reader', () => {
  it.each(REFUSALS)('reads a no in "%s"', (sentence) => {
    expect(refuses(sentence)).toBe(true);
  });

  it.each(NEAR_MISSES)('reads no refusal in "%s"', (sentence) => {
    expect(refuses(sentence)).toBe(false);
  });

  it('reads curly apostrophes as straight ones', () => {
    expect(refuses('We can\u2019t refund the postage.')).toBe(true);
    expect(refuses('We can\u2019t wait to see you.')).toBe(false);
  });

  it('knows a sentence that turns the no before it toward a yes', () => {
    expect(turnsTheNo('But I can send you a voucher for the next order.')).toBe(true);
    expect(turnsTheNo('The good news is the new stock lands on Monday.')).toBe(true);
    expect(turnsTheNo('The decision is final.')).toBe(false);
    expect(turnsTheNo(undefined)).toBe(false);
  });
});

describe('kind-refusal reads a refusing line as no way forward', () => {
  it('a deed beside the no in the same clause is no offer', () => {
    expect(offersSomething("I've checked the order, and we can't refund the postage.")).toBe(false);
    expect(offersSomething("I've checked the order, and the request was declined.")).toBe(false);
  });

  it('a no that turns to what the agent does still offers it', () => {
    expect(offersSomething("We can't refund the postage, but I've added a £5 credit to your account.")).toBe(true);
    expect(offersSomething("I've added a £5 credit to your account.")).toBe(true);
  });
});

const analyzer = createAnalyzer(defaultPack);
const upset = 'The parcel came damaged and nobody has answered me for a week. I am really fed up and want this sorted.';
const closingOf = (text: string) =>
  analyzer.analyze(text, { channel: 'email', customerMessage: upset }).findings.find((f) => f.ruleId === 'next-step-missing');
/** A refusal in the middle paragraph, with a neutral paragraph after it: the stock closing would still follow a no. */
const middle = (sentence: string) =>
  `Hi Sam,\n\nI'm sorry the parcel reached you in that state. ${sentence} I know that isn't what you hoped to hear.\n\nThe photos are on your file, and the courier has a copy of them.\n\nBest,\nTom`;

describe('next-step-missing after a refusal in any words', () => {
  it.each(REFUSALS)('is advice without Apply after "%s" in the middle paragraph', (sentence) => {
    const finding = closingOf(middle(sentence));
    expect(finding).toBeDefined();
    expect(finding!.suggestions).toEqual([]);
    expect(finding!.advice).toBeTruthy();
  });

  // "This doesn't change your delivery date." too: reassurance is read past by the closing check's final words (fix44).
  // A near miss that is itself the next step ("…should show by Friday.") in a reply warm as a whole needs no stock
  // closing at all (closing.ts, session 49); every other near miss keeps the stock closing, as after no no.
  const STEP_OF_ITS_OWN = 'Your refund was approved this morning and should show by Friday.';
  it.each(NEAR_MISSES.filter((s) => s !== STEP_OF_ITS_OWN))('still offers the stock closing after "%s"', (sentence) => {
    const finding = closingOf(middle(sentence));
    expect(finding).toBeDefined();
    expect(finding!.suggestions.length).toBeGreaterThan(0);
  });

  it('asks for no closing when the near miss is the next step itself, in a reply warm as a whole', () => {
    expect(NEAR_MISSES).toContain(STEP_OF_ITS_OWN);
    expect(closingOf(middle(STEP_OF_ITS_OWN))).toBeUndefined();
  });

  it('keeps the stock closing when the next sentence turns the no to a yes', () => {
    const text = middle("We can't do next-day delivery on this item. But I can send it on Thursday's van at no cost.");
    expect(closingOf(text)?.suggestions.length).toBeGreaterThan(0);
  });
});
