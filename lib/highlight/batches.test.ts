import { describe, expect, it } from 'vitest';
import { inBatches, nearestFirst } from './batches';

/** A clock that moves `cost` ms per item of work, and a log of what ran in which task. */
function harness(cost: number) {
  let time = 0;
  let task = 0;
  const log: [number, number][] = [];
  return {
    log,
    work: (item: number) => {
      log.push([task, item]);
      time += cost;
    },
    options: (isCurrent = () => true) => ({
      now: () => time,
      yieldToPage: async () => {
        task += 1;
      },
      isCurrent,
      budgetMs: 8,
    }),
  };
}

const items = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('inBatches', () => {
  it('does a short list in one batch, in the caller’s task', async () => {
    const { log, work, options } = harness(0.01);
    expect(await inBatches(items(300), work, options())).toBe(true);
    expect(new Set(log.map(([task]) => task))).toEqual(new Set([0]));
    expect(log).toHaveLength(300);
  });

  it('yields to the page between batches once the work outgrows the budget, and does every item once, in order', async () => {
    const { log, work, options } = harness(1);
    expect(await inBatches(items(100), work, options())).toBe(true);
    expect(log.map(([, item]) => item)).toEqual(items(100));
    const perTask = new Map<number, number>();
    for (const [task] of log) perTask.set(task, (perTask.get(task) ?? 0) + 1);
    expect(perTask.size).toBeGreaterThan(1);
    // The clock is read every 16 items: no batch runs past 16 items of 1 ms beyond the 8 ms budget.
    for (const count of perTask.values()) expect(count).toBeLessThanOrEqual(16);
  });

  it('stops at a yield when a newer paint superseded it', async () => {
    const { log, work, options } = harness(1);
    let current = true;
    const done = inBatches(items(100), (item) => {
      work(item);
      if (item === 20) current = false;
    }, options(() => current));
    expect(await done).toBe(false);
    expect(log.length).toBeLessThan(100);
  });
});

describe('nearestFirst', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 100, end: 110 },
    { start: 50, end: 60 },
    { start: 200, end: 210 },
  ];

  it('puts the spans around the caret first, then the others by distance', () => {
    expect(nearestFirst(spans, 105).map((s) => s.start)).toEqual([100, 50, 200, 0]);
    expect(nearestFirst(spans, 0).map((s) => s.start)).toEqual([0, 50, 100, 200]);
  });

  it('keeps the order when the caret is unknown', () => {
    expect(nearestFirst(spans, null)).toEqual(spans);
  });
});
