/** The popup's one line about today: replies, average warmth, and the change against the previous 7 days. */
import { combineDays } from './aggregate';
import { addDays, dayRange } from './local-day';
import { averageWarmth } from './summary';
import { own, type Dictionary } from '../engine/untrusted';
import type { DayAggregate, DayKey } from './types';

export interface TodayLine {
  replies: number;
  averageWarmth: number | null;
  /** Today's average minus the previous 7 days' average (reply-weighted), or null without both. */
  trend: number | null;
}

export function todayLine(days: Readonly<Dictionary<DayAggregate>>, today: DayKey): TodayLine {
  const now = own(days, today);
  const previous = dayRange(addDays(today, -1), 7).flatMap((d) => own(days, d) ?? []);
  const todayAverage = now ? averageWarmth(now) : null;
  const before = previous.length ? averageWarmth(combineDays(previous, 'previous 7 days')) : null;
  return {
    replies: now?.replies ?? 0,
    averageWarmth: todayAverage === null ? null : Math.round(todayAverage),
    trend: todayAverage === null || before === null ? null : Math.round(todayAverage - before),
  };
}
