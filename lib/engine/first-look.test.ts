// The analyzer's first look (AnalyzeOptions.firstLook): a long draft that arrived at once is checked around the
// caret first, within a budget, and the full check that follows reuses what it found. Time is a fake clock.
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { createAnalyzer, FIRST_LOOK_MIN_SENTENCES } from './analyzer';
import { budgetForShareOf, tickingClock } from './testing/ticking-clock';

const COLD = 'You need to restart router {n} before calling us.';
const PLAIN = 'The replacement for order {n} left the warehouse on day {n}.';
/** Forty sentences, no greeting: the cold one every fifth, so both ends of the draft hold findings. */
const DRAFT = Array.from({ length: 40 }, (_, i) => (i % 5 === 0 ? COLD : PLAIN).replaceAll('{n}', String(i + 1))).join(' ');
const wholeReplyIds = new Set(defaultPack.rules.filter((r) => r.kind === 'structure').map((r) => r.id));

/** A quarter of the clock reads a whole analysis of the draft makes (between rules): a budget for about a quarter of it. */
const QUARTER = budgetForShareOf(DRAFT, 1 / 4);

describe('first look', () => {
  it('checks the sentences nearest the caret first and stops at its budget, without whole-reply findings', () => {
    const analyzer = createAnalyzer(defaultPack, { now: tickingClock() });
    const look = analyzer.analyze(DRAFT, { firstLook: { at: DRAFT.length, budgetMs: QUARTER } });
    expect(look.complete).toBe(false);
    expect(look.findings.length).toBeGreaterThan(0);
    expect(look.findings.every((f) => !wholeReplyIds.has(f.ruleId))).toBe(true);
    // Around the caret (the end): nothing from the draft's first half.
    expect(Math.min(...look.findings.map((f) => f.start))).toBeGreaterThan(DRAFT.length / 2);

    const atStart = createAnalyzer(defaultPack, { now: tickingClock() }).analyze(DRAFT, { firstLook: { at: 0, budgetMs: QUARTER } });
    expect(Math.max(...atStart.findings.map((f) => f.end))).toBeLessThan(DRAFT.length / 2);
  });

  it('leaves the full check the same answer as a check without it, and finds again what it found', () => {
    const analyzer = createAnalyzer(defaultPack, { now: tickingClock() });
    const look = analyzer.analyze(DRAFT, { firstLook: { at: DRAFT.length, budgetMs: QUARTER } });
    const full = analyzer.analyze(DRAFT, {});
    const fresh = createAnalyzer(defaultPack).analyze(DRAFT, {});
    expect(full.complete).toBe(true);
    expect(full.findings).toEqual(fresh.findings);
    expect(full.scores).toEqual(fresh.scores);
    expect(full.findings.some((f) => f.ruleId === 'greeting-missing')).toBe(true);
    for (const f of look.findings) expect(full.findings).toContainEqual(f);
  });

  it('reads the sentences at the caret even when splitting the draft used the whole budget', () => {
    // Every clock read is a millisecond: a budget of 1 is gone before the first sentence is checked.
    const caret = DRAFT.indexOf('restart router 36');
    const look = createAnalyzer(defaultPack, { now: tickingClock() }).analyze(DRAFT, { firstLook: { at: caret, budgetMs: 1 } });
    expect(look.complete).toBe(false);
    expect(look.findings.map((f) => f.ruleId)).toContain('you-need-to');
    // Only the caret's sentence and its nearest neighbours were read.
    const sentences = DRAFT.split(/(?<=\.) /);
    const caretIndex = sentences.findIndex((s) => s.includes('router 36'));
    const reach = Math.ceil(FIRST_LOOK_MIN_SENTENCES / 2);
    const from = sentences.slice(0, caretIndex - reach).join(' ').length;
    const to = sentences.slice(0, caretIndex + reach + 1).join(' ').length;
    for (const f of look.findings) expect(f.start >= from && f.end <= to).toBe(true);
  });

  it('is the whole analysis when the budget is enough', () => {
    const stopped = () => 0;
    const look = createAnalyzer(defaultPack, { now: stopped }).analyze(DRAFT, { firstLook: { at: 10, budgetMs: QUARTER } });
    const plain = createAnalyzer(defaultPack, { now: stopped }).analyze(DRAFT, {});
    expect(look.complete).toBe(true);
    expect(look).toEqual(plain);
  });
});
