/**
 * Page work that grows with the draft (underlines to lay over a long draft) in batches under a time
 * budget, yielding to the page between batches, so no task of Rapport's on the page grows with the
 * text: the agent's keystrokes and the page's own work get the main thread between two batches.
 */

/** One batch's time on the page; well under the 50 ms that makes a long task. */
const BATCH_BUDGET_MS = 8;
/** The clock is read once per this many items (reading it is not free either). */
const CLOCK_EVERY = 16;

export interface BatchOptions {
  now(): number;
  /** Gives the main thread back to the page (scheduler.yield, or a setTimeout(0) task). */
  yieldToPage(): Promise<void>;
  /** False once a newer paint started or the draft went away: the rest is dropped. */
  isCurrent(): boolean;
  budgetMs?: number;
  /** Read the clock after every this many items (16 unless set; 1 for items that each cost real time, such as a layout). */
  clockEvery?: number;
}

/**
 * Runs `work` over `items` in order: the first batch at once (in the caller's task), the rest each in
 * a later task. Resolves true when every item was done, false when it was superseded.
 */
export async function inBatches<T>(items: readonly T[], work: (item: T, index: number) => void, options: BatchOptions): Promise<boolean> {
  const budget = options.budgetMs ?? BATCH_BUDGET_MS;
  const clockEvery = options.clockEvery ?? CLOCK_EVERY;
  let index = 0;
  while (index < items.length) {
    if (index > 0) {
      await options.yieldToPage();
      if (!options.isCurrent()) return false;
    }
    const started = options.now();
    do {
      work(items[index]!, index);
      index += 1;
    } while (index < items.length && (index % clockEvery !== 0 || options.now() - started < budget));
  }
  return true;
}

/** The page's way to yield: `scheduler.yield()` where the browser has it (it keeps this work's priority), else a new task. */
export function pageYield(win: Window): () => Promise<void> {
  const scheduler = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return () => scheduler.yield!();
  return () => new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** Spans nearest to `caret` first (where the agent is looking), the rest by distance; a stable order. */
export function nearestFirst<S extends { start: number; end: number }>(spans: readonly S[], caret: number | null): S[] {
  if (caret === null) return [...spans];
  const distance = (s: S) => (caret < s.start ? s.start - caret : caret > s.end ? caret - s.end : 0);
  return spans
    .map((span, i) => ({ span, i, d: distance(span) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.span);
}
