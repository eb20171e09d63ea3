/**
 * A long draft that arrives at once (a paste, a macro, a reply restored from elsewhere) would wait for the
 * engine's whole first analysis — hundreds of milliseconds for 1,500 words — before any underline. It gets a
 * first look instead: the sentences around the caret, where the agent is looking, within a short budget, then
 * the full check. Typing never needs it: the per-sentence cache answers a keystroke in a few milliseconds.
 */

/** New text below this many characters is checked in one go (a typed word, a short macro). */
export const FIRST_LOOK_MIN_NEW_CHARS = 2_000;
/** The first look's share of the engine's time: its underlines reach the page within ~50 ms on a busy machine. */
export const FIRST_LOOK_BUDGET_MS = 20;

/** How many characters of `next` are new against `previous`: what lies between their common start and end. */
export function newCharacters(previous: string | null, next: string): number {
  if (previous === null) return next.length;
  const limit = Math.min(previous.length, next.length);
  let start = 0;
  while (start < limit && previous.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (end < limit - start && previous.charCodeAt(previous.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
  return next.length - start - end;
}

/** The first look a check of `next` should start with (the caret, else the end, first), or null when the check is quick anyway. */
export function firstLookFor(previous: string | null, next: string, caret: number | null): { at: number; budgetMs: number } | null {
  if (newCharacters(previous, next) < FIRST_LOOK_MIN_NEW_CHARS) return null;
  return { at: Math.max(0, Math.min(caret ?? next.length, next.length)), budgetMs: FIRST_LOOK_BUDGET_MS };
}
