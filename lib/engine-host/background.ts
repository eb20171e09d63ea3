/**
 * The background's side: the one engine of the browser (Chrome's service worker, Firefox's event
 * page) answers every frame's checks, and loads the coach into the frame where the agent writes.
 * Messages come only from Rapport's own content scripts and pages (runtime messaging; no page can
 * send them), and every check request is still validated whole by the host.
 */
import { browser } from 'wxt/browser';
import { getActiveRules, watchActiveRules } from '../storage/rules';
import { createEngineHost } from './host';
import { isCheckRequestLike, isTryRequestLike } from './protocol';
import { COACH_SCRIPT, ENGINE_WARM, FALLBACK_SCRIPT, LOAD_FALLBACK } from './chunks';
import { LOAD_COACH } from './watcher';
import { engineLeftSilent } from './test-hooks';

interface Sender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

export function startEngineHost(): void {
  const host = createEngineHost({ loadRules: getActiveRules, ranIn: 'background' });
  watchActiveRules((rules) => host.replaceRules(rules));
  browser.tabs.onRemoved.addListener((tabId) => host.forgetTab(tabId));

  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => {
    if (isCheckRequestLike(message)) {
      if (engineLeftSilent(message)) return undefined;
      const from = sender.tab?.id !== undefined ? `${sender.tab.id}:${sender.frameId ?? 0}` : `page:${sender.url ?? ''}`;
      void host.handle(message, from).then(sendResponse);
      return true; // Answered asynchronously.
    }
    if (isTryRequestLike(message)) {
      // Only Rapport's own pages (the options page) try unsaved rules; a content script has no use for it.
      if (sender.tab !== undefined && !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
      sendResponse(host.tryRules(message));
      return undefined;
    }
    const type = (message as { type?: unknown } | null)?.type;
    if (type === ENGINE_WARM) {
      // Answered once warm: an open request is also what keeps Chrome from stopping the worker meanwhile.
      void host.warmUp().then(
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
      if (type === LOAD_COACH) void host.warmUp().catch(() => undefined);
      return true;
    }
    return undefined;
  });
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
