/** "What was checked" in the daily summary: each reply records which parts it read past, as flags, never text. */
import { describe, expect, it } from 'vitest';
import { addDay, addRecord, cloneDay, emptyDay } from './aggregate';
import { replyRecordFromFindings } from './record';
import { dayAggregateSchema, replyRecordSchema } from './schema';

const base = { id: 'reply-0001', at: 1_764_590_000_000, site: 'acme.zendesk.com', warmth: 70, findings: [] };

describe('skipped parts in reply records and day aggregates', () => {
  it('records the parts read past as flags, and nothing when nothing was skipped (older records stay valid)', () => {
    const record = replyRecordFromFindings({ ...base, skipped: ['quote', 'signature'] });
    expect(record.skippedParts).toEqual({ quote: 1, signature: 1 });
    expect(replyRecordSchema.parse(record).skippedParts).toEqual({ quote: 1, signature: 1 });
    const plain = replyRecordFromFindings({ ...base, skipped: [] });
    expect('skippedParts' in plain).toBe(false);
    expect(replyRecordSchema.safeParse(plain).success).toBe(true);
  });

  it('refuses anything but a known part with a flag of 1', () => {
    expect(replyRecordSchema.safeParse({ ...replyRecordFromFindings(base), skippedParts: { quote: 2 } }).success).toBe(false);
    expect(replyRecordSchema.safeParse({ ...replyRecordFromFindings(base), skippedParts: { text: 1 } }).success).toBe(false);
  });

  it('counts per day how many replies had each part read past, and sums days', () => {
    const day = emptyDay('2026-12-01');
    addRecord(day, replyRecordFromFindings({ ...base, id: 'reply-000a', skipped: ['quote', 'signature'] }));
    addRecord(day, replyRecordFromFindings({ ...base, id: 'reply-000b', skipped: ['signature'] }));
    addRecord(day, replyRecordFromFindings({ ...base, id: 'reply-000c' }));
    expect(day.repliesSkipping).toEqual({ quote: 1, signature: 2 });
    expect(dayAggregateSchema.parse(day).repliesSkipping).toEqual({ quote: 1, signature: 2 });
    const total = emptyDay('week');
    addDay(total, day);
    addDay(total, cloneDay(day));
    expect(total.repliesSkipping).toEqual({ quote: 2, signature: 4 });
    expect(cloneDay(day).repliesSkipping).not.toBe(day.repliesSkipping);
    expect(emptyDay('x').repliesSkipping).toBeUndefined();
  });
});
