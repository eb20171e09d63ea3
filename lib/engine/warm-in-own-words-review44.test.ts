/**
 * Review 44: gladness with a jab at the customer (they were slow, or heated) meets nobody, so it must not turn an upset
 * customer's acknowledgement card into a hint. Replies are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { createAnalyzer } from './analyzer';
import { warmInOwnWords } from './warm-in-own-words';

const analyzer = createAnalyzer(defaultPack);
const ANGRY = "This is the third time I'm writing. I'm furious: the heater you sent is cracked and nobody answers me!";
const card = (line: string) =>
  analyzer
    .analyze(`Hi Dee,\n\n${line} A new heater goes out on Monday.\n\nBest,\nRob`, { channel: 'email', customerMessage: ANGRY })
    .findings.find((f) => f.ruleId === 'acknowledge-feelings')?.severity;

const JABS = [
  'Glad you finally opened the attachment.',
  "Happy that you've eventually found the tracking page.",
  "I'm pleased you have calmed down a little.",
  'Glad to see you actually checked the box this time.',
  "Good to hear you've cooled off.",
];

describe('warm in own words: a jab is no warmth (review44)', () => {
  it.each(JABS)('reads "%s" as no warmth', (line) => expect(warmInOwnWords(line)).toBe(false));
  it.each(JABS.slice(0, 3))('keeps the sure card beside "%s"', (line) => expect(card(line)).toBe('suggestion'));
  it('still reads sincere gladness as warm', () => {
    expect(warmInOwnWords("I'm glad it finally arrived safely.")).toBe(true);
    expect(warmInOwnWords("I'm so glad you wrote to us.")).toBe(true);
  });
});
