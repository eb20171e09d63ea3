import { describe, expect, it, test } from 'vitest';
import { aggregateRecords } from './aggregate';
import { DEFAULT_HISTORY_SETTINGS, parseHistory, parseHistorySettings, replyRecordSchema } from './schema';
import { replyRecordFromFindings } from './record';

const valid = {
  id: '0b6a3c4e-7f1d-4c57-9a8e-2f7b1d1c9e10',
  at: Date.parse('2026-05-04T08:00:00Z'),
  site: 'Acme.Zendesk.com',
  warmth: 62,
  findingsByPrinciple: { respect: 1 },
  findingsByRule: { 'you-need-to': 1 },
  suggestionsApplied: 1,
  suggestionsDismissed: 0,
};

describe('replyRecordSchema', () => {
  it('accepts a record and lower-cases the hostname', () => {
    expect(replyRecordSchema.parse(valid).site).toBe('acme.zendesk.com');
  });

  test.each<[string, Record<string, unknown>]>([
    ['the reply text', { text: 'You need to restart the router.' }],
    ['the customer message', { customerMessage: 'It is broken!' }],
    ['a URL as site', { site: 'https://acme.zendesk.com/agent/tickets/42' }],
    ['an unknown principle', { findingsByPrinciple: { sarcasm: 1 } }],
    ['a rule id that is a sentence', { findingsByRule: { 'You need to restart': 1 } }],
    ['warmth above 100', { warmth: 101 }],
    ['a negative count', { suggestionsApplied: -1 }],
    ['a missing id', { id: undefined }],
  ])('refuses a record with %s', (_label, change) => {
    expect(replyRecordSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('replyRecordFromFindings', () => {
  it('keeps only counts from the findings', () => {
    const r = replyRecordFromFindings({
      id: valid.id,
      at: valid.at,
      site: 'acme.zendesk.com',
      warmth: 61.6,
      findings: [
        { ruleId: 'you-need-to', principle: 'respect', text: 'You need to restart', start: 0, end: 19 } as never,
        { ruleId: 'calm-down', principle: 'empathy' },
        { ruleId: 'you-need-to', principle: 'respect' },
      ],
    });
    expect(r).toEqual({
      id: valid.id,
      at: valid.at,
      site: 'acme.zendesk.com',
      warmth: 62,
      findingsByPrinciple: { respect: 2, empathy: 1 },
      findingsByRule: { 'you-need-to': 2, 'calm-down': 1 },
      suggestionsApplied: 0,
      suggestionsDismissed: 0,
    });
    expect(JSON.stringify(r)).not.toContain('restart');
    expect(replyRecordSchema.safeParse(r).success).toBe(true);
  });
});

describe('parseHistory', () => {
  const days = aggregateRecords([replyRecordSchema.parse(valid)], 'Europe/Berlin');

  it('reads a missing value as an empty history', () => {
    expect(parseHistory(null)).toEqual({ value: { days: {}, recentIds: {} }, corrupt: false, droppedDays: 0 });
  });

  it('reads a good value unchanged', () => {
    const stored = { days, recentIds: { [valid.id]: valid.at } };
    expect(parseHistory(structuredClone(stored))).toEqual({ value: stored, corrupt: false, droppedDays: 0 });
  });

  test.each<[string, unknown]>([
    ['a string', 'garbage'],
    ['an array', [1, 2, 3]],
    ['days as a number', { days: 5, recentIds: {} }],
  ])('falls back to defaults for %s, flagged corrupt', (_label, raw) => {
    const result = parseHistory(raw);
    expect(result.value.days).toEqual({});
    expect(result.corrupt).toBe(true);
  });

  it('keeps the readable days and counts the dropped ones', () => {
    const raw = { days: { ...days, '2026-05-01': { day: '2026-05-01', replies: 'many' }, '2026-05-02': days['2026-05-04'] }, recentIds: {} };
    const result = parseHistory(raw);
    expect(Object.keys(result.value.days)).toEqual(['2026-05-04']);
    expect(result).toMatchObject({ corrupt: true, droppedDays: 2 });
  });
});

describe('parseHistorySettings', () => {
  it('defaults a missing value, reads a good one', () => {
    expect(parseHistorySettings(undefined)).toEqual({ value: DEFAULT_HISTORY_SETTINGS, corrupt: false, droppedDays: 0 });
    const s = { retentionDays: 30, nudge: { enabled: true, time: '17:45' } };
    expect(parseHistorySettings(s).value).toEqual(s);
  });

  it('falls back field by field', () => {
    const result = parseHistorySettings({ retentionDays: 'forever', nudge: { enabled: true, time: '25:99' } });
    expect(result).toEqual({ value: { retentionDays: 90, nudge: { enabled: true, time: '18:00' } }, corrupt: true, droppedDays: 0 });
    expect(parseHistorySettings(42).value).toEqual(DEFAULT_HISTORY_SETTINGS);
  });
});
