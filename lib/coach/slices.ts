/**
 * Drives a sliced analysis: one slice per task, yielding to the event loop with setTimeout(0)
 * in between, so typing and painting never wait behind a long draft. Stops when `isCurrent()`
 * turns false (a newer analysis started) or the signal aborts. A slice that throws ends the run
 * with `failed`, so the caller can say this draft could not be checked instead of waiting forever.
 */
export type SliceOutcome<T> = { status: 'done'; value: T } | { status: 'stopped' } | { status: 'failed'; error: unknown };

export function runInSlices<T>(
  win: Window,
  generator: Generator<void, T>,
  isCurrent: () => boolean,
  signal: AbortSignal,
  /** Called with each slice's duration in milliseconds (for the timing report). */
  onSlice?: (ms: number) => void,
): Promise<SliceOutcome<T>> {
  return new Promise((resolve) => {
    const step = () => {
      if (signal.aborted || !isCurrent()) {
        try {
          generator.return?.(undefined as never);
        } catch {
          // A generator that throws while closing is already done with.
        }
        resolve({ status: 'stopped' });
        return;
      }
      let next: IteratorResult<void, T>;
      try {
        const started = win.performance.now();
        next = generator.next();
        onSlice?.(win.performance.now() - started);
      } catch (error) {
        console.warn('[Rapport] analysis failed', error);
        resolve({ status: 'failed', error });
        return;
      }
      if (next.done) resolve({ status: 'done', value: next.value });
      else win.setTimeout(step, 0);
    };
    step();
  });
}
