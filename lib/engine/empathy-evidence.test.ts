import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { withEmpathyAdvice } from './empathy-evidence';
import { defaultPack } from '../rules/default';
import type { Finding } from './types';

const text = 'Turnaround is currently 2-3 weeks.';
const card: Finding = {
  ruleId: 'learned-cold-sentence',
  principle: 'respect',
  severity: 'hint',
  message: 'Cold.',
  start: 0,
  end: text.length - 1,
  text: text.slice(0, -1),
  suggestions: [],
  advice: 'Say it as a person.',
} as Finding;
const advice = 'Name what went wrong for them and say what you are doing about it.';
const soFar = { sentence: text, acknowledged: false };

describe('withEmpathyAdvice', () => {
  it('tells the feeling-first advice on a bare fact to an upset customer, on the card\'s own words', () => {
    const told = withEmpathyAdvice(card, text, true, soFar, 'stock-sympathy', advice);
    expect(told.alsoRuleIds).toEqual(['stock-sympathy']);
    expect(told.advice).toBe(`Say it as a person. ${advice}`);
    expect(told.merged?.at(-1)).toMatchObject({ ruleId: 'stock-sympathy', principle: 'empathy', start: card.start, end: card.end, evidence: true });
    expect([told.start, told.end]).toEqual([card.start, card.end]);
  });

  it('leaves the card alone for a calm customer', () => {
    expect(withEmpathyAdvice(card, text, false, soFar, 'stock-sympathy', advice)).toBe(card);
  });

  it('leaves the card alone once the reply has acknowledged them, on a question, or with no sentence', () => {
    expect(withEmpathyAdvice(card, text, true, { sentence: text, acknowledged: true }, 'stock-sympathy', advice)).toBe(card);
    expect(withEmpathyAdvice(card, text, true, { sentence: 'Is turnaround 2-3 weeks?', acknowledged: false }, 'stock-sympathy', advice)).toBe(card);
    expect(withEmpathyAdvice(card, text, true, undefined, 'stock-sympathy', advice)).toBe(card);
  });

  it('leaves a greeting\'s or sign-off\'s card alone', () => {
    const greeting = { ...card, ruleId: 'dear-customer', principle: 'welcome' } as Finding;
    expect(withEmpathyAdvice(greeting, text, true, soFar, 'stock-sympathy', advice)).toBe(greeting);
  });

  it('leaves a card that already serves empathy alone', () => {
    const own = { ...card, ruleId: 'we-understand-your-concern', principle: 'empathy' } as Finding;
    expect(withEmpathyAdvice(own, text, true, soFar, 'stock-sympathy', advice)).toBe(own);
  });
});

describe('in the analyzer', () => {
  const analyzer = createAnalyzer(defaultPack);
  const reply = 'Your enquiry has been logged and will be processed accordingly.';
  const told = (customerMessage: string, r = reply) => analyzer.analyze(r, { customerMessage }).findings.filter((f) => f.alsoRuleIds?.includes('stock-sympathy'));

  it('an upset customer met with a bare status line: the card asks for their feeling too', () => {
    // With the acknowledgement card switched off, the status line's card is the one that says it.
    const upset = "I've been waiting three weeks for my refund and nobody answers. This is ridiculous.";
    const cards = analyzer.analyze(reply, { customerMessage: upset, ignored: { ruleIds: ['acknowledge-feelings'] } }).findings.filter((f) => f.alsoRuleIds?.includes('stock-sympathy'));
    expect(cards).toHaveLength(1);
    expect(cards[0]!.ruleId).not.toBe('stock-sympathy');
    expect(cards[0]!.advice).toContain('Name what went wrong for them');
  });

  // Session 53: the popup showed "Name what went wrong for them…" after a positivity card's own tip, beside the
  // acknowledgement card that asks for the feeling first. The advice is that card's; the status line's card keeps the
  // empathy member for its words (it still meets them with the case) but not the tip.
  it('beside the acknowledgement card, tells the advice on that card only', () => {
    const upset = "I've been waiting three weeks for my refund and nobody answers. This is ridiculous.";
    const findings = analyzer.analyze(reply, { customerMessage: upset }).findings;
    const acknowledgement = findings.find((f) => f.ruleId === 'acknowledge-feelings');
    expect(acknowledgement?.advice).toContain('Name what went wrong for them');
    const cards = findings.filter((f) => f.alsoRuleIds?.includes('stock-sympathy'));
    expect(cards).toHaveLength(1);
    expect(cards[0]!.advice ?? '').not.toContain('Name what went wrong for them');
    expect(findings.filter((f) => f.advice?.includes('Name what went wrong for them'))).toEqual([acknowledgement]);
  });

  it('tells it once per reply, on the first card that meets them with the case', () => {
    const twoCold = `${reply} Updates will be posted on our website.`;
    const upset = "I've been waiting three weeks for my refund and nobody answers. This is ridiculous.";
    // The second cold sentence has a card of its own, which is left as it was.
    const secondCards = analyzer.analyze(twoCold, { customerMessage: upset }).findings.filter((f) => f.start >= reply.length);
    expect(secondCards.length).toBeGreaterThan(0);
    expect(secondCards.some((f) => f.alsoRuleIds?.includes('stock-sympathy'))).toBe(false);
    const cards = told(upset, twoCold);
    expect(cards).toHaveLength(1);
    expect(cards[0]!.end).toBeLessThanOrEqual(reply.length);
  });

  it('a calm customer\'s message gains nothing', () => {
    expect(told('Hi, could you tell me when my refund will arrive? Thanks.')).toHaveLength(0);
  });

  it('a reply that acknowledged the upset customer first gains nothing', () => {
    expect(told("I've been waiting three weeks for my refund and nobody answers. This is ridiculous.", `I'm so sorry about the wait. ${reply}`)).toHaveLength(0);
  });
});
