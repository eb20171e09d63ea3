/**
 * Session 30 (issues #10/#15): a fix made at once, or a quick yes, meets a feeling shown only by the situation — but not
 * what the failure already cost the customer, which the fix cannot give back: a day off work spent waiting, an event
 * already run or sat through spoilt, a flight or an appointment already missed, money already spent on a fallback; nor a
 * death in the family the customer tells in passing. Those still owe words. Near misses: the same fix after a plain
 * fault (the fix is the acknowledgement), and the same fix with the cost named back. Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const acknowledgementMissing = (customerMessage: string, body: string) =>
  analyzer
    .analyze(`Hi Jo,\n\n${body}\n\nBest,\nSam`, { channel: 'email', customerMessage })
    .findings.some((f) => f.ruleId === 'acknowledge-feelings');

const FIX = "I've rebooked the visit for Thursday at 2pm and there's no charge for it.";
const REFUND = "I've refunded the full £85 to your card today.";

describe('s30: the fix does not give back what it already cost them', () => {
  it.each([
    ['The plumber was booked for Tuesday and never turned up. I took the afternoon off for nothing.', FIX],
    ['Your fitter didn’t come on Monday. I had taken a day off work to let him in.', FIX],
    ['Nobody came to read the meter. My husband booked half a day off to be in.', FIX],
    ['The engineer missed the slot. I used a day of annual leave waiting in.', FIX],
    ['The courier never came. We both took time off to be home for it.', FIX],
    ['We hired twelve speakers for Saturday. Only eight came. We ran the gig half-powered.', REFUND],
    ['The projector failed ten minutes in, so we held the whole seminar without slides.', REFUND],
    ['We booked the front row but a pillar blocked the stage for the whole concert.', REFUND],
    ['The heating in the coach was off for the entire journey to Edinburgh.', REFUND],
    ['The transfer was 40 minutes late and we missed our flight home.', REFUND],
    ['The taxi you booked never arrived so my mother missed her hospital appointment.', REFUND],
    ['Your app crashed at checkout and I missed the concert presale.', REFUND],
    ['The cake arrived smashed and we had to buy one from a supermarket on the way to the party.', REFUND],
    ['The van broke down and we had to hire another one ourselves for £140.', REFUND],
    ['The caterer brought the wrong order and it ruined our anniversary dinner.', REFUND],
    ['The flowers were wilted and it spoilt the table at my daughter’s christening.', REFUND],
    ['The photographer arrived an hour late, in front of all our guests.', REFUND],
    ['The lock was faulty and we had to pay a locksmith £90 to get back in.', REFUND],
    ['The delivery slot came and went. I had taken the morning off to be in.', FIX],
    ['Your driver went to the wrong terminal and we missed the connection to Rome.', REFUND],
    ['The oven you fitted failed on Christmas Eve and we had to buy a cooked dinner from the pub for £120.', REFUND],
  ])('still acknowledge-feelings: %j', (customer, body) => expect(acknowledgementMissing(customer, body)).toBe(true));
});

describe('s30: a death told in passing is not met by a yes or a fix alone', () => {
  it.each([
    ["I booked the cookery class for my partner but it's the day of his mother's funeral. Can we move it?", 'Yes, we can move it. The next dates are 17 January and 7 February.'],
    ['My father passed away last month and I need to cancel his gym membership.', "Of course, I've cancelled it from today and there's nothing more to pay."],
    ['My wife died in March. Please take her name off the joint account.', "Done: I've taken her name off the account this morning."],
    ["Following my mum's death I need to close her broadband account.", "No problem, I've closed the account from today."],
  ])('still acknowledge-feelings: %j', (customer, body) => expect(acknowledgementMissing(customer, body)).toBe(true));
});

describe('s30 near misses: a plain fault put right, or the cost named back', () => {
  it.each([
    ['The plumber was booked for Tuesday and never turned up.', FIX],
    ['My order came with the wrong lid.', "I've sent the right lid today by first-class post."],
    ['The van broke down.', "I've sent a replacement van, which will be with you by 3pm."],
    ["When will my sofa come? I've taken the day off on Friday for it.", "Good news: it's on Friday's van and you'll get a two-hour slot by text on Thursday."],
    ['Our flight was moved and now we miss the connection. Can you help?', "You're all set: I've moved you to the 14 January flights and waived the change fee."],
    ['I booked the morning off for the boiler service next week, is it still on?', "Yes, it's still on: Tom will be with you between 8 and 10 on Tuesday."],
    [
      'The plumber was booked for Tuesday and never turned up. I took the afternoon off for nothing.',
      `I'm sorry you lost an afternoon off waiting in for us. ${FIX}`,
    ],
    [
      'We hired twelve speakers for Saturday. Only eight came. We ran the gig half-powered.',
      `Running a gig on two thirds of the speakers is not what you paid for, and I'm sorry. ${REFUND}`,
    ],
    [
      "I booked the cookery class for my partner but it's the day of his mother's funeral. Can we move it?",
      "I'm so sorry for your loss. Yes, we can move it to 17 January or 7 February.",
    ],
  ])('no acknowledge-feelings: %j', (customer, body) => expect(acknowledgementMissing(customer, body)).toBe(false));
});
