import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { leftWaitingIn, withFollowThroughAdvice } from './follow-through-evidence';
import { defaultPack } from '../rules/default';
import type { Finding } from './types';

const cardIn = (text: string, phrase: string, extra: Partial<Finding> = {}): Finding => {
  const start = text.indexOf(phrase);
  return { ruleId: 'cold-rule', principle: 'respect', severity: 'suggestion', start, end: start + phrase.length, text: phrase, message: 'Kinder.', suggestions: [], ...extra };
};
const waiting = (s: string) => leftWaitingIn(s, 0, s.length, s) !== null;

describe('the customer left waiting on an update, or told not to chase', () => {
  it.each([
    'Please do not call the clinic to chase.',
    "Please don't send additional messages on this case.",
    'Pls do not raise further tickets for the same issue.',
    'Please allow the full processing period before contacting us again.',
    'Kindly wait for our text.',
    'Please wait for our update.',
  ])('finds it in "%s"', (s) => expect(waiting(s)).toBe(true));

  it.each([
    // A named time is the fix asked for.
    "Please don't chase: I'll text you by 5pm on Friday.",
    'Kindly wait for our text tomorrow morning.',
    // Told not to do something that is no follow-up; the agent waiting, not the customer.
    'Please do not send your card details here.',
    'Please do not reply to this email.',
    "I'll check with the warehouse and write to you by Friday.",
  ])('finds none in "%s"', (s) => expect(waiting(s)).toBe(false));
});

describe('a card of another principle whose sentence leaves the customer waiting', () => {
  const text = 'Please do not call the clinic to chase.';
  const sentence = { start: 0, end: text.length, agentActs: false };

  it('takes the words in, as a follow-through member, its advice after the card\'s own', () => {
    const out = withFollowThroughAdvice(cardIn(text, 'do not call the clinic', { advice: 'Kinder.' }), text, sentence, sentence, 'customer-must-chase', 'Say how you will update them.');
    expect(out.advice).toBe('Kinder. Say how you will update them.');
    expect(out.merged?.map((m) => [m.ruleId, m.principle])).toEqual([['cold-rule', 'respect'], ['customer-must-chase', 'follow-through']]);
  });

  it('leaves the card unchanged where it serves follow-through, its advice says it, the agent acts, or the next sentence names a time', () => {
    const own = cardIn(text, 'do not call', { principle: 'follow-through' });
    expect(withFollowThroughAdvice(own, text, sentence, sentence, 'customer-must-chase', 'Say.')).toBe(own);
    const says = cardIn(text, 'do not call', { ruleId: 'wait-without-a-time' });
    expect(withFollowThroughAdvice(says, text, sentence, sentence, 'customer-must-chase', 'Say.')).toBe(says);
    const other = cardIn(text, 'do not call');
    expect(withFollowThroughAdvice(other, text, sentence, { ...sentence, agentActs: true }, 'customer-must-chase', 'Say.')).toBe(other);
    expect(withFollowThroughAdvice(other, text, sentence, sentence, 'customer-must-chase', 'Say.', 'They will ring you on Friday.')).toBe(other);
  });

  it('tells the agent on the card they already see, without a new card', () => {
    const analyzer = createAnalyzer(defaultPack);
    const findings = analyzer.analyze("Hi Sam,\n\nPlease don't send additional messages on this case.\n\nRegards, Ana").findings;
    const told = findings.filter((f) => f.alsoRuleIds?.includes('customer-must-chase'));
    expect(told).toHaveLength(1);
    expect(told[0]!.advice).toContain('so they do not have to chase');
    expect(findings.filter((f) => f.ruleId === 'customer-must-chase')).toHaveLength(0);
  });

  it('reads long runs of words in linear time', () => {
    const long = `${'do not call '.repeat(50_000)}anyone.`;
    expect(leftWaitingIn(long, 0, long.length, long)).toBeNull();
  });
});
