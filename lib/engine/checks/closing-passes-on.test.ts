/**
 * next-step-missing where the reply only records the matter or passes it on ("I've raised a claim with the courier."),
 * leaves it to chance ("so we'll see."), or ends on when a term runs out ("Your plan runs until 31 January."): none
 * tells the customer what happens next. A step asked in so many words ("please use the invoice number as the
 * reference"), a wait counted in a range ("within three to five working days") and a watch kept ("We're monitoring it
 * for the rest of the day") do.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const closingOf = (text: string) => analyzer.analyze(text, { channel: 'email' }).findings.find((f) => f.ruleId === 'next-step-missing');
const email = (body: string) => `Hi Sam,\n\n${body}\n\nRegards,\nAlex`;

describe('no next step', () => {
  it.each([
    ['a claim raised with someone else', "The driver's photo shows the parcel at a blue door. I've raised a claim with the courier."],
    ['comments passed on', 'Sea-view rooms on the third floor face partly across the car park. I have passed your comments to the hotel.'],
    ['passed on in the passive', 'Thank you for the photos of the charger. This has been passed to our product safety team for review.'],
    ['a bare wait and see', "The supplier hasn't confirmed a date for the blue version yet, so we'll see."],
    ['the end of a term after a no', 'Annual plans are paid in advance and are not refundable for part months. Your plan runs until 31 January.'],
    ['an expiry date', 'The voucher was issued as a goodwill gesture last spring. It expires on 3 May.'],
    ['a rule of the house', 'Refunds are processed within 30 days of the return being received at our warehouse. Your return is still within this period.'],
    ['a rule with its time of day', 'Payments made after 5pm are processed the next working day, so your payment on 12 May was received on 13 May.'],
  ])('%s', (_name, body) => {
    expect(closingOf(email(body))).toBeDefined();
  });

  it.each([
    ['passed on with a time', "I've passed your comments to the hotel manager, who will call you tomorrow morning."],
    ['a claim raised and a promise', "I've raised a claim with the courier and I'll email you its outcome by Friday."],
    ['a step asked of them', 'Bank transfer is fine. Please use the invoice number INV-3391 as the reference so we can match it.'],
    ['a wait in a range', 'The refund was issued this morning to your Visa card. It usually shows within three to five working days.'],
    ['a refund of theirs with its time', 'Your refund will be processed within 30 days of the return reaching us, and I will email you when it is.'],
    ['a watch kept', 'The site was restored at 10:42 and is loading normally. We are monitoring it closely for the rest of the day.'],
    ['a wait and see with a promise', "We'll see what the supplier says, and I'll confirm the date by noon tomorrow."],
  ])('a next step: %s', (_name, body) => {
    expect(closingOf(email(body))).toBeUndefined();
  });
});
