/**
 * Validation of everything that crosses a trust boundary: records arriving by message, and values
 * read back from storage (which may be corrupted or written by an older build). Records are strict:
 * an unknown field (say, a `text` someone added by mistake) makes the whole record invalid, so a
 * reply's words can never slip into the history.
 */
import { z } from 'zod';
import { PRINCIPLE_IDS } from '../engine/principles';
import { SKIPPED_PART_KINDS } from '../engine/structure/types';
import { emptyHistory, DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from './aggregate';
import { isDayKey } from './local-day';
import { copyDictionary, dictionary, setOwn } from '../engine/untrusted';
import type { DayAggregate, HistorySettings, HistoryState, ReplyRecord } from './types';

const MAX_RULE_KEYS = 300;

const recordId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'must be a UUID');
const ruleId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case rule id').max(60);
/** A hostname (or IP literal), never a URL: no scheme, path, query or credentials. */
const hostname = z
  .string()
  .max(253)
  .regex(/^[A-Za-z0-9.\-[\]:]*$/, 'must be a hostname, not a URL')
  .transform((s) => s.toLowerCase());

const perReplyCount = z.number().int().min(0).max(10_000);
const total = z.number().int().min(0).max(1e9);
const tooManyKeys = (o: object) => Object.keys(o).length <= MAX_RULE_KEYS;
/** A record's bad key names what keys must be, instead of zod's "Invalid key in record". */
const keysMustBe = (what: string) => ({ error: (issue: { code?: string }) => (issue.code === 'invalid_key' ? `every key must be ${what}` : undefined) });
/** A counts record whose keys are checked; zod would silently drop a "__proto__" key, so it is refused first. */
function countsBy<K extends z.ZodType<string, string>>(key: K, count: z.ZodNumber, what: string) {
  return z
    .unknown()
    .refine((v) => !(typeof v === 'object' && v !== null && Object.hasOwn(v, '__proto__')), `every key must be ${what}`)
    .pipe(z.record(key, count, keysMustBe(what)));
}

export const replyRecordSchema = z.strictObject({
  id: recordId,
  at: z.number().int().positive(),
  site: hostname,
  warmth: z.number().min(0).max(100),
  findingsByPrinciple: z.partialRecord(z.enum(PRINCIPLE_IDS), perReplyCount),
  findingsByRule: countsBy(ruleId, perReplyCount, 'a kebab-case rule id').refine(tooManyKeys, 'too many rules').transform(copyDictionary),
  suggestionsApplied: perReplyCount,
  suggestionsDismissed: perReplyCount,
  skippedParts: z.partialRecord(z.enum(SKIPPED_PART_KINDS), z.literal(1)).optional(),
}) satisfies z.ZodType<ReplyRecord, unknown>;

export const dayAggregateSchema = z.strictObject({
  day: z.string().refine(isDayKey, 'must be a YYYY-MM-DD date'),
  replies: total,
  warmthSum: z.number().min(0),
  bands: z.strictObject({ cold: total, neutral: total, warm: total }),
  findings: total,
  findingsByPrinciple: z.partialRecord(z.enum(PRINCIPLE_IDS), total),
  findingsByRule: countsBy(ruleId, total, 'a kebab-case rule id').transform(copyDictionary),
  suggestionsApplied: total,
  suggestionsDismissed: total,
  sites: countsBy(hostname, total, 'a hostname').transform(copyDictionary),
  repliesSkipping: z.partialRecord(z.enum(SKIPPED_PART_KINDS), total).optional(),
}) satisfies z.ZodType<DayAggregate, unknown>;

const repairedSchema = z.object({ at: z.number(), droppedDays: z.number().int().min(0) });

export type ParseResult<T> = { value: T; corrupt: boolean; droppedDays: number };

/**
 * Reads a stored history, keeping every day that is still valid. `corrupt` is true when anything
 * had to be dropped or defaulted; the summary page shows a notice then, never a broken page.
 */
export function parseHistory(raw: unknown): ParseResult<HistoryState> {
  if (raw == null) return { value: emptyHistory(), corrupt: false, droppedDays: 0 };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { value: emptyHistory(), corrupt: true, droppedDays: 0 };
  const input = raw as Record<string, unknown>;
  let corrupt = false;
  let droppedDays = 0;

  const days: HistoryState['days'] = dictionary();
  if (input.days && typeof input.days === 'object' && !Array.isArray(input.days)) {
    for (const [key, value] of Object.entries(input.days)) {
      const parsed = dayAggregateSchema.safeParse(value);
      if (parsed.success && parsed.data.day === key) setOwn(days, key, parsed.data);
      else droppedDays += 1;
    }
  } else corrupt = true;

  const recentIds: HistoryState['recentIds'] = dictionary();
  if (input.recentIds && typeof input.recentIds === 'object' && !Array.isArray(input.recentIds)) {
    for (const [id, at] of Object.entries(input.recentIds)) {
      if (typeof at === 'number' && Number.isFinite(at)) setOwn(recentIds, id, at);
      else corrupt = true;
    }
  } else corrupt = true;

  const value: HistoryState = { days, recentIds };
  if (input.repaired !== undefined) {
    const repaired = repairedSchema.safeParse(input.repaired);
    if (repaired.success) value.repaired = repaired.data;
    else corrupt = true;
  }
  return { value, corrupt: corrupt || droppedDays > 0, droppedDays };
}

export const DEFAULT_HISTORY_SETTINGS: HistorySettings = {
  retentionDays: DEFAULT_RETENTION_DAYS,
  nudge: { enabled: false, time: '18:00' },
};

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM');

export const historySettingsSchema = z.strictObject({
  retentionDays: z.number().int().min(MIN_RETENTION_DAYS).max(MAX_RETENTION_DAYS),
  nudge: z.strictObject({ enabled: z.boolean(), time: timeOfDay }),
}) satisfies z.ZodType<HistorySettings, unknown>;

/** Reads stored settings; each unreadable field falls back to its default. */
export function parseHistorySettings(raw: unknown): ParseResult<HistorySettings> {
  if (raw == null) return { value: structuredClone(DEFAULT_HISTORY_SETTINGS), corrupt: false, droppedDays: 0 };
  const strict = historySettingsSchema.safeParse(raw);
  if (strict.success) return { value: strict.data, corrupt: false, droppedDays: 0 };
  const input = (typeof raw === 'object' && raw ? raw : {}) as Record<string, unknown>;
  const nudge = (typeof input.nudge === 'object' && input.nudge ? input.nudge : {}) as Record<string, unknown>;
  const retention = historySettingsSchema.shape.retentionDays.safeParse(input.retentionDays);
  const enabled = z.boolean().safeParse(nudge.enabled);
  const time = timeOfDay.safeParse(nudge.time);
  return {
    value: {
      retentionDays: retention.success ? retention.data : DEFAULT_HISTORY_SETTINGS.retentionDays,
      nudge: {
        enabled: enabled.success ? enabled.data : DEFAULT_HISTORY_SETTINGS.nudge.enabled,
        time: time.success ? time.data : DEFAULT_HISTORY_SETTINGS.nudge.time,
      },
    },
    corrupt: true,
    droppedDays: 0,
  };
}
