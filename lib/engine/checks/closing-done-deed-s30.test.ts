/**
 * Session 30 (issues #10/#15): a warm reply that ends on the deed done is finished. Three shapes the closing check did
 * not read as a next step:
 * - what was asked for, handed over: "Your receipt is attached", "I've attached the signed copy", "Here's your new
 *   e-ticket", "Please find the certificate attached";
 * - the booking or change made, said as the state it leaves: "Biscuit is now booked for Tuesday at 10", "You're on the
 *   14 December flight now", "You're all set for tonight";
 * - a plan said in the present ("Two new bottles go out tomorrow") or offered with its day ("Our fitter can come on
 *   Thursday morning"), and a P.S. that carries the step ("P.S. I'll ring you on Monday").
 * Beside each, the near misses: nothing handed over or booked, the thing not done or refused, a date on the record, a
 * bare P.S. pleasantry, and an upset customer whose grievance a done fact alone does not settle. Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const ASKS = 'Hi, could you help me with this please? Thanks.';
const PRESSED = 'Hi, could you send the file over? I have to upload it to the printer by tonight.';
const nextStepMissing = (text: string, customerMessage = ASKS) =>
  analyzer.analyze(text, { channel: 'email', customerMessage }).findings.some((f) => f.ruleId === 'next-step-missing');
const mail = (body: string) => `Hi Jo,\n\n${body}\n\nBest,\nSam`;

describe('s30: what was asked for, handed over, ends the reply', () => {
  it.each([
    'Of course. The signed tenancy agreement is attached, with both our signatures on page 4.',
    "Sure thing. I've attached the VAT invoice for March, made out to the company name you gave us.",
    'No problem. Here is your new e-ticket, with the corrected spelling of your surname.',
    "Here's the updated floor plan, with the extra socket marked in red on the kitchen wall.",
    'Certainly. Please find the calibration certificate attached, dated and stamped by our lab manager.',
    'Happy to. Attached is the full parts list for the 2019 model, with the part numbers in the right column.',
    'Of course! Your warranty card is attached as a PDF, valid for three years from the delivery date.',
    'Absolutely. I have attached the minutes of the meeting, including the action points we agreed.',
    'Yes, that was quick to find. The receipt for your deposit is enclosed, showing the full £150.',
    "Good question. Attached you'll find the allergen sheet for the whole winter menu, dish by dish.",
  ])('handed over, no next-step-missing: %j', (body) => expect(nextStepMissing(mail(body))).toBe(false));

  it.each([
    'Of course. Biscuit is now booked for Tuesday 9 December at 10am with Kerry.',
    "No problem! You're now on the 14 December flight at 08:10, seat 12A.",
    'Done. Your daughter is now on the booking, in the seat next to yours.',
    "Lovely, you're booked in for Saturday at 11 with Carmen in the Leith salon.",
    'Yes, that works. The van hire is now confirmed for Friday 7am to Sunday 6pm.',
    'Sorted. Your son is registered for the Easter swimming course, Monday to Thursday.',
    "All done, you're all set for tonight: both copies are in the shared folder.",
    "That's all set: the studio is yours from 2 till 5 on the 14th.",
    'Great news, you are confirmed on the 9:15 sailing with the car and two passengers.',
    'Of course. Your appointment is now scheduled for Wednesday at 9:20 in room 3.',
  ])('booked or set, no next-step-missing: %j', (body) => expect(nextStepMissing(mail(body))).toBe(false));

  it.each([
    'Done. The final print files are attached, with the bleed your printer asked for. All set for tonight.',
    "I've attached the corrected PDF, and the cover went to you separately an hour ago.",
    "Here's the signed letter, on headed paper as the bank wants it.",
  ])('pressed for time and handed it over, no next-step-missing: %j', (body) => expect(nextStepMissing(mail(body), PRESSED)).toBe(false));

  it.each([
    'The signed agreement is not attached yet, as the landlord still has it.',
    'The invoice was attached to the wrong account in March.',
    "I'm afraid we can't send the certificate, as it belongs to the previous owner.",
    'Your appointment is not confirmed, as the slot was taken this morning.',
    'Our systems show the booking was made for Tuesday 9 December at 10am.',
    'The booking is final and cannot be changed.',
    'We received your request for the certificate.',
  ])('nothing handed over or done, still next-step-missing: %j', (body) => expect(nextStepMissing(mail(body))).toBe(true));
});

describe('s30: a plan in the present, an offered slot, a P.S. with the step', () => {
  it.each([
    'What a shame, and thank you for the photos. Two new bottles of the Rioja go out tomorrow in a sturdier box.',
    'Thanks for letting us know. Your replacement goes out on Monday by tracked post.',
    "It sounds like a transit bolt was left in; our technician can come on Thursday morning to take it out.",
    'Yes, we can fit you in on 18 December to cut back the hedges.',
    'Good news: an engineer can call on Friday between 8 and 12.',
    'Of course. Dr Shah can see you on Wednesday at 4pm instead.',
    'Bramble is covered for the dental work, minus the £99 excess.\n\nP.S. I\'ll ring you on Monday to see how she\'s getting on.',
    'The new hinges are fitted and the door closes flush.\n\nP.S. Your next service is booked for 3 March; we\'ll text the day before.',
  ])('no next-step-missing: %j', (body) => expect(nextStepMissing(mail(body))).toBe(false));

  it.each([
    'The replacement went out on Monday and was returned to us on Thursday.',
    'The engineer came on Thursday morning and found nothing wrong.',
    'We could have fitted you in on 18 December, but that slot has gone.',
    'The new hinges are fitted and the door closes flush.\n\nP.S. The office is closed on bank holidays.',
  ])('still next-step-missing: %j', (body) => expect(nextStepMissing(mail(body))).toBe(true));
});

describe('s30: an upset customer is not settled by a done fact alone', () => {
  const UPSET = "This is the third time I've asked for my invoice and nobody has sent it. I'm fed up.";
  it.each([
    'The invoice is attached.',
    "Here's the invoice for March, with the right address.",
  ])('still next-step-missing: %j', (body) => expect(nextStepMissing(mail(body), UPSET)).toBe(true));
});
