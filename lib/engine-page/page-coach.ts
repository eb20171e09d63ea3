/**
 * The coach chunk, injected by the background into the one frame where the agent writes: starts
 * the coach with the browser's engine as its checker. The in-page engine (the fallback) is not in this
 * chunk: it is injected into this frame only if the browser's engine cannot be reached.
 * Runs once per frame, however often it is injected.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startCoach } from '../coach/start';
import { ENGINE_WARM } from '../engine-wire/chunks';
import { forEachDocumentGeneration } from './document-generations';
import { engineLine } from './engine-port';
import { pageFallbackLoader, throttledWarm } from './fallback-loader';
import { createRemoteChecker } from './remote-checker';
import { watchRuleChanges } from './rules-changed';
import { markFrame, publishEngineSite } from './test-hooks';
import { COACH_LOADED, mayBeReplyBox } from './watcher';
import { coachLoaded } from './page-watcher';

/** Focus can bounce between a reply box and its toolbar: one warm-up message a second is enough. */
const WARM_EVERY_MS = 1_000;

export function startInjectedCoach(): void {
  if (coachLoaded()) return;
  Object.defineProperty(globalThis, COACH_LOADED, { value: true });
  const ctx = new ContentScriptContext('rapport-coach');
  const ruleChanges = watchRuleChanges(ctx.signal);
  const oneOff = (message: unknown) => browser.runtime.sendMessage(message);
  // Chrome: checks and warm-ups go on a port to the offscreen engine, which works past a stopped service
  // worker once open: opened now (the worker is awake, it just loaded this chunk) and on each warm-up.
  // Firefox has no offscreen document: its background page answers one-off messages.
  const engine = import.meta.env.FIREFOX
    ? null
    : engineLine((name) => {
        const port = browser.runtime.connect({ name });
        // Nobody took the port (no offscreen document yet): expected, and answered the other way.
        port.onDisconnect.addListener(() => void browser.runtime.lastError);
        return port;
      }, oneOff);
  engine?.open();
  const toEngine = engine ? (message: unknown, abandon?: AbortSignal) => engine.send(message, abandon) : oneOff;
  // Each focus in a reply box (at most every WARM_EVERY_MS) starts a stopped engine before the first check needs it.
  const warm = throttledWarm(() => {
    engine?.open();
    void toEngine({ type: ENGINE_WARM }).catch(() => undefined);
  }, WARM_EVERY_MS);
  const onFocus = (event: FocusEvent) => {
    if (mayBeReplyBox(event.composedPath()[0] ?? event.target)) warm();
  };
  const checker = createRemoteChecker({
    send: toEngine,
    fallback: pageFallbackLoader(
      (message) => browser.runtime.sendMessage(message),
      (createPageChecker) => createPageChecker(window, ctx.signal),
    ),
    warm,
    onRulesChanged: ruleChanges.onChanged,
    onRanIn: (site) => publishEngineSite(document, site),
  });
  // A coach per document: document.open() (CKEditor 4's setData) replaces this frame's content and
  // erases the old coach's listeners and UI, so a fresh coach starts there, the old one stopped first.
  forEachDocumentGeneration(document, ctx.signal, (generation) => {
    const documentCtx = new ContentScriptContext('rapport-coach-document', { noScriptStartedPostMessage: true });
    generation.addEventListener('abort', () => documentCtx.abort('document replaced'), { once: true });
    documentCtx.addEventListener(document, 'focusin', onFocus, { capture: true, passive: true });
    startCoach(documentCtx, { checker });
    markFrame(document, 'coach');
  });
}
