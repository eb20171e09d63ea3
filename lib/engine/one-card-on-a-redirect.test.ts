/**
 * Session 34: a one-line reply that only sends an upset customer elsewhere ("Please DM us your order number and we'll
 * look into it.") drew an acknowledgement card and a sent-to-a-channel card on the same short line. They merge: one card,
 * the acknowledgement's line to insert, the redirect's advice beside it, both rules named. A longer reply keeps each card
 * on its own words, and a redirect to a calm customer keeps its own card.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';
import { oneCardOnARedirect } from './one-card-on-a-redirect';
import type { Finding } from './types';

const analyzer = createAnalyzer(defaultPack);
const cards = (reply: string, customerMessage: string) =>
  analyzer.analyze(reply, { customerMessage, channel: 'social' }).findings.filter((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])].some((id) => id === 'acknowledge-feelings' || id === 'sent-to-a-channel'));

describe('an acknowledgement and a redirect on one short line are one card', () => {
  it.each([
    ['a wait and a feeling', "Please DM us your order number and we'll look into it.", "Two weeks and my order STILL hasn't turned up. This is a joke."],
    ['a double charge', 'Please email us your account number and the team will check it.', "You've charged me twice for May and nobody answers the phone. Fuming."],
    ['a missed visit', 'Kindly DM us the booking reference.', 'Your engineer never showed up, I took the whole day off work for nothing. Really annoyed.'],
  ])('merges them for %s', (_name, reply, customer) => {
    const found = cards(reply, customer);
    expect(found).toHaveLength(1);
    expect(found[0]!.ruleId).toBe('acknowledge-feelings');
    expect(found[0]!.alsoRuleIds).toContain('sent-to-a-channel');
    expect(found[0]!.suggestions.length + (found[0]!.templates?.length ?? 0)).toBeGreaterThan(0);
    expect(found[0]!.advice).toMatch(/channel/i);
    expect(found[0]!.message).toMatch(/^Empathy:.*Interaction:/s);
  });

  it('keeps two cards where the reply says more than the redirect', () => {
    const found = cards(
      "Hi Sam, I've asked the depot to check where the van is this afternoon. Please DM us your order number and we'll look into it.",
      "Two weeks and my order STILL hasn't turned up. This is a joke.",
    );
    expect(found.map((f) => f.ruleId).sort()).toEqual(['acknowledge-feelings', 'sent-to-a-channel']);
  });

  it('leaves a redirect to a calm customer its own card', () => {
    const found = cards('Please DM us your order number.', 'Hi, can I change the delivery address on my order? Thanks!');
    expect(found.map((f) => f.ruleId)).toEqual(['sent-to-a-channel']);
  });

  it('takes the stronger severity and both members', () => {
    const f = (ruleId: string, severity: Finding['severity'], start: number, end: number, advice?: string): Finding => ({
      ruleId, principle: ruleId === 'sent-to-a-channel' ? 'interaction' : 'empathy', severity, start, end, text: 'x'.repeat(end - start), message: ruleId, suggestions: [], ...(advice ? { advice } : {}),
    });
    const merged = oneCardOnARedirect([f('acknowledge-feelings', 'hint', 0, 30), f('sent-to-a-channel', 'suggestion', 0, 12, 'Help here.')], [{ start: 0, end: 30, text: 'Please DM us your order number' }]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.severity).toBe('suggestion');
    expect(merged[0]!.merged!.map((m) => m.ruleId)).toEqual(['acknowledge-feelings', 'sent-to-a-channel']);
    expect(merged[0]!.advice).toBe('Help here.');
  });
});
