import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';
import type { Channel } from './channel';

/**
 * An answer to a calm customer's own how or whether question, and a no that says why or where to turn, are hints
 * (a phrase rule's `softer`, answered-softly.ts); an upset customer, no customer message, no question, a bare no, or
 * a refusal elsewhere in the reply keep the warning or suggestion. Wordings written for this test, none from the dev
 * batches or the real social replies.
 */
const analyzer = createAnalyzer(defaultPack);

function severityOf(ruleId: string, text: string, customerMessage?: string, channel: Channel = 'email') {
  const found = analyzer.analyze(text, { customerMessage, channel }).findings.filter((f) => f.ruleId === ruleId || f.alsoRuleIds?.includes(ruleId));
  return found.map((f) => f.severity);
}

describe('you-need-to answering the customer\'s own how or whether question', () => {
  it.each([
    ['How do I update the billing address on my plan?', "Hi Sam, you'll need to open Billing > Details and press Edit, and the new address is used from your next invoice."],
    ['Is there a way to merge two loyalty cards?', 'Yes! You have to link them in the app under Rewards > Merge cards first.'],
    ['Can I pay the invoice in two instalments?', "Yes, you would need to choose 'Pay in 2' at checkout."],
    ["am I eligible for the student discount? I'm doing a part-time MA.", 'Part-time students count too: you are required to verify your student email once.'],
    ['what do I need to bring to the MOT', "You'll need to bring the V5C logbook and the car itself."],
    ['do i have to be home for the installer', "Yes, you'll have to be home between 8am and noon on the day."],
    ['Hi, please tell me how to turn off the reminder emails.', 'Of course! You need to untick "Reminders" under Settings > Notifications.'],
    ["I think I've done all that is needed for the seller badge,but I'm not sure.", 'For the badge you must have 20 reviews with a photo, and it appears within a day of the twentieth.'],
  ])('a calm "%s" makes the step a hint, not a warning', (customer, reply) => {
    expect(severityOf('you-need-to', reply, customer)).toEqual(['hint']);
  });

  it('the hint says why and what is friendlier still', () => {
    const [f] = analyzer.analyze('You need to untick "Reminders" under Settings.', { customerMessage: 'How do I stop the reminder emails?' }).findings.filter((x) => x.ruleId === 'you-need-to');
    expect(f!.message).toMatch(/answers their question/);
    expect(f!.message).toMatch(/You can…/);
  });

  it.each([
    // The same answer to an upset customer is a hand-off.
    ["This is the third time I've asked and I'm fed up. How do I update the billing address??", "You'll need to open Billing > Details and press Edit."],
    ['I am so worried, someone used my card. How do I block it?', 'You need to call the number on the back of the card.'],
    // No question of theirs: an order out of the blue.
    ['I moved house last month.', 'You need to update your address in the app.'],
    ['Thanks for the quick delivery.', 'You must register the warranty within 30 days.'],
    // A question, but not how or whether to do something.
    ['Why was I charged twice?', 'You need to check your bank statement first.'],
  ])('"%s" keeps the warning', (customer, reply) => {
    expect(severityOf('you-need-to', reply, customer)).toEqual(['warning']);
  });

  it('keeps the warning with no customer message to read', () => {
    expect(severityOf('you-need-to', "You'll need to open Billing > Details and press Edit.")).toEqual(['warning']);
  });

  it('keeps the warning where the reply also refuses (a refusal is no answer to how)', () => {
    const text = "We cannot return deposits by cheque. You'll need to give us your bank details.";
    expect(severityOf('you-need-to', text, 'How can I get my deposit back?')).toEqual(['warning']);
  });

  it('a hurry alone is no upset: the step asked for is still a hint', () => {
    expect(severityOf('you-need-to', "You'll need to approve it with your fingerprint in the app.", 'How can I raise my limit? I have to pay the roofer by Friday.')).toEqual(['hint']);
  });
});

describe('we-are-unable-to with its reason or a way forward, to a calm customer', () => {
  it.each([
    ['Can you change my seat to a window?', "I'm afraid we can't change seats on this fare because they are assigned at check-in."],
    ['Can I get the files back from my closed account?', "After 90 days we are unable to recover a closed account's files for privacy reasons."],
    ['will you stock the blue one again?', "We can't promise a restock date, you can sign up for a back-in-stock email on the product page."],
    ['Could you post me a paper statement?', 'We are unable to post statements due to the new billing system, let us know if a PDF by email would help.'],
  ])('"%s": the no is a hint', (customer, reply) => {
    expect(severityOf('we-are-unable-to', reply, customer, 'social')).toEqual(['hint']);
  });

  it.each([
    // Upset: the same no with its reason stays.
    ["Absolutely ridiculous that I can't pick my seat. I'm furious. Change it now.", "I'm afraid we can't change seats on this fare because they are assigned at check-in."],
    // A bare no, nothing said why nor where to turn.
    ['Can you change my seat to a window?', "We can't change seats on this fare."],
    ['Can you help with my mortgage question?', 'We are unable to assist with mortgage questions over social media.'],
    // "you can not…" is no way forward.
    ['Can you change my seat to a window?', "We can't change seats on this fare and you can not pick one online either."],
  ])('"%s" keeps the suggestion', (customer, reply) => {
    expect(severityOf('we-are-unable-to', reply, customer, 'social')).toEqual(['suggestion']);
  });
});
