/**
 * Signals for the browser tests about where things run, compiled in only with
 * `WXT_RAPPORT_TEST_HOOKS=1` (like lib/coach/test-hooks.ts): which frames hold only the watcher, which
 * ones loaded the coach, and where the last analysis ran. A release build sets none of them.
 */
import { TEST_HOOKS } from '../coach/test-hooks';
import type { EngineSite } from '../engine-wire/protocol';

export function markFrame(doc: Document, part: 'watcher' | 'coach'): void {
  if (TEST_HOOKS) doc.documentElement?.setAttribute(`data-rapport-${part}`, '');
}

export function publishEngineSite(doc: Document, site: EngineSite): void {
  if (TEST_HOOKS) doc.documentElement?.setAttribute('data-rapport-engine', site);
}
