/**
 * Drives a sliced analysis: one slice per task, yielding to the event loop with setTimeout(0)
 * in between, so typing and painting never wait behind a long draft. Stops when `isCurrent()`
 * turns false (a newer analysis started) or the signal aborts.
 */
export function runInSlices<T>(
  win: Window,
  generator: Generator<void, T>,
  isCurrent: () => boolean,
  signal: AbortSignal,
  /** Called with each slice's duration in milliseconds (for the timing report). */
  onSlice?: (ms: number) => void,
): Promise<T | null> {
  return new Promise((resolve) => {
    const step = () => {
      if (signal.aborted || !isCurrent()) {
        generator.return?.(undefined as never);
        resolve(null);
        return;
      }
      let next: IteratorResult<void, T>;
      try {
        const started = win.performance.now();
        next = generator.next();
        onSlice?.(win.performance.now() - started);
      } catch (error) {
        console.warn('[Rapport] analysis failed', error);
        resolve(null);
        return;
      }
      if (next.done) resolve(next.value);
      else win.setTimeout(step, 0);
    };
    step();
  });
}
