/**
 * The coach chunk, injected by the background into the one frame where the agent writes: starts
 * the coach with the browser's engine as its checker (and the in-page engine as the fallback).
 * Runs once per frame, however often it is injected.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DraftChecker } from '../coach/checker';
import { startCoach } from '../coach/start';
import { createPageChecker } from './page-checker';
import { watchPageRules } from './page-rules';
import { createRemoteChecker } from './remote-checker';
import { markFrame, publishEngineSite } from './test-hooks';
import { COACH_LOADED } from './watcher';
import { coachLoaded } from './page-watcher';

export function startInjectedCoach(): void {
  if (coachLoaded()) return;
  Object.defineProperty(globalThis, COACH_LOADED, { value: true });
  const ctx = new ContentScriptContext('rapport-coach');
  const rules = watchPageRules(ctx.signal);
  let fallback: DraftChecker | null = null;
  const checker = createRemoteChecker({
    send: (request) => browser.runtime.sendMessage(request),
    fallback: () => (fallback ??= createPageChecker(window, rules.current)),
    rules: rules.current,
    onRulesChanged: rules.onChanged,
    onRanIn: (site) => publishEngineSite(document, site),
  });
  startCoach(ctx, { checker });
  markFrame(document, 'coach');
}
