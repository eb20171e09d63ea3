import { describe, expect, it } from 'vitest';
import { applySuggestion } from './apply';
import { mergeOverlapping } from './merge-findings';
import type { Finding } from './types';

const text = 'Per our policy, refunds are not possible. Ticket closed.';
const sentences = [
  { start: 0, end: 41 },
  { start: 42, end: 56 },
];

function finding(ruleId: string, phrase: string, extra: Partial<Finding> = {}): Finding {
  const start = text.indexOf(phrase);
  return { ruleId, principle: 'positivity', severity: 'hint', start, end: start + phrase.length, text: phrase, message: `${ruleId} says so`, suggestions: [], ...extra };
}

const phraseRules = new Set(['per-our-policy', 'not-permitted', 'ticket-closed', 'status-resolved']);
const isPhraseRule = (id: string) => phraseRules.has(id);

describe('one card per phrase', () => {
  it('merges overlapping phrase findings into the strongest, naming the others', () => {
    const hint = finding('per-our-policy', 'Per our policy, refunds', { suggestions: ['Refunds'] });
    const warning = finding('not-permitted', 'refunds are not possible', { severity: 'warning', advice: 'Say what you can do.' });
    const merged = mergeOverlapping([hint, warning], sentences, isPhraseRule);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.ruleId).toBe('not-permitted');
    expect(merged[0]!.alsoRuleIds).toEqual(['per-our-policy']);
    expect(merged[0]!.advice).toBe('Say what you can do.');
  });

  it('prefers a finding with a rewording over one without at the same severity, and keeps only its fix', () => {
    const remove = finding('ticket-closed', 'Ticket closed', { severity: 'suggestion', suggestions: ['I have closed this ticket'] });
    const keep = finding('status-resolved', 'Ticket closed.', { severity: 'suggestion', advice: 'Add a closing line.' });
    const [only, ...rest] = mergeOverlapping([keep, remove], sentences, isPhraseRule);
    expect(rest).toEqual([]);
    expect(only!.ruleId).toBe('ticket-closed');
    expect(only!.suggestions).toEqual(['I have closed this ticket.']);
    expect(only!.advice).toBe('Add a closing line.');
  });

  it('offers advice, not a fix that keeps the other rule\'s flagged words, where no member has a clean fix', () => {
    // "refunds are not possible" kept by the first fix: applying it would leave the other rule's phrase in place.
    const keepsIt = finding('per-our-policy', 'Per our policy, refunds are not possible', { severity: 'warning', suggestions: ['Refunds are not possible'] });
    const other = finding('not-permitted', 'refunds are not possible', { severity: 'suggestion', advice: 'Say what you can do.' });
    const [only] = mergeOverlapping([keepsIt, other], sentences, isPhraseRule);
    expect(only!.suggestions).toEqual([]);
    expect(only!.advice).toBe('Say what you can do.');
  });

  it('counts a fix that changes only one word of the other rule\'s phrase as keeping it', () => {
    // "Per our policy, refunds are not possible" → "Per the policy, refunds are not possible": the other phrase's words stay.
    const opener = finding('per-our-policy', 'Per our policy, refunds are not possible', { severity: 'warning', suggestions: ['Per the policy, refunds are not possible'] });
    const other = finding('not-permitted', 'Per our policy, refunds are not possible', { severity: 'suggestion', advice: 'Say what you can do.' });
    const [only] = mergeOverlapping([opener, other], sentences, isPhraseRule);
    expect(only!.suggestions).toEqual([]);
    expect(only!.advice).toBe('Say what you can do.');
    // A fix that says something else clears it.
    const clean = finding('per-our-policy', 'Per our policy, refunds are not possible', { severity: 'warning', suggestions: ['I can offer a voucher instead'] });
    expect(mergeOverlapping([clean, other], sentences, isPhraseRule)[0]!.suggestions).toEqual(['I can offer a voucher instead']);
  });

  it('keeps findings of different sentences and whole-reply checks apart', () => {
    const first = finding('per-our-policy', 'Per our policy');
    const second = finding('ticket-closed', 'Ticket closed');
    const check = finding('greeting-missing', 'Per our policy, refunds are not possible.', { severity: 'suggestion' });
    const merged = mergeOverlapping([first, check, second], sentences, isPhraseRule);
    expect(merged.map((f) => f.ruleId)).toEqual(['per-our-policy', 'greeting-missing', 'ticket-closed']);
    expect(merged.every((f) => f.alsoRuleIds === undefined)).toBe(true);
  });

  it('of two equally strong findings keeps the narrower, which changes less of the sentence', () => {
    const wide = finding('per-our-policy', 'Per our policy, refunds are', { suggestions: ['Refunds are'] });
    const narrow = finding('not-permitted', 'not possible', { suggestions: ['possible soon'] });
    const wider = finding('not-permitted', 'refunds are not possible', { suggestions: ['x'] });
    const [only] = mergeOverlapping([wide, wider, narrow], sentences, isPhraseRule);
    expect(only!.suggestions).toEqual(['Per our policy, refunds are possible soon']);
    expect(only!.merged!.map((m) => m.ruleId)).toEqual(['not-permitted', 'per-our-policy', 'not-permitted']);
  });

  it('underlines the union of the merged spans, and Apply changes exactly what the best fix changed', () => {
    const policy = finding('per-our-policy', 'Per our policy', { severity: 'suggestion', principle: 'plain-language', suggestions: ['Under our policy'] });
    const refusal = finding('not-permitted', 'our policy, refunds are not possible', { severity: 'hint', advice: 'Say what you can do.' });
    const [only, ...rest] = mergeOverlapping([policy, refusal], sentences, isPhraseRule);
    expect(rest).toEqual([]);
    expect(only!.ruleId).toBe('per-our-policy');
    expect([only!.start, only!.end]).toEqual([0, 40]);
    expect(only!.text).toBe(text.slice(0, 40));
    expect(applySuggestion(text, only!)).toBe(applySuggestion(text, policy));
    // Each member keeps its own span and principle, so a phrase only one of them flagged is credited to that one.
    expect(only!.merged).toEqual([
      { ruleId: 'per-our-policy', principle: 'plain-language', start: 0, end: 14 },
      { ruleId: 'not-permitted', principle: 'positivity', start: 4, end: 40 },
    ]);
  });

  it('keeps a deletion a deletion over the wider span', () => {
    const drop = finding('per-our-policy', 'Per our policy, ', { severity: 'warning', suggestions: [''] });
    const refusal = finding('not-permitted', 'policy, refunds', { severity: 'hint' });
    const [only] = mergeOverlapping([drop, refusal], sentences, isPhraseRule);
    expect(only!.text).toBe('Per our policy, refunds');
    expect(applySuggestion(text, only!)).toBe('refunds are not possible. Ticket closed.');
  });

  it('leaves a lone finding as it was, with no member list', () => {
    const lone = finding('per-our-policy', 'Per our policy', { suggestions: ['Under our policy'] });
    const [only] = mergeOverlapping([lone, finding('ticket-closed', 'Ticket closed')], sentences, isPhraseRule);
    expect(only).toBe(lone);
  });
});
