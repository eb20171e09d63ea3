/**
 * Session 19's families for the whole-reply checks, each with shapes that must be flagged and shapes that must pass.
 * next-step-missing: a reply that ends on what the customer asked for, done ("Your refund went through this morning"),
 * is complete; taking the matter in ("has been received", "is with our team") is not. acknowledge-feelings: a customer
 * who jokes about a mild mishap is met by a reply that laughs along or puts it right; a laugh taken back ("not lol
 * actually") or a feeling word beside it still asks for the words. Replies are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import type { Channel } from '../channel';

const analyzer = createAnalyzer(defaultPack);
const fired = (ruleId: string, text: string, customerMessage?: string, channel: Channel = 'email') =>
  analyzer.analyze(text, { channel, customerMessage }).findings.some((f) => f.ruleId === ruleId || (f.alsoRuleIds ?? []).includes(ruleId));
const email = (body: string) => `Hi Sam,\n\n${body}\n\nBest,\nAlex`;

describe('next-step-missing: a reply that ends on the request done', () => {
  it.each([
    'Your refund went through this morning.',
    'Your claim has been approved, and £640 was paid to your account today. I hope you get to Lisbon soon!',
    'The late fee has been removed from your account.',
    'Yes, the transfer completed on 28 November.',
    'Your address has been updated to 14 Mill Lane, and the card is on the same account.',
    'Both bookings were moved to Saturday at 10am as you asked.',
  ])('complete: "%s"', (body) => {
    expect(fired('next-step-missing', email(body), 'Hi, could you let me know where things are with this? Thanks, Sam')).toBe(false);
    // With no customer message there is no ask to read, so the door is still offered.
    expect(fired('next-step-missing', email(body))).toBe(true);
  });

  it.each([
    'We have received your returned item.',
    'Your application has been reviewed.',
    'Your complaint has been passed to the quality team.',
    'The refund of the duplicate charge has been approved by finance.',
    'We have noted the damage to your order.',
    'The refund is with our finance team.',
    'Your order was dispatched on 3 March.',
    'The lender has not yet completed underwriting.',
  ])('still open: "%s"', (body) => {
    expect(fired('next-step-missing', email(body), 'Hi, could you let me know where things are with this? Thanks, Sam')).toBe(true);
  });

  it('still asks for a next step when the customer is upset: the fix answers the fault, not what it cost them', () => {
    const message = 'We arrived at the cottage and there was no hot water all weekend. With a baby. We want some money back.';
    expect(fired('next-step-missing', email('The boiler was repaired on Monday morning.'), message)).toBe(true);
    expect(fired('next-step-missing', email('Your refund went through this morning.'), 'Hi, could you confirm my refund went through? Thanks')).toBe(false);
  });
});

describe('acknowledge-feelings: a customer joking about a mild mishap', () => {
  it.each([
    ["that's the fourth time I've asked about this, haha. still no subtitles on episode 3", "Ha, fourth time lucky then! I've re-added the subtitle file for episode 3, so they'll be there when you reopen the app."],
    ['lol third time the app logged me out today', "Ha, it's not personal, I promise! A fix for the logout bug goes out tonight."],
    ['ngl the rider took a scenic route, my pizza is kinda cold haha', "Haha, sorry about the sightseeing tour! I've added a £5 credit to your account."],
    ['my suitcase has now been to more countries than me 😂 any news?', 'It landed at Manchester an hour ago, and a courier will bring it tomorrow between 10am and 2pm.'],
    ['lmao the game kicked me out mid-boss fight again, 5th time this week', "Oof, worst timing! I've found the crash: switching voice chat to push-to-talk stops it until tomorrow's hotfix."],
    ["third delivery slot missed haha, I'm starting to think the van doesn't exist", "Ha, it does exist, I promise! I've booked you the first slot tomorrow, 8–10am."],
  ])('met: %s', (message, reply) => {
    expect(fired('acknowledge-feelings', reply, message, 'chat')).toBe(false);
  });

  it.each([
    ["my parcel got left in the rain lol. not lol actually, everything in it is soaked", 'Please send us your order number.'],
    ["third time the app logged me out haha, honestly it's so frustrating", 'Ha, the fix goes out tonight.'],
    ['this is the fourth time I have asked. no joke, where is my refund', 'Your refund is being processed.'],
    ["I've been charged twice lol", 'Please check your statement again in five days.'],
    ['fourth time I have asked about my refund', 'Ha, your refund is being processed.'],
    ['lol the courier threw it over the fence and it smashed 😡', "Ha, I've logged it with the courier."],
  ])('still owed: %s', (message, reply) => {
    expect(fired('acknowledge-feelings', reply, message, 'chat')).toBe(true);
  });
});
