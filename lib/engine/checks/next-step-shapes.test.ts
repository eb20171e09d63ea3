/**
 * next-step-missing on shapes earlier checks read wrongly. Flagged: a reply that leaves the timing to chance ("We'll see
 * how the weather goes"), and an e-mail whose only closing is a question about what the customer or someone else did
 * ("Have you checked whether…?"), which asks but leaves no path. Left alone: "We'll see you Saturday", a question back
 * in a chat, a way round for when the first fix fails ("If you can't update, …"), "Reply to confirm", "See you Friday!".
 * Replies are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import type { Channel } from '../channel';

const analyzer = createAnalyzer(defaultPack);
const flagged = (text: string, channel: Channel = 'email') =>
  analyzer.analyze(text, { channel }).findings.some((f) => f.ruleId === 'next-step-missing');
const email = (body: string) => `Hi Sam,\n\n${body}\n\nThanks,\nAlex`;
/** Each body, in an e-mail, is flagged (or left alone). */
const eachBody = (bodies: string[], expected: boolean, title: string) =>
  it.each(bodies)(title, (body) => {
    expect(flagged(email(body))).toBe(expected);
  });

describe('timing left to chance', () => {
  eachBody(
    [
      'The roofers are finishing another job in Hitchin. We\'ll see how the weather goes this week.',
      'The summer timetable is not set yet and it depends on staff, so we\'ll have to wait and see.',
      'The part is on back order with the maker. I\'ll see what turns up next week.',
      'Our supplier has not confirmed a date yet. Time will tell when the stock lands.',
      'The council has the plans for the new road. We will just see whether they approve it this month.',
      'The courier has your parcel somewhere in the network. Fingers crossed it turns up tomorrow.',
    ],
    true,
    'flags "%s"',
  );

  eachBody(
    [
      'Your table is booked for eight at 7pm. We\'ll see you Saturday!',
      'The engineer is booked for Thursday between 8 and 12. We\'ll see you then.',
      'I\'ll check the stock in the Leeds store this afternoon and email you by 5pm with what we have.',
      'The roofers start on Monday at 8am, and I\'ll call you on Friday to confirm the weather.',
      'The lenses are in. Drop in any weekday and we\'ll fit them while you wait.',
      'We\'ll see what we can do: I\'ve asked the kitchen for a gluten-free base and I\'ll confirm by noon tomorrow.',
    ],
    false,
    'leaves "%s" alone',
  );
});

describe('a question back about what they did, in an e-mail', () => {
  eachBody(
    [
      'Have you checked whether anyone else in your household uses your card for subscriptions?',
      'Did the tenant report the leak to you straight away, or was it left for some time?',
      'Has anyone else in the office changed the admin password recently?',
      'Were you at home when the driver knocked at about 2pm on Tuesday?',
      'Did you read the care label before washing the jumper at 40 degrees?',
      'Had your son logged in on another device before the account was locked?',
    ],
    true,
    'flags "%s" as the whole answer',
  );

  it.each([
    ['an offer as a question', email('We can add the conservatory roof for £25. Shall I add it to your visit on the 3rd?')],
    ['a question about what they want', email('The jumper comes in navy and in grey, both in your size. Which colour would you like?')],
    ['a question with a plan after it', email('Did the driver leave a card? Either way, I\'ve booked a redelivery for tomorrow between 9 and 1.')],
    ['a question back in a chat', 'Have you checked whether anyone else in your household uses the card? It could be a streaming subscription someone signed up for, and the name on the statement is often different from the service itself.'],
    ['a way round when the first fix fails', email('Version 4.2.1 fixes the video player, so please update from the App Store. If you can\'t update, the same videos are on our website under My Plan.')],
    ['a reply asked for to go ahead', email('Thursday 8 to 10am works, and the call-out is £95 plus parts. Reply to confirm and I\'ll book it in.')],
  ])('leaves %s alone', (_name, text, channel: Channel = 'email') => {
    expect(flagged(text, text.startsWith('Hi ') ? channel : 'chat')).toBe(false);
  });
});

it('reads "See you Friday!" as the next step of a warm reply', () => {
  expect(flagged(email('Got all the timings: ceremony at 1, speeches at 4. I\'m so looking forward to it. See you Saturday!'))).toBe(false);
});
