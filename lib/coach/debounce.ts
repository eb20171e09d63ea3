/** The pause after the last change before the draft is checked (shared with the benchmark, which reports the time past it). */
export const DEBOUNCE_MS = 150;
