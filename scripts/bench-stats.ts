/**
 * `npm run bench` (second part): how fast the daily tone history aggregates. Target (issue: daily
 * tone summary): a year of data, 365 days × 200 replies, aggregates by local day in well under a second.
 * Also times the background's per-reply merge into a full 90-day history and the summary page's summarize().
 */
import { aggregateRecords, mergeRecords, combineDays } from '../lib/stats/aggregate';
import { catalogFromPack, summarize } from '../lib/stats/summary';
import { yearOfRecords } from '../lib/stats/testing/records';
import { defaultPack } from '../lib/rules/default';
import type { HistoryState } from '../lib/stats/types';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time<T>(label: string, runs: number, run: () => T): number {
  run(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  const m = median(times);
  console.log(`  ${label.padEnd(62)} median ${m.toFixed(3).padStart(9)} ms  (max ${Math.max(...times).toFixed(3)} ms, ${runs} runs)`);
  return m;
}

const TIME_ZONE = 'Europe/Berlin';
const end = Date.parse('2026-12-31T23:00:00Z');
const year = yearOfRecords(365, 200, end);

console.log(`Daily tone history (${year.length.toLocaleString('en')} replies over 365 days, ${TIME_ZONE})`);
const yearMs = time('aggregate a year (365 days × 200 replies) by local day', 10, () => aggregateRecords(year, TIME_ZONE));

const days = aggregateRecords(year, TIME_ZONE);
const recent = Object.fromEntries(Object.entries(days).slice(-90));
const state: HistoryState = { days: recent, recentIds: Object.fromEntries(year.slice(-1400).map((r) => [r.id, r.at])) };
const now = end - 60_000;
let n = 0;
time('merge one reply into a full 90-day history (background write)', 200, () =>
  mergeRecords(state, [{ ...year.at(-1)!, id: `bench-${n++}`, at: now - 1000 }], { timeZone: TIME_ZONE, now }),
);
time('serialise a full 90-day history (JSON.stringify)', 50, () => JSON.stringify(state));
const catalog = catalogFromPack(defaultPack);
time('summarize for the summary page (7- and 30-day trends)', 200, () => summarize(recent, { today: '2026-12-31', catalog }));
time('totals over 365 days', 50, () => combineDays(Object.values(days), 'year'));

const ok = yearMs < 1000;
console.log(`\n  A year aggregates in ${yearMs.toFixed(1)} ms: ${ok ? 'well under' : 'OVER'} the one-second target.`);
if (!ok) process.exitCode = 1;
