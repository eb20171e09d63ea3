/**
 * The in-page fallback: the coach's own in-page checker (lib/coach/local-checker.ts: 8 ms slices, so
 * typing never waits behind it) over the rules the page reads. Used only when the browser's engine
 * cannot be reached; this module is in the fallback chunk, never in the coach's.
 */
import type { DraftChecker } from '../coach/checker';
import { createLocalChecker } from '../coach/local-checker';
import type { PageRules } from './page-rules';

export function createPageChecker(win: Window, rules: PageRules, signal: AbortSignal): DraftChecker {
  return createLocalChecker(win, signal, {
    get: async () => rules.current(),
    watch: (use) => rules.onChanged(() => use(rules.current())),
  });
}
