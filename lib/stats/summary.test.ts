import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { aggregateRecords } from './aggregate';
import { addDays } from './local-day';
import { catalogFromPack, focusForTomorrow, oneLineSummary, summarize, topPrinciples, trend } from './summary';
import { record } from './testing/records';

const utc = (iso: string) => Date.parse(iso);
const catalog = catalogFromPack(defaultPack);
const firstFlag = (ruleId: string) => defaultPack.rules.find((r) => r.id === ruleId)!.examples.flag[0]!.text;

const today = '2026-05-04';
const days = aggregateRecords(
  [
    record({ at: utc('2026-05-04T08:00:00Z'), warmth: 30, findingsByPrinciple: { respect: 2, welcome: 1 }, findingsByRule: { 'you-need-to': 2, 'greeting-missing': 1 }, suggestionsApplied: 2 }),
    record({ at: utc('2026-05-04T09:00:00Z'), warmth: 50, findingsByPrinciple: { respect: 1 }, findingsByRule: { 'you-need-to': 1 }, suggestionsDismissed: 1 }),
    record({ at: utc('2026-05-04T10:00:00Z'), warmth: 70, suggestionsApplied: 1 }),
    record({ at: utc('2026-05-02T10:00:00Z'), warmth: 80, findingsByPrinciple: { 'plain-language': 4 }, findingsByRule: { 'per-our-policy': 4 } }),
  ],
  'Europe/Berlin',
);

describe('topPrinciples', () => {
  it('ranks by findings and shows the rule’s own first flag example, never the agent’s words', () => {
    const top = topPrinciples(days[today]!, catalog);
    expect(top.map((p) => [p.principle, p.count])).toEqual([
      ['respect', 3],
      ['welcome', 1],
    ]);
    expect(top[0]!.example).toEqual({ ruleId: 'you-need-to', principle: 'respect', kind: 'phrase', text: firstFlag('you-need-to') });
    expect(top[1]!.example!.text).toBe(firstFlag('greeting-missing'));
    expect(top[0]!.perReply).toBe(1);
  });

  it('every principle that a default rule serves can show an example', () => {
    for (const rule of defaultPack.rules) {
      const top = topPrinciples({ ...days[today]!, findingsByPrinciple: { [rule.principle]: 1 }, findingsByRule: {} }, catalog);
      expect(top[0]!.example!.principle).toBe(rule.principle);
    }
  });
});

describe('focusForTomorrow', () => {
  it('names the principle with most findings per reply, kindly', () => {
    const focus = focusForTomorrow(days[today]!, 'today')!;
    expect(focus.principle).toBe('respect');
    expect(focus.text).toMatch(/^Tomorrow, try to ask rather than tell/);
    expect(focus.text).toContain('Respect led today, so a small change there will go a long way.');
    // The counts are the "Why …" line's; the focus line does not say them again.
    expect(focus.text).not.toContain('came up most');
  });

  it('encourages when nothing came up, and is silent without replies', () => {
    const quiet = { ...days['2026-05-02']!, findings: 0, findingsByPrinciple: {}, findingsByRule: {} };
    expect(focusForTomorrow(quiet, 'today')!.text).toMatch(/^Nothing came up today/);
    expect(focusForTomorrow({ ...days[today]!, replies: 0 }, 'today')).toBeNull();
  });
});

describe('summarize', () => {
  it('summarises today, and the trends fill days without replies', () => {
    const s = summarize(days, { today, catalog });
    expect(s.hasData).toBe(true);
    expect(s.todayTotals.replies).toBe(3);
    expect(s.averageWarmth).toBe(50);
    expect(s.todayTotals.bands).toEqual({ cold: 1, neutral: 1, warm: 1 });
    expect(s.todayTotals.suggestionsApplied).toBe(3);
    expect(s.topPrinciplesPeriod).toBe('today');
    expect(s.trend7.map((p) => p.day)).toEqual(Array.from({ length: 7 }, (_, i) => addDays(today, i - 6)));
    expect(s.trend7.slice(-3)).toEqual([
      { day: '2026-05-02', replies: 1, averageWarmth: 80 },
      { day: '2026-05-03', replies: 0, averageWarmth: null },
      { day: '2026-05-04', replies: 3, averageWarmth: 50 },
    ]);
    expect(s.trend30).toHaveLength(30);
    expect(s.weekTotals.replies).toBe(4);
  });

  it('falls back to the week when nothing was sent today yet', () => {
    const s = summarize(days, { today: '2026-05-05', catalog });
    expect(s.todayTotals.replies).toBe(0);
    expect(s.averageWarmth).toBeNull();
    expect(s.topPrinciplesPeriod).toBe('this week');
    expect(s.topPrinciples[0]!.principle).toBe('plain-language');
    expect(s.focus!.text).toContain('this week');
  });

  it('has no data on an empty history', () => {
    const s = summarize({}, { today, catalog });
    expect(s.hasData).toBe(false);
    expect(s.focus).toBeNull();
    expect(trend({}, today, 7).every((p) => p.replies === 0 && p.averageWarmth === null)).toBe(true);
  });
});

describe('oneLineSummary', () => {
  it('says the day in one line', () => {
    expect(oneLineSummary(days[today]!)).toBe('3 replies today, average warmth 50 (neutral), 3 suggestions accepted. Focus for tomorrow: Respect.');
    expect(oneLineSummary({ ...days[today]!, replies: 0 })).toBeNull();
  });
});
