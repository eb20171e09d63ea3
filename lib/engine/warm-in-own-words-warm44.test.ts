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
  it('is a hint beside warm words of the agent own and a fix', () => {
    expect(card(SAD, reply("I'm so glad you told us straight away."))).toBe('hint');
    expect(card(SAD, reply("That's so kind of you to give us another go."))).toBe('hint');
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
