import { describe, expect, it } from 'vitest';
import type { Finding } from '../engine/types';
import type { ReplyCase } from './replies';
import { falseAlarmsOf, tallyReply, type RuleTally } from './rule-tally';

const finding = (text: string, sub: string, ruleId: string, principle: string, severity: Finding['severity'] = 'warning', extra: Partial<Finding> = {}): Finding => {
  const start = text.indexOf(sub);
  return { ruleId, principle: principle as Finding['principle'], severity, start, end: start + sub.length, text: sub, message: '', suggestions: [], ...extra };
};
const checkOf = (id: string) => (id === 'no-closing' ? 'closing' : null);

describe('tallyReply', () => {
  it('counts findings on warm replies as false alarms unless a may-flag phrase accepts them', () => {
    const text = 'Sorry about that! Unfortunately we cannot refund it, but I can send a new one.';
    const reply: ReplyCase = { id: 'w1', tone: 'warm', text, mustFlag: [], mayFlag: ['Unfortunately'] };
    const tallies = new Map<string, RuleTally>();
    const alarms = tallyReply(tallies, reply, [finding(text, 'Unfortunately', 'stock-unfortunately', 'respect', 'hint'), finding(text, 'we cannot refund it', 'bare-refusal', 'respect')], checkOf);
    expect(alarms.map((a) => a.ruleId)).toEqual(['bare-refusal']);
    expect(tallies.get('bare-refusal')).toMatchObject({ warmWarningsSuggestions: 1, warmHints: 0, hits: 0 });
    expect(tallies.get('stock-unfortunately')).toBeUndefined();
  });

  it('on neutral replies counts only findings outside the annotated phrases, and credits must-flag hits aimed or not', () => {
    const text = 'Your claim is denied. Please send the form.';
    const reply: ReplyCase = { id: 'n1', tone: 'neutral', text, mustFlag: [{ phrase: 'Your claim is denied.', principle: 'respect' }] };
    const tallies = new Map<string, RuleTally>();
    tallyReply(tallies, reply, [finding(text, 'claim is denied', 'bare-no', 'respect'), finding(text, 'Your claim', 'faceless', 'ownership', 'suggestion'), finding(text, 'Please send', 'orders', 'respect', 'hint')], checkOf);
    expect(tallies.get('bare-no')).toMatchObject({ hits: 1, aimed: 1, neutralWarningsSuggestions: 0 });
    expect(tallies.get('faceless')).toMatchObject({ hits: 1, aimed: 0 });
    expect(tallies.get('orders')).toMatchObject({ neutralHints: 1, hits: 0 });
    expect(falseAlarmsOf(tallies.get('orders')!)).toBe(1);
  });

  it('counts each member of a merged card on its own span and severity, and whole-reply checks by their structural must-flags', () => {
    const text = 'Per policy no refunds. Bye';
    const card = finding(text, 'Per policy no refunds', 'per-policy', 'respect', 'warning', {
      merged: [
        { ruleId: 'per-policy', principle: 'respect', start: 0, end: 10 },
        { ruleId: 'no-refunds', principle: 'empathy', start: 11, end: 21, severity: 'hint' },
      ],
    });
    const reply: ReplyCase = { id: 'c1', tone: 'cold', text, mustFlag: [{ phrase: 'Per policy', principle: 'respect' }, { phrase: '', principle: 'follow-through', structural: 'next-step-missing' }] };
    const tallies = new Map<string, RuleTally>();
    tallyReply(tallies, reply, [card, finding(text, 'Bye', 'no-closing', 'follow-through', 'hint')], checkOf);
    expect(tallies.get('per-policy')).toMatchObject({ hits: 1, aimed: 1 });
    expect(tallies.get('no-refunds')).toBeUndefined();
    expect(tallies.get('no-closing')).toMatchObject({ hits: 1, aimed: 1 });
    const warm = { ...reply, id: 'w2', tone: 'warm' as const, mustFlag: [] };
    tallyReply(tallies, warm, [card], checkOf);
    expect(tallies.get('no-refunds')).toMatchObject({ warmHints: 1 });
    expect(tallies.get('per-policy')).toMatchObject({ warmWarningsSuggestions: 1 });
  });
});
