import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { namesATime, pendingStepIn, withUrgencyAdvice } from './urgency-evidence';
import { defaultPack } from '../rules/default';
import type { Finding } from './types';

const text = 'Your enquiry has been logged and will be processed accordingly.';
const sentence = { start: 0, end: text.length };
const card = (phrase: string, extra: Partial<Finding> = {}): Finding => {
  const start = text.indexOf(phrase);
  return { ruleId: 'faceless-rule', principle: 'ownership', severity: 'hint', start, end: start + phrase.length, text: phrase, message: 'Say who.', suggestions: [], ...extra };
};
const pending = (s: string) => pendingStepIn(s, 0, s.length, s) !== null;

describe('a step still to come, or left pending, with no time', () => {
  it.each([
    'Credit will be applied.',
    'The listing will be updated after the next cycle.',
    'The matter has been noted and will be addressed as part of the next scheduled maintenance cycle.',
    'Your transaction is being treated.',
    'Sorry, the ETA is yet to be confirmed.',
    'Yours is in the queue.',
    'Your manuscript is currently under review.',
    'Shipment will be delivered post verification.',
  ])('finds it in "%s"', (s) => expect(pending(s)).toBe(true));

  it.each([
    // A time named, in any of the ways the engine reads one.
    'Your refund will be processed within 5 working days.',
    'The part will be fitted on Thursday.',
    'Your order will be dispatched by the end of the week.',
    'Kindly wait for 5-7 business days, the refund will be credited.',
    // No wait: a refusal, a charge, a state, a consequence of the customer's choice, something under way now.
    'No refund will be issued.',
    'No further correspondence will be entered into.',
    'You will be charged the full fee.',
    'Parcels will be returned to the depot if not collected.',
    'The office will be closed on bank holidays.',
    'Your dinner will be kept warm.',
    'The last drops are being cleaned now.',
    'Your refund will not be processed.',
    // Done, not to come.
    'Your refund has been processed.',
  ])('finds none in "%s"', (s) => expect(pending(s)).toBe(false));

  it('reads a time written as a count of days, hours or weeks', () => {
    expect(namesATime('It takes 3-5 business days.')).toBe(true);
    expect(namesATime('It takes a few weeks.')).toBe(true);
    expect(namesATime('It takes a while.')).toBe(false);
  });
});

describe('a card of another principle whose sentence announces a step with no time says when is missing', () => {
  it('takes the step in, as an urgency member, its advice after the card\'s own', () => {
    const out = withUrgencyAdvice(card('Your enquiry has been logged', { advice: 'Say who.', suggestions: ['I have logged your enquiry'] }), text, sentence, sentence, 'wait-without-a-time', 'Give a time.');
    expect(out.advice).toBe('Say who. Give a time.');
    expect(out.text).toBe('Your enquiry has been logged and will be processed');
    expect(out.suggestions).toEqual(['I have logged your enquiry and will be processed']);
    expect(out.merged?.map((m) => [m.ruleId, m.principle])).toEqual([['faceless-rule', 'ownership'], ['wait-without-a-time', 'urgency']]);
  });

  it('leaves a card that already serves urgency or asks for a time, or has no step in its region, unchanged', () => {
    const own = card('Your enquiry has been logged', { principle: 'urgency' });
    expect(withUrgencyAdvice(own, text, sentence, sentence, 'wait-without-a-time', 'Give a time.')).toBe(own);
    const asks = card('Your enquiry has been logged', { ruleId: 'vague-follow-up' });
    expect(withUrgencyAdvice(asks, text, sentence, sentence, 'wait-without-a-time', 'Give a time.')).toBe(asks);
    const other = card('Your enquiry has been logged');
    expect(withUrgencyAdvice(other, text, { start: 0, end: 28 }, sentence, 'wait-without-a-time', 'Give a time.')).toBe(other);
    expect(withUrgencyAdvice(other, text, sentence, undefined, 'wait-without-a-time', 'Give a time.')).toBe(other);
  });

  it('tells the agent on the card they already see, without a new card', () => {
    const analyzer = createAnalyzer(defaultPack);
    const reply = 'Hi Sam, thanks for your message. Your enquiry will be processed accordingly.';
    const before = analyzer.analyze(reply).findings;
    const told = before.filter((f) => f.alsoRuleIds?.includes('wait-without-a-time'));
    expect(told).toHaveLength(1);
    expect(told[0]!.ruleId).not.toBe('wait-without-a-time');
    expect(told[0]!.advice).toContain('Give the customer a time');
    expect(before.filter((f) => f.ruleId === 'wait-without-a-time')).toHaveLength(0);
    // With a time the same sentence gains nothing.
    const timed = analyzer.analyze('Hi Sam, thanks for your message. Your enquiry will be processed by Friday.').findings;
    expect(timed.some((f) => f.alsoRuleIds?.includes('wait-without-a-time'))).toBe(false);
  });
});

describe('a step whose time follows in the next sentence', () => {
  // Review49: "Your request is being handled. I will update you by Friday." gives the time the advice asks for, one
  // sentence on; the card on the step still said "Give the customer a time".
  it('tells no urgency where the next sentence names the time', () => {
    const analyzer = createAnalyzer(defaultPack);
    const told = (reply: string) => analyzer.analyze(reply).findings.some((f) => f.alsoRuleIds?.includes('wait-without-a-time'));
    expect(told('Hi Tom,\n\nKindly note your request is being handled. I will update you by Friday.\n\nThanks,\nAna')).toBe(false);
    expect(told('Hi Tom,\n\nKindly note your request is being handled. I will update you when I hear more.\n\nThanks,\nAna')).toBe(true);
  });
});

describe('the step on untrusted text', () => {
  it('reads a long run of words before a step in linear time', () => {
    const long = `${'no '.repeat(100_000)}refund will be processed.`;
    expect(pendingStepIn(long, 0, long.length, long)).toBeNull();
    const words = `${'word '.repeat(100_000)}credit will be applied.`;
    expect(pendingStepIn(words, 0, words.length, words)).not.toBeNull();
  });
});
