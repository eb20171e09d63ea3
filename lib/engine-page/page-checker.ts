/**
 * The in-page fallback: the coach's own in-page checker (lib/coach/local-checker.ts: 8 ms slices, so
 * typing never waits behind it) over the rules this page reads from storage. Used only when the
 * browser's engine cannot be reached; this module (and the pack's parsing) is in the fallback chunk,
 * never in the coach's.
 */
import type { DraftChecker } from '../coach/checker';
import { createLocalChecker } from '../coach/local-checker';
import { watchPageRules, type PageRules } from './page-rules';

/** `rules`: where the pack comes from (storage, read and validated in this page; tests pass their own). */
export function createPageChecker(win: Window, signal: AbortSignal, rules: PageRules = watchPageRules(signal)): DraftChecker {
  return createLocalChecker(win, signal, {
    get: async () => rules.current(),
    watch: (use) => rules.onChanged(() => use(rules.current())),
  });
}
