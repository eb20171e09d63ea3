import { describe, expect, it, test } from 'vitest';
import {
  aggregateRecords,
  clampRetention,
  combineDays,
  DEDUPE_WINDOW_MS,
  emptyHistory,
  mergeRecords,
  pruneHistory,
} from './aggregate';
import { addDays, localDay } from './local-day';
import { record, yearOfRecords } from './testing/records';
import type { DayAggregate, HistoryState, ReplyRecord } from './types';

const utc = (iso: string) => Date.parse(iso);
const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';

describe('aggregateRecords', () => {
  it('sums one local day: replies, warmth, bands, findings, suggestions, sites', () => {
    const days = aggregateRecords(
      [
        record({ at: utc('2026-05-04T08:00:00Z'), warmth: 39, findingsByPrinciple: { respect: 2 }, findingsByRule: { 'you-need-to': 2 }, suggestionsApplied: 1 }),
        record({ at: utc('2026-05-04T09:00:00Z'), warmth: 40, findingsByPrinciple: { respect: 1, welcome: 1 }, findingsByRule: { 'you-need-to': 1, 'greeting-missing': 1 }, suggestionsDismissed: 2 }),
        record({ at: utc('2026-05-04T10:00:00Z'), warmth: 59, site: 'mail.google.com' }),
        record({ at: utc('2026-05-04T11:00:00Z'), warmth: 60 }),
      ],
      BERLIN,
    );
    expect(Object.keys(days)).toEqual(['2026-05-04']);
    expect(days['2026-05-04']).toEqual<DayAggregate>({
      day: '2026-05-04',
      replies: 4,
      warmthSum: 198,
      bands: { cold: 1, neutral: 2, warm: 1 },
      findings: 4,
      findingsByPrinciple: { respect: 3, welcome: 1 },
      findingsByRule: { 'you-need-to': 3, 'greeting-missing': 1 },
      suggestionsApplied: 1,
      suggestionsDismissed: 2,
      sites: { 'help.example.com': 3, 'mail.google.com': 1 },
    });
  });

  test.each([
    // A reply at 23:30 and one at 00:30 local are on different days, on ordinary and DST days.
    [BERLIN, '2026-03-28T22:30:00Z', '2026-03-28T23:30:00Z', '2026-03-28', '2026-03-29'],
    [BERLIN, '2026-03-29T21:30:00Z', '2026-03-29T22:30:00Z', '2026-03-29', '2026-03-30'],
    [BERLIN, '2026-10-25T22:30:00Z', '2026-10-25T23:30:00Z', '2026-10-25', '2026-10-26'],
    [NEW_YORK, '2026-03-08T04:30:00Z', '2026-03-08T05:30:00Z', '2026-03-07', '2026-03-08'],
    [NEW_YORK, '2026-11-02T04:30:00Z', '2026-11-02T05:30:00Z', '2026-11-01', '2026-11-02'],
  ])('%s: 23:30 (%s) → %s…, 00:30 (%s) → the next day', (zone, lateIso, earlyIso, lateDay, earlyDay) => {
    const days = aggregateRecords([record({ at: utc(lateIso) }), record({ at: utc(earlyIso) })], zone);
    expect(Object.keys(days).sort()).toEqual([lateDay, earlyDay]);
    expect(days[lateDay]!.replies).toBe(1);
    expect(days[earlyDay]!.replies).toBe(1);
  });

  it('keeps the 25-hour fall-back day whole (02:30 happens twice, both count on the 25th)', () => {
    const hours = Array.from({ length: 25 }, (_, h) => record({ at: utc('2026-10-24T22:00:00Z') + h * 3_600_000 }));
    const days = aggregateRecords(hours, BERLIN);
    expect(days['2026-10-25']!.replies).toBe(25);
    expect(Object.keys(days)).toEqual(['2026-10-25']);
  });

  it('keeps the 23-hour spring-forward day whole', () => {
    const hours = Array.from({ length: 23 }, (_, h) => record({ at: utc('2026-03-28T23:00:00Z') + h * 3_600_000 }));
    const days = aggregateRecords(hours, BERLIN);
    expect(Object.keys(days)).toEqual(['2026-03-29']);
    expect(days['2026-03-29']!.replies).toBe(23);
  });

  it('counts a repeated id once', () => {
    const r = record({ at: utc('2026-05-04T08:00:00Z') });
    expect(aggregateRecords([r, r, { ...r }], BERLIN)['2026-05-04']!.replies).toBe(1);
  });

  it('aggregates a year (365 days × 200 replies) exactly', () => {
    const end = utc('2026-12-31T23:00:00Z'); // midnight in Berlin
    const records = yearOfRecords(365, 200, end);
    const days = aggregateRecords(records, BERLIN);

    // The reference: one Intl call per record, plain loops.
    const expected = new Map<string, { replies: number; warmth: number; findings: number; applied: number }>();
    for (const r of records) {
      const key = localDay(r.at, BERLIN);
      const e = expected.get(key) ?? { replies: 0, warmth: 0, findings: 0, applied: 0 };
      e.replies += 1;
      e.warmth += r.warmth;
      e.findings += Object.values(r.findingsByRule).reduce((a, b) => a + b, 0);
      e.applied += r.suggestionsApplied;
      expected.set(key, e);
    }
    expect(Object.keys(days).length).toBe(expected.size);
    for (const [key, e] of expected) {
      const d = days[key]!;
      expect([d.replies, d.warmthSum, d.findings, d.suggestionsApplied]).toEqual([e.replies, e.warmth, e.findings, e.applied]);
      expect(d.bands.cold + d.bands.neutral + d.bands.warm).toBe(d.replies);
    }
    const total = combineDays(Object.values(days), 'year');
    expect(total.replies).toBe(365 * 200);
    expect(total.sites['acme.zendesk.com']! + total.sites['mail.google.com']!).toBe(365 * 200);
  });
});

