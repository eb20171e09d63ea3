/**
 * The background's side: loads the coach into the frame where the agent writes, and runs the one
 * engine of the browser — in Chrome the offscreen document's worker (which outlives the service
 * worker; this worker keeps it, sends it the stored rule values raw, which the engine validates and
 * compiles, and relays to it the options page's test bench: the worker itself holds no engine and no
 * rule code), in Firefox this background page itself (background-host.ts, which reads its own rules).
 * Messages come only from Rapport's own content scripts and pages (runtime messaging; no page can
 * send them), and every check request is still validated whole by the host.
 */
import { browser } from 'wxt/browser';
import { keptRuleSources, watchRuleChanges } from '../storage/rule-sources';
import type { EngineHost } from './host';
import { ENGINE_TRY_RELAY, type TryRelay } from './try-relay';
import { isCheckRequestLike, isTryRequestLike } from '../engine-wire/wire';
import { COACH_SCRIPT, ENGINE_RELAY, ENGINE_WARM, FALLBACK_SCRIPT, LOAD_COACH, LOAD_FALLBACK, RULES_PUSH, RULES_REQUEST, TAB_CLOSED } from '../engine-wire/chunks';
import type { OffscreenKeeper } from './offscreen-keeper';
import { engineLeftSilent } from '../engine-wire/test-hooks';

interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/**
 * Where the engine runs: Chrome's offscreen document (its keeper, started by offscreen-first.ts), or Firefox's
 * background page (its host, loaded while the listeners are already in place).
 */
export type BackgroundEngine = { offscreen: OffscreenKeeper; host?: never } | { host: Promise<EngineHost>; offscreen?: never };

export function startEngineHost(engine: BackgroundEngine): void {
  const { offscreen, host } = engine;
  // Tells the offscreen engine, if it runs; it asks for the rules itself when it starts.
  const tellOffscreen = (message: unknown) => void browser.runtime.sendMessage(message).catch(() => undefined);
  // Read now, while the offscreen engine starts, which asks for them before its first check.
  const ruleSources = offscreen ? keptRuleSources() : null;
  if (ruleSources) watchRuleChanges(ruleSources, (sources) => tellOffscreen({ type: RULES_PUSH, sources }));
  browser.tabs.onRemoved.addListener((tabId) => {
    void host?.then((engineHost) => engineHost.forgetTab(tabId));
    if (offscreen) tellOffscreen({ type: TAB_CLOSED, tabId });
  });
  // Every start of this worker makes sure the engine is there (after a crash, an update, or Chrome closing it).
  const start = () => void offscreen?.ensure().catch((error: unknown) => console.warn('[Rapport] could not start the offscreen engine', error));
  start();
  // A listener for the browser's start makes Chrome start this worker then, so the engine is warm before
  // the first reply box of the day instead of starting on the first focus (its memory is held from then on).
  if (offscreen) browser.runtime.onStartup.addListener(start);

  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => {
    if (isCheckRequestLike(message)) {
      if (engineLeftSilent(message)) return undefined;
      const from = sender.tab?.id !== undefined ? `${sender.tab.id}:${sender.frameId ?? 0}` : `page:${sender.url ?? ''}`;
      if (offscreen) {
        // The offscreen engine got the message too and answers it, unless it had to be started first.
        void offscreen.received().then(
          async (route) => route === 'relay' && sendResponse(await browser.runtime.sendMessage({ type: ENGINE_RELAY, request: message, from })),
          () => sendResponse(undefined), // No engine: the page checks in the page.
        );
        return true;
      }
      void host.then((engineHost) => engineHost.handle(message, from)).then(sendResponse, () => sendResponse(undefined));
      return true; // Answered asynchronously.
    }
    if (ruleSources && (message as { type?: unknown } | null)?.type === RULES_REQUEST && sender.tab === undefined && sender.id === browser.runtime.id) {
      void ruleSources().then(
        (sources) => sendResponse({ sources }),
        (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }),
      );
      return true;
    }
    if (isTryRequestLike(message)) {
      // Only Rapport's own pages (the options page) try unsaved rules; a content script has no use for it.
      if (sender.tab !== undefined && !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
      void (host ? host.then((engineHost) => engineHost.tryRules(message)) : relayTry(offscreen, message)).then(sendResponse, (error: unknown) =>
        sendResponse({ ok: false, message: `Rapport’s engine did not answer: ${error instanceof Error ? error.message : String(error)}` }),
      );
      return true;
    }
    const type = (message as { type?: unknown } | null)?.type;
    if (type === ENGINE_WARM) {
      // Chrome: the offscreen engine answers (it warms itself up when it starts).
      if (offscreen) {
        void offscreen.ensure().catch(() => undefined);
        return undefined;
      }
      // Answered once warm.
      void host.then((engineHost) => engineHost.warmUp()).then(
        () => sendResponse({ warm: true }),
        () => sendResponse({ warm: false }),
      );
      return true;
    }
    if (type === LOAD_COACH || type === LOAD_FALLBACK) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      void inject(tabId, sender.frameId ?? 0, type === LOAD_COACH ? COACH_SCRIPT : FALLBACK_SCRIPT).then(sendResponse);
      // The agent is about to write: compile the rules and start the tagger now, not on the first keystroke.
      if (type === LOAD_COACH) void (offscreen ? offscreen.ensure() : host.then((engineHost) => engineHost.warmUp())).catch(() => undefined);
      return true;
    }
    return undefined;
  });
}

/** The offscreen engine ignores the page's own try request (it would answer it twice): it takes the relayed one. */
async function relayTry(offscreen: OffscreenKeeper, request: unknown): Promise<unknown> {
  try {
    await offscreen.ensure();
    return await browser.runtime.sendMessage({ type: ENGINE_TRY_RELAY, request } satisfies TryRelay);
  } catch (error) {
    return { ok: false, message: `Rapport’s engine did not answer: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function inject(tabId: number, frameId: number, file: typeof COACH_SCRIPT | typeof FALLBACK_SCRIPT): Promise<{ loaded: boolean; error?: string }> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    return { loaded: true };
  } catch (error) {
    console.warn(`[Rapport] could not load ${file} into a frame`, error);
    return { loaded: false, error: error instanceof Error ? error.message : String(error) };
  }
}
