/**
 * A reply that meets the customer warmly in its own words (gladness about them, their news making our day, praise, thanks
 * for what they shared, a heart) and stands no ground: the acknowledgement card is a hint there, not a sure suggestion.
 * Stock lines ("Glad to help", "Thanks for contacting us") and a reply that refuses, blames or waves the feeling away
 * keep the sure card. Replies are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { createAnalyzer } from './analyzer';
import { warmInOwnWords } from './warm-in-own-words';

const analyzer = createAnalyzer(defaultPack);
const card = (customerMessage: string, text: string) =>
  analyzer.analyze(text, { channel: 'email', customerMessage }).findings.find((f) => f.ruleId === 'acknowledge-feelings')?.severity;
const SAD = "I'm really upset, my daughter's birthday cake came with the wrong name iced on it.";
const reply = (line: string, rest = 'A new cake with the right name will be ready to collect on Thursday.') => `Hi Jo,\n\n${line} ${rest}\n\nBest,\nSam`;

describe('warm in the agent own words', () => {
  it.each([
    "I'm so glad you told us straight away.",
    'Glad you got in touch before the party.',
    'Really pleased to hear that Maya still wants one of ours.',
    "I'm glad Priya could sort the candles for you.",
    "You've made our whole week with that photo!",
    "That's so kind of you to give us another go.",
    'Thank you for being so understanding about it.',
    'Good catch on the spelling!',
    'Thank you for sharing the lovely plans for her day.',
    'We want her day to be perfect 💛',
  ])('reads "%s" as warm', (line) => {
    expect(warmInOwnWords(line)).toBe(true);
  });

  it.each([
    'Glad to help.',
    "We're happy to assist with any questions.",
    'Thank you for contacting us.',
    'Thanks for your patience.',
    "We're not happy that you called the shop four times.",
    'Thanks for letting us know about the issue.',
    'Your order has been updated.',
    "I'd be delighted to help you today.",
  ])('does not read "%s" as warm', (line) => {
    expect(warmInOwnWords(line)).toBe(false);
  });
});

describe('the acknowledgement card beside them', () => {
  // Session 50: where no phrase rule warns or suggests anything either, the reply is warm as a whole and there is no
  // card at all (acknowledgement-warm-hint50.test.ts); beside a rule's suggestion it stays a hint.
  it('is a hint beside warm words of the agent own and a fix, when a phrase rule speaks elsewhere', () => {
    const advised = 'A new cake will be ready on Thursday, kindly be advised that collection is from 9am.';
    expect(card(SAD, reply("I'm so glad you told us straight away.", advised))).toBe('hint');
    expect(card(SAD, reply("That's so kind of you to give us another go.", advised))).toBe('hint');
  });

  it.each(['Glad you got in touch before the party.', 'Thank you for sharing the lovely plans for her day.', 'We want her day to be perfect 💛', 'Good catch on the spelling!'])(
    'is never a sure suggestion beside "%s"',
    (line) => {
      expect(card(SAD, reply(line))).not.toBe('suggestion');
    },
  );

  it('stays a sure suggestion beside a stock line or nothing warm', () => {
    expect(card(SAD, reply('Thank you for contacting us.'))).toBe('suggestion');
    expect(card(SAD, reply('Glad to help.'))).toBe('suggestion');
    expect(card(SAD, reply('Your order has been updated.'))).toBe('suggestion');
  });

  it('stays a sure suggestion where the reply stands its ground, however glad', () => {
    expect(card(SAD, reply("I'm glad you got in touch.", 'Unfortunately we cannot refund cakes once they have been collected.'))).toBe('suggestion');
    expect(card(SAD, reply("I'm glad you got in touch.", 'You should have checked the name on the order form before paying.'))).toBe('suggestion');
  });
});

describe('a hurry alone met by the agent acting at once', () => {
  const HURRY = 'I need the signed lease at our solicitor in Leeds by 3pm today, we exchange this afternoon!';
  const chat = (text: string) =>
    analyzer.analyze(text, { channel: 'email', customerMessage: HURRY }).findings.find((f) => f.ruleId === 'acknowledge-feelings')?.severity;

  it.each([
    "Hi Ben,\n\nI'll send Dev on the bike, he's five minutes from your office.\n\nThanks,\nAsha",
    "Hi Ben,\n\nWe've put a courier on it and the lease goes in his satchel next.\n\nThanks,\nAsha",
    "Hi Ben,\n\nLet me ring the solicitor's front desk so they know it's coming.\n\nThanks,\nAsha",
  ])('is never a sure card beside "%s"', (text) => {
    expect(chat(text)).not.toBe('suggestion');
  });

  it.each([
    "Hi Ben,\n\nYour request has been received and is in the queue.\n\nThanks,\nAsha",
    "Hi Ben,\n\nI'll check, but we can't promise same-day delivery to Leeds.\n\nThanks,\nAsha",
  ])('stays sure beside a reply that does nothing or says no: "%s"', (text) => {
    expect(chat(text)).toBe('suggestion');
  });
});
