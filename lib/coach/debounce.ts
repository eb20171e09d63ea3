/** The pause after the last change before the draft is checked (shared with the benchmark, which reports the time past it). */
export const DEBOUNCE_MS = 150;

/**
 * However often the editor's DOM changes without its text changing (an editor or a helpdesk script touching it every
 * few dozen milliseconds), a pending check waits at most this long: a debounce with a maximum wait, so churn can
 * postpone the check but never starve it.
 */
export const MAX_WAIT_MS = 1_000;
