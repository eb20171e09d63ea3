import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { facelessStepIn, withFacelessStepAdvice } from './faceless-step-evidence';
import { defaultPack } from '../rules/default';
import type { Finding } from './types';

const cardIn = (text: string, phrase: string, extra: Partial<Finding> = {}): Finding => {
  const start = text.indexOf(phrase);
  return { ruleId: 'cold-rule', principle: 'plain-language', severity: 'hint', start, end: start + phrase.length, text: phrase, message: 'Plainer.', suggestions: [], ...extra };
};
const faceless = (s: string) => facelessStepIn(s, 0, s.length, s) !== null;

describe('a step said done to the matter by nobody', () => {
  it.each([
    'Payouts are paused for the duration of the review.',
    'Tickets are answered in order.',
    'Refunds are not issued for late cancellations.',
    'Our decision will be communicated once the review is complete.',
    'Please wait so the matter can be reviewed.',
    'Your request has been forwarded.',
    'It will be looked into.',
    'This is being handled.',
    'Delivery slots are given as a guide only.',
  ])('finds it in "%s"', (s) => expect(faceless(s)).toBe(true));

  it.each([
    // Where a thing is to be had, not a step.
    'The form can be found on our website.',
    'Your invoice can be viewed in the app.',
    // A named time: the step is dated, the fix asked for.
    'Your refund will be processed by Friday.',
    'Your request has been forwarded and you will hear back within 2 working days.',
    // A doer named ("…by head office": the hand-off's evidence), or a person as the subject.
    'Fees are set by head office.',
    'You will not be charged again.',
    'We are based in Leeds.',
    // A state, not a deed; the customer's own choice.
    'The store is closed on Sundays.',
    'The kitchen is open until ten.',
    'If you bought it this week, the difference will be refunded.',
  ])('finds none in "%s"', (s) => expect(faceless(s)).toBe(false));
});

describe('a card of another principle whose sentence leaves a step faceless says who should do it', () => {
  const text = 'Please be advised that payouts are paused for the review.';
  const sentence = { start: 0, end: text.length, agentActs: false };
  const tell = (card: Finding, t: string, region: { start: number; end: number }, s: typeof sentence, ruleId: string, advice: string) =>
    withFacelessStepAdvice(card, t, region, s, ruleId, advice);

  it("takes the passive in, as an ownership member, its advice after the card's own", () => {
    const out = tell(cardIn(text, 'Please be advised that', { advice: 'Plainer.', suggestions: ['Just so you know,'] }), text, sentence, sentence, 'faceless-passive', 'Say who does it.');
    expect(out.advice).toBe('Plainer. Say who does it.');
    expect(out.text).toBe('Please be advised that payouts are paused');
    expect(out.suggestions).toEqual(['Just so you know, payouts are paused']);
    expect(out.merged?.map((m) => [m.ruleId, m.principle])).toEqual([['cold-rule', 'plain-language'], ['faceless-passive', 'ownership']]);
  });

  it('leaves the card unchanged where it serves ownership, the agent owns the step, or a rule already says to own it', () => {
    const own = cardIn(text, 'Please be advised that', { principle: 'ownership' });
    expect(tell(own, text, sentence, sentence, 'faceless-passive', 'Say.')).toBe(own);
    const other = cardIn(text, 'Please be advised that');
    expect(tell(other, text, sentence, { ...sentence, agentActs: true }, 'faceless-passive', 'Say.')).toBe(other);
    const handsOff = cardIn(text, 'Please be advised that', { ruleId: 'not-my-department' });
    expect(tell(handsOff, text, sentence, sentence, 'faceless-passive', 'Say.')).toBe(handsOff);
  });

  it('tells the agent on the card they already see, without a new card, and not where the agent owns the step', () => {
    const analyzer = createAnalyzer(defaultPack);
    const told = (reply: string) => analyzer.analyze(reply).findings.filter((f) => f.alsoRuleIds?.includes('faceless-passive'));
    const cards = told('Hi Ana,\n\nPlease be advised that payouts are paused for the duration of the review.\n\nThanks,\nSam');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.ruleId).not.toBe('faceless-passive');
    expect(cards[0]!.advice).toContain('Say who does it, ideally yourself');
    // "I've forwarded it and I'll…", a named owner and time: the agent owns the step.
    expect(told("Hi Ana,\n\nPlease be advised that payouts are paused for the review. I've asked our finance team to release yours and I'll email you.\n\nThanks,\nSam")).toHaveLength(0);
    expect(told('Hi Ana,\n\nPlease be advised that payouts are paused until Friday 3 May.\n\nThanks,\nSam')).toHaveLength(0);
  });
});

describe('faceless steps on untrusted text', () => {
  it('reads long runs of words in linear time', () => {
    const long = `${'is quickly '.repeat(50_000)}done.`;
    expect(facelessStepIn(long, 0, long.length, 'x')).not.toBeNull();
    const helpers = `${'are not '.repeat(50_000)}x`;
    expect(facelessStepIn(helpers, 0, helpers.length, 'x')).toBeNull();
  });
});
