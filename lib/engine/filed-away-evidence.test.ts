import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { filedAwayIn, withFiledAwayAdvice } from './filed-away-evidence';
import { defaultPack } from '../rules/default';
import type { Finding } from './types';

const cardIn = (text: string, phrase: string, extra: Partial<Finding> = {}): Finding => {
  const start = text.indexOf(phrase);
  return { ruleId: 'cold-rule', principle: 'ownership', severity: 'suggestion', start, end: start + phrase.length, text: phrase, message: 'Own it.', suggestions: [], ...extra };
};
const filed = (s: string) => filedAwayIn(s, 0, s.length, s) !== null;

describe("the customer's words filed away", () => {
  it.each([
    'Your comments will be passed to the Port Operations Manager.',
    'We value your feedback and it has been shared with the relevant department.',
    'Thank you for your feedback, it has been passed on to the relevant department.',
    "The chauffeur's conduct has been noted for internal purposes.",
    'Your complaint has been forwarded to concerned authority for necessary action.',
    'We acknowledge receipt of your warranty inquiry.',
  ])('finds it in "%s"', (s) => expect(filed(s)).toBe(true));

  it.each([
    // Who and when is the fix asked for.
    'Your comments will be passed to the Port Operations Manager, who will call you by Friday.',
    // The agent's own words, or a filing of something that is not what the customer said.
    "I've passed your feedback to our manager.",
    'Your refund has been processed.',
    'Your report has been sent to your email address.',
    'Your complaint has been escalated to our manager.',
    // Acknowledging a feeling, not a receipt; no filing at all.
    'We acknowledge your frustration.',
    'Your feedback has not been lost.',
  ])('finds none in "%s"', (s) => expect(filed(s)).toBe(false));
});

describe("a card of another principle whose sentence files the customer's words away", () => {
  const text = 'Your comments will be passed to the Port Operations Manager.';
  const sentence = { start: 0, end: text.length, agentActs: false };

  it('takes the filing in, as an interaction member, its advice after the card\'s own', () => {
    const out = withFiledAwayAdvice(cardIn(text, 'Your comments will be passed', { advice: 'Own it.' }), text, sentence, sentence, 'record-status-line', 'Say it as a person.');
    expect(out.advice).toBe('Own it. Say it as a person.');
    expect(out.merged?.map((m) => [m.ruleId, m.principle])).toEqual([['cold-rule', 'ownership'], ['record-status-line', 'interaction']]);
  });

  it('leaves the card unchanged where it serves interaction, its advice says it already, the agent acts, or no filing is in its region', () => {
    const own = cardIn(text, 'Your comments', { principle: 'interaction' });
    expect(withFiledAwayAdvice(own, text, sentence, sentence, 'record-status-line', 'Say.')).toBe(own);
    const passedOn = cardIn(text, 'Your comments', { ruleId: 'has-been-passed-on' });
    expect(withFiledAwayAdvice(passedOn, text, sentence, sentence, 'record-status-line', 'Say.')).toBe(passedOn);
    const other = cardIn(text, 'Your comments');
    expect(withFiledAwayAdvice(other, text, sentence, { ...sentence, agentActs: true }, 'record-status-line', 'Say.')).toBe(other);
    expect(withFiledAwayAdvice(other, text, { start: 0, end: 14 }, sentence, 'record-status-line', 'Say.')).toBe(other);
  });

  it('tells the agent on the card they already see, without a new card, and not where a person and a time follow', () => {
    const analyzer = createAnalyzer(defaultPack);
    const findings = analyzer.analyze('Hi Sam,\n\nYour comments will be passed to the Port Operations Manager.\n\nRegards, Ana').findings;
    const told = findings.filter((f) => f.alsoRuleIds?.includes('record-status-line'));
    expect(told).toHaveLength(1);
    expect(told[0]!.advice).toContain('Say it as a person');
    expect(findings.filter((f) => f.ruleId === 'record-status-line')).toHaveLength(0);
    const owned = analyzer.analyze("Hi Sam,\n\nI've passed your comments to the Port Operations Manager, who will call you by Friday.\n\nThanks, Ana").findings;
    expect(owned.some((f) => f.alsoRuleIds?.includes('record-status-line'))).toBe(false);
  });

  it('reads long runs of words in linear time', () => {
    const long = `${'feedback '.repeat(100_000)}arrived.`;
    expect(filedAwayIn(long, 0, long.length, long)).toBeNull();
  });
});
