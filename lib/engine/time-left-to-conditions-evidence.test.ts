import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { timeLeftToConditionsIn } from './time-left-to-conditions-evidence';
import { withUrgencyAdvice } from './urgency-evidence';
import { defaultPack } from '../rules/default';
import type { Finding } from './types';

const cardIn = (text: string, phrase: string, extra: Partial<Finding> = {}): Finding => {
  const start = text.indexOf(phrase);
  return { ruleId: 'cold-rule', principle: 'plain-language', severity: 'hint', start, end: start + phrase.length, text: phrase, message: 'Plainer.', suggestions: [], ...extra };
};
const hedged = (s: string) => timeLeftToConditionsIn(s, 0, s.length, s) !== null;

describe('the time left to conditions', () => {
  it.each([
    'Turnaround is subject to workshop capacity.',
    'Build schedules are subject to change.',
    'Delivery dates are subject to availability.',
    'Fares and travel dates are subject to change.',
    'Head office will process any refund due in line with their standard procedures.',
    'The engineers will attend once resources allow.',
    'Limits are reviewed periodically.',
    'Delivery time may also vary depending on traffic.',
  ])('finds it in "%s"', (s) => expect(hedged(s)).toBe(true));

  it.each([
    // A named time and owner is the fix asked for.
    'Turnaround is subject to workshop capacity, so I have booked yours for Thursday.',
    "I'll check with the warehouse and write to you by Friday.",
    'Your refund will be processed within 5 working days in line with our standard procedures.',
    // No hedge on the time: a rule's scope, a choice of the customer's.
    'The offer is subject to the terms on the voucher.',
    // A price that may change is not the time ("Give the customer a time" would not fit).
    'Prices are subject to change.',
    'Our rates and fees are subject to change without notice.',
    'You can pick any time that suits you.',
  ])('finds none in "%s"', (s) => expect(hedged(s)).toBe(false));
});

describe('a card of another principle whose sentence leaves the time to conditions', () => {
  const text = 'Turnaround is subject to workshop capacity.';
  const sentence = { start: 0, end: text.length };

  it('takes the hedge in, as an urgency member, its advice after the card\'s own', () => {
    const out = withUrgencyAdvice(cardIn(text, 'subject to workshop capacity', { advice: 'Plainer.' }), text, sentence, sentence, 'wait-without-a-time', 'Give a time.', undefined, timeLeftToConditionsIn);
    expect(out.advice).toBe('Plainer. Give a time.');
    expect(out.merged?.map((m) => [m.ruleId, m.principle])).toEqual([['cold-rule', 'plain-language'], ['wait-without-a-time', 'urgency']]);
  });

  it('leaves the card unchanged where it serves urgency, its advice asks for a time, or the next sentence names one', () => {
    const own = cardIn(text, 'subject to', { principle: 'urgency' });
    expect(withUrgencyAdvice(own, text, sentence, sentence, 'wait-without-a-time', 'Give.', undefined, timeLeftToConditionsIn)).toBe(own);
    const asks = cardIn(text, 'subject to', { ruleId: 'please-allow-time' });
    expect(withUrgencyAdvice(asks, text, sentence, sentence, 'wait-without-a-time', 'Give.', undefined, timeLeftToConditionsIn)).toBe(asks);
    const other = cardIn(text, 'subject to');
    expect(withUrgencyAdvice(other, text, sentence, sentence, 'wait-without-a-time', 'Give.', 'I will call you on Friday.', timeLeftToConditionsIn)).toBe(other);
  });

  it('tells the agent on the card they already see, without a new card', () => {
    const analyzer = createAnalyzer(defaultPack);
    const findings = analyzer.analyze('Hi Sam,\n\nTurnaround is subject to workshop capacity.\n\nRegards, Ana').findings;
    const told = findings.filter((f) => f.alsoRuleIds?.includes('wait-without-a-time'));
    expect(told).toHaveLength(1);
    expect(told[0]!.advice).toContain('Give the customer a time');
    expect(findings.filter((f) => f.ruleId === 'wait-without-a-time')).toHaveLength(0);
  });

  it('reads long runs of words in linear time', () => {
    const long = `${'subject to '.repeat(50_000)}terms.`;
    expect(timeLeftToConditionsIn(long, 0, long.length, long)).toBeNull();
  });
});
