/**
 * One card for the reply's last words: where a phrase card's rewording already leaves the door open ("Ticket closed." →
 * "I've closed this ticket for now, but if anything else comes up, just reply here."), next-step-missing does not put a
 * second card on the same sentence (after a no, its advice would contradict the first). Dismiss the phrase card and the
 * closing check speaks again.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const ruleIdsOf = (text: string, ignoredRuleIds: string[] = []) =>
  analyzer.analyze(text, { channel: 'email', ignored: { ruleIds: ignoredRuleIds } }).findings.map((f) => f.ruleId);

const AFTER_A_NO = 'Hi Mark,\n\nRefunds are not possible after 30 days. Ticket closed.\n\nRegards,\nTom';
const AFTER_A_FIX = 'Hi Mark,\n\nYour replacement lamp was sent today by tracked post. Ticket closed.\n\nRegards,\nTom';

describe('next-step-missing beside a phrase card that opens the door', () => {
  it.each([
    ['after a no', AFTER_A_NO],
    ['after a fix', AFTER_A_FIX],
  ])('leaves the ending to the ticket-closed card %s', (_name, text) => {
    const ids = ruleIdsOf(text);
    expect(ids).toContain('ticket-closed');
    expect(ids).not.toContain('next-step-missing');
  });

  it('speaks again once the agent dismisses that card', () => {
    expect(ruleIdsOf(AFTER_A_NO, ['ticket-closed'])).toContain('next-step-missing');
  });

  it('still asks for a next step beside a card whose fix opens no door', () => {
    // you-need-to rewords an order as a question; that leaves the customer without a next step from us.
    const ids = ruleIdsOf('Hi Mark,\n\nThe courier lost the parcel. You need to contact the courier directly.\n\nRegards,\nTom');
    expect(ids).toContain('next-step-missing');
  });
});
