import { describe, expect, it } from 'vitest';
import { aggregateRecords } from './aggregate';
import { toCsv, toJson } from './export';
import { record } from './testing/records';

const utc = (iso: string) => Date.parse(iso);
const days = aggregateRecords(
  [
    record({ at: utc('2026-05-04T08:00:00Z'), warmth: 30, findingsByPrinciple: { respect: 2 }, findingsByRule: { 'you-need-to': 2 }, suggestionsApplied: 1 }),
    record({ at: utc('2026-05-04T09:00:00Z'), warmth: 61, site: 'mail.google.com' }),
    record({ at: utc('2026-05-03T09:00:00Z'), warmth: 45, findingsByPrinciple: { welcome: 1 }, findingsByRule: { 'greeting-missing': 1 }, suggestionsDismissed: 1 }),
  ],
  'Europe/Berlin',
);

describe('toCsv', () => {
  it('writes one row per day, oldest first, with fixed principle columns and one column per rule seen', () => {
    const lines = toCsv(Object.values(days)).trimEnd().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 9)).toEqual([
      'date',
      'replies',
      'average_warmth',
      'cold_replies',
      'neutral_replies',
      'warm_replies',
      'findings',
      'suggestions_applied',
      'suggestions_dismissed',
    ]);
    expect(header).toContain('principle:respect');
    expect(header.slice(-3)).toEqual(['rule:greeting-missing', 'rule:you-need-to', 'sites']);
    expect(lines).toHaveLength(3);
    const row = (i: number) => Object.fromEntries(header.map((h, j) => [h, lines[i]!.split(',')[j]]));
    expect(row(1)).toMatchObject({ date: '2026-05-03', replies: '1', average_warmth: '45.0', 'rule:greeting-missing': '1', 'rule:you-need-to': '0' });
    expect(row(2)).toMatchObject({ date: '2026-05-04', replies: '2', average_warmth: '45.5', cold_replies: '1', warm_replies: '1', 'principle:respect': '2' });
    expect(lines[2]!.endsWith('help.example.com 1; mail.google.com 1')).toBe(true);
  });

  it('writes just the header for no days', () => {
    expect(toCsv([]).split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('toJson', () => {
  it('round-trips the aggregates under a versioned envelope', () => {
    const parsed = JSON.parse(toJson(Object.values(days), new Date('2026-05-04T18:00:00Z')));
    expect(parsed.format).toBe('rapport-tone-history');
    expect(parsed.formatVersion).toBe(1);
    expect(parsed.exportedAt).toBe('2026-05-04T18:00:00.000Z');
    expect(parsed.days.map((d: { day: string }) => d.day)).toEqual(['2026-05-03', '2026-05-04']);
    expect(parsed.days[1]).toEqual(days['2026-05-04']);
  });
});
