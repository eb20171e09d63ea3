/** Wording and number formats shared by the summary components. */
import type { WarmthBand } from '../../lib/engine/types';

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** A day key (YYYY-MM-DD) as "Monday, 4 May 2026". The key is a calendar date, so format it in UTC. */
export function longDate(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.parse(`${day}T00:00:00Z`),
  );
}

/** "4 May". */
export function shortDate(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.parse(`${day}T00:00:00Z`));
}

export const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

export const BANDS: { band: WarmthBand; label: string; range: string }[] = [
  { band: 'cold', label: 'Cold', range: 'under 40' },
  { band: 'neutral', label: 'Neutral', range: '40–59' },
  { band: 'warm', label: 'Warm', range: '60 and up' },
];
