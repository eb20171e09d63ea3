import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { processVoiceIn, withProcessVoiceAdvice } from './process-voice-evidence';
import { defaultPack } from '../rules/default';
import type { Finding } from './types';

const cardIn = (text: string, phrase: string, extra: Partial<Finding> = {}): Finding => {
  const start = text.indexOf(phrase);
  return { ruleId: 'cold-rule', principle: 'urgency', severity: 'suggestion', start, end: start + phrase.length, text: phrase, message: 'Give a time.', suggestions: [], ...extra };
};
const processVoice = (s: string) => processVoiceIn(s, 0, s.length, s) !== null;

describe('the case answered with how a class of cases is handled', () => {
  it.each([
    'Orders are dispatched in the order they are received.',
    'Calls are answered in the order received.',
    'Titles are reviewed in the order in which they are received.',
    'Swarm call-outs are allocated via the online request system only.',
    'Late cancellation fees are applied automatically by the system.',
    'Applications with unsuitable photos will be returned.',
    'All refunds are processed within 14 working days.',
  ])('finds it in "%s"', (s) => expect(processVoice(s)).toBe(true));

  it.each([
    // Said to this customer: their own case is in the sentence.
    'Orders are usually shipped the same day, so yours should be with you on Friday.',
    'Refunds are processed within 14 days, and you will get an email when yours is.',
    // Not a class and its process: one thing, a pronoun, a description or a timetable with no participle.
    'The parcel is delayed at the depot.',
    'We are delighted to help.',
    'Pets are welcome in all our cottages.',
    'The two missing items are on their way.',
    'Boxes are heavy.',
    // A word that only ends like a plural: the customer's own case, not a class (review 52).
    'This will be processed in due course.',
    'This will be passed to the relevant team.',
  ])('finds none in "%s"', (s) => expect(processVoice(s)).toBe(false));

  it('reads only from the sentence\'s opening: a card after another card\'s words does not own the subject', () => {
    const s = 'Thanks for waiting. Orders are dispatched in the order they are received.';
    const at = s.indexOf('Orders');
    expect(processVoiceIn(s, at, s.length, s.slice(at))).not.toBeNull();
    expect(processVoiceIn(s, at + 7, s.length, s.slice(at))).toBeNull();
  });
});

describe('a card of another principle whose sentence answers with the process', () => {
  const text = 'Orders are dispatched in the order they are received.';
  const sentence = { start: 0, end: text.length, agentActs: false };

  it("takes the class and its process in, as an interaction member, its advice after the card's own", () => {
    const out = withProcessVoiceAdvice(cardIn(text, 'in the order they are received', { advice: 'Give a time.' }), text, sentence, sentence, 'record-status-line', 'Say it as a person.');
    expect(out.advice).toBe('Give a time. Say it as a person.');
    expect(out.start).toBe(0);
    expect(out.merged?.map((m) => [m.ruleId, m.principle])).toEqual([['cold-rule', 'urgency'], ['record-status-line', 'interaction']]);
  });

  it('leaves the card unchanged where it serves interaction, a member says it already, the agent acts, or the region is not the opening', () => {
    const own = cardIn(text, 'Orders are dispatched', { principle: 'interaction' });
    expect(withProcessVoiceAdvice(own, text, sentence, sentence, 'record-status-line', 'Say.')).toBe(own);
    const rulebook = cardIn(text, 'Orders are dispatched', { ruleId: 'rulebook-voice', principle: 'plain-language' });
    expect(withProcessVoiceAdvice(rulebook, text, sentence, sentence, 'record-status-line', 'Say.')).toBe(rulebook);
    const other = cardIn(text, 'Orders are dispatched');
    expect(withProcessVoiceAdvice(other, text, sentence, { ...sentence, agentActs: true }, 'record-status-line', 'Say.')).toBe(other);
    expect(withProcessVoiceAdvice(other, text, { start: 7, end: text.length }, sentence, 'record-status-line', 'Say.')).toBe(other);
  });

  it('tells the agent on the card they already see, without a new card, and not where the sentence speaks to them', () => {
    const analyzer = createAnalyzer(defaultPack);
    const told = (reply: string) => analyzer.analyze(reply).findings.filter((f) => f.merged?.some((m) => m.ruleId === 'record-status-line' && m.principle === 'interaction'));
    const cold = told('Hi Sam,\n\nPrescriptions are processed in the order they are received.\n\nThanks, Ana');
    expect(cold.length).toBeGreaterThan(0);
    expect(cold.every((f) => f.ruleId !== 'record-status-line')).toBe(true);
    expect(told('Hi Sam,\n\nPrescriptions are processed in the order they are received, and yours will be ready on Friday.\n\nThanks, Ana')).toEqual([]);
    // A team named with what it will do and when: the agent owns the step in the next sentence.
    expect(told("Hi Sam,\n\nPrescriptions are processed in the order they are received. I'll ring the pharmacy today and call you by 4pm.\n\nThanks, Ana")).toEqual([]);
  });
});
