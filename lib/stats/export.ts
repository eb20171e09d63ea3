/**
 * CSV and JSON exports of the daily aggregates: counts only, the same data the summary page shows.
 */
import { PRINCIPLE_IDS } from '../engine/principles';
import { own } from '../engine/untrusted';
import { averageWarmth } from './summary';
import type { DayAggregate } from './types';

const EXPORT_FORMAT = 'rapport-tone-history';
const EXPORT_FORMAT_VERSION = 1;

function sortedDays(days: Iterable<DayAggregate>): DayAggregate[] {
  return [...days].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

export function toJson(days: Iterable<DayAggregate>, exportedAt: Date): string {
  return `${JSON.stringify(
    { format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, exportedAt: exportedAt.toISOString(), days: sortedDays(days) },
    null,
    2,
  )}\n`;
}

/** RFC 4180 quoting, plus a leading apostrophe for cells a spreadsheet would run as a formula. */
function cell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * One row per day. Principles get a fixed column each; rules get one column per rule id seen in
 * the exported days (sorted), so the file opens cleanly in a spreadsheet.
 */
export function toCsv(days: Iterable<DayAggregate>): string {
  const rows = sortedDays(days);
  const ruleIds = [...new Set(rows.flatMap((d) => Object.keys(d.findingsByRule)))].sort();
  const header = [
    'date',
    'replies',
    'average_warmth',
    'cold_replies',
    'neutral_replies',
    'warm_replies',
    'findings',
    'suggestions_applied',
    'suggestions_dismissed',
    ...PRINCIPLE_IDS.map((p) => `principle:${p}`),
    ...ruleIds.map((r) => `rule:${r}`),
    'sites',
  ];
  const lines = rows.map((d) => {
    const avg = averageWarmth(d);
    const sites = Object.entries(d.sites)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([site, n]) => `${site} ${n}`)
      .join('; ');
    return [
      d.day,
      d.replies,
      avg === null ? '' : avg.toFixed(1),
      d.bands.cold,
      d.bands.neutral,
      d.bands.warm,
      d.findings,
      d.suggestionsApplied,
      d.suggestionsDismissed,
      ...PRINCIPLE_IDS.map((p) => d.findingsByPrinciple[p] ?? 0),
      ...ruleIds.map((r) => own(d.findingsByRule, r) ?? 0),
      sites,
    ]
      .map(cell)
      .join(',');
  });
  return `${[header.map(cell).join(','), ...lines].join('\r\n')}\r\n`;
}