describe('mergeRecords', () => {
  const now = utc('2026-05-04T16:00:00Z');
  const opts = { timeZone: BERLIN, now };
  const at = (hour: number) => utc('2026-05-04T00:00:00Z') + hour * 3_600_000;

  it('never double counts: two writers merging overlapping entries, in either order', () => {
    const [a, b, c, d] = [1, 2, 3, 4].map((h) => record({ at: at(h), warmth: 50 + h }));
    const writerA = [a!, b!, c!];
    const writerB = [b!, c!, d!];

    const ab = mergeRecords(mergeRecords(emptyHistory(), writerA, opts).state, writerB, opts);
    const ba = mergeRecords(mergeRecords(emptyHistory(), writerB, opts).state, writerA, opts);
    expect(ab.state.days['2026-05-04']!.replies).toBe(4);
    expect(ab.state.days).toEqual(ba.state.days);
    expect(ab.counted).toEqual([d!.id]);
    expect(ab.refused).toEqual([
      { id: b!.id, reason: 'duplicate' },
      { id: c!.id, reason: 'duplicate' },
    ]);
  });

  it('a retried message (same id) counts once, even inside one batch', () => {
    const r = record({ at: at(9) });
    const once = mergeRecords(emptyHistory(), [r, r], opts);
    expect(once.counted).toEqual([r.id]);
    const again = mergeRecords(once.state, [r], opts);
    expect(again.counted).toEqual([]);
    expect(again.state.days['2026-05-04']!.replies).toBe(1);
  });

  it('does not mutate the state it merges into', () => {
    const first = mergeRecords(emptyHistory(), [record({ at: at(8) })], opts).state;
    const snapshot = structuredClone(first);
    mergeRecords(first, [record({ at: at(9), findingsByPrinciple: { respect: 1 } })], opts);
    expect(first).toEqual(snapshot);
  });

  test.each<[string, Partial<ReplyRecord> & { at: number }, string]>([
    ['older than the dedupe window', { at: now - DEDUPE_WINDOW_MS - 1 }, 'too-old'],
    ['stamped in the future', { at: now + 3_600_000 }, 'in-the-future'],
  ])('refuses a record %s', (_label, overrides, reason) => {
    const r = record(overrides);
    const result = mergeRecords(emptyHistory(), [r], opts);
    expect(result.refused).toEqual([{ id: r.id, reason }]);
    expect(result.state.days).toEqual({});
  });

  it('refuses a record whose day is already outside a short retention', () => {
    const r = record({ at: now - 3 * 86_400_000 });
    const result = mergeRecords(emptyHistory(), [r], { ...opts, retentionDays: 3 });
    expect(result.refused[0]!.reason).toBe('too-old');
  });
});

describe('retention', () => {
  const today = '2026-05-04';
  const now = utc('2026-05-04T12:00:00Z');
  const stateWith = (days: string[], recentIds: Record<string, number> = {}): HistoryState => ({
    days: Object.fromEntries(days.map((day) => [day, { ...combineDays([], day), replies: 1, warmthSum: 50, bands: { cold: 0, neutral: 1, warm: 0 } }])),
    recentIds,
  });

  test.each([
    [90, 89, true],
    [90, 90, false],
    [90, 400, false],
    [7, 6, true],
    [7, 7, false],
    [30, 0, true],
  ])('retention %i days: a day %i days ago is kept = %s', (retentionDays, age, kept) => {
    const day = addDays(today, -age);
    const pruned = pruneHistory(stateWith([day, today]), { today, now, retentionDays });
    expect(Object.hasOwn(pruned.days, day)).toBe(kept);
    expect(Object.hasOwn(pruned.days, today)).toBe(true);
  });

  it('defaults to 90 days', () => {
    const pruned = pruneHistory(stateWith([addDays(today, -89), addDays(today, -90)]), { today, now });
    expect(Object.keys(pruned.days)).toEqual([addDays(today, -89)]);
  });

  it('forgets ids older than the dedupe window, and returns the same object when nothing changes', () => {
    const state = stateWith([today], { fresh: now - 1000, stale: now - DEDUPE_WINDOW_MS - 1 });
    expect(pruneHistory(state, { today, now }).recentIds).toEqual({ fresh: now - 1000 });
    const clean = stateWith([today], { fresh: now });
    expect(pruneHistory(clean, { today, now })).toBe(clean);
  });

  it('merging prunes automatically', () => {
    const old = stateWith([addDays(today, -120), addDays(today, -10)]);
    const merged = mergeRecords(old, [record({ at: now })], { timeZone: BERLIN, now, retentionDays: 90 }).state;
    expect(Object.keys(merged.days).sort()).toEqual([addDays(today, -10), today]);
  });

  test.each([
    [90, 90],
    [3, 7],
    [10_000, 730],
    [Number.NaN, 90],
    [45.6, 46],
  ])('clampRetention(%d) = %d', (input, expected) => expect(clampRetention(input)).toBe(expected));
});

it('localDay of "now" decides today for the merge', () => {
  // 23:30 in New York on 3 May is already 4 May in UTC; the reply belongs to 3 May there.
  const now = utc('2026-05-04T03:30:00Z');
  const merged = mergeRecords(emptyHistory(), [record({ at: now })], { timeZone: NEW_YORK, now }).state;
  expect(Object.keys(merged.days)).toEqual(['2026-05-03']);
});
