/**
 * Local calendar days. Replies are grouped by the agent's *local* date in an IANA time zone, so a
 * reply at 23:30 and one at 00:30 land on different days, whatever the UTC offset or DST does.
 * Day arithmetic works on the calendar date itself (as a UTC date), never by adding 24 hours,
 * so DST days with 23 or 25 hours cannot shift it.
 */
import type { DayKey } from './types';

const MS_PER_DAY = 86_400_000;
/**
 * Every UTC offset in use today is a multiple of 15 minutes, so local midnight always falls on a
 * 15-minute boundary in UTC and all instants inside one 15-minute slot share a local date.
 */
const SLOT_MS = 15 * 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats dates as YYYY-MM-DD. Throws a RangeError for an unknown time zone.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local date of an instant in a time zone, e.g. `localDay(Date.UTC(2026, 2, 29, 22, 30), 'Europe/Berlin')` → `'2026-03-30'`. */
export function localDay(at: number, timeZone: string): DayKey {
  return formatterFor(timeZone).format(at);
}

/**
 * A fast `localDay` for many instants in one zone: caches the date per 15-minute UTC slot.
 * Used when aggregating a year of replies at once.
 */
export function createDayKeyer(timeZone: string): (at: number) => DayKey {
  const formatter = formatterFor(timeZone);
  const cache = new Map<number, DayKey>();
  return (at) => {
    const slot = Math.floor(at / SLOT_MS);
    let day = cache.get(slot);
    if (day === undefined) {
      day = formatter.format(at);
      cache.set(slot, day);
    }
    return day;
  };
}

/** True for a valid IANA time zone name (or an offset zone the runtime accepts). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The runtime's own time zone (the agent's, in the browser). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDayKey(value: string): boolean {
  const m = DAY_KEY.exec(value);
  if (!m) return false;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).toISOString().slice(0, 10) === value;
}

function dayNumber(day: DayKey): number {
  const m = DAY_KEY.exec(day);
  if (!m) throw new Error(`Not a day key: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

function fromDayNumber(n: number): DayKey {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The calendar date `n` days after `day` (negative for before). */
export function addDays(day: DayKey, n: number): DayKey {
  return fromDayNumber(dayNumber(day) + n);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return dayNumber(to) - dayNumber(from);
}

/** The `count` calendar days ending with `last`, oldest first. */
export function dayRange(last: DayKey, count: number): DayKey[] {
  const end = dayNumber(last);
  return Array.from({ length: count }, (_, i) => fromDayNumber(end - count + 1 + i));
}
