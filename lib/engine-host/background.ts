/**
 * The background's side: the one engine of the browser (Chrome's service worker, Firefox's event
 * page) answers every frame's checks, and loads the coach into the frame where the agent writes.
 * Messages come only from Rapport's own content scripts and pages (runtime messaging; no page can
 * send them), and every check request is still validated whole by the host.
 */
import { browser } from 'wxt/browser';
import { getActiveRules, watchActiveRules } from '../storage/rules';
import { createEngineHost } from './host';
import { isCheckRequestLike } from './protocol';
import { LOAD_COACH } from './watcher';
import { engineLeftSilent } from './test-hooks';

/** The unlisted coach script (entrypoints/coach.ts), built to the extension's root. */
export const COACH_SCRIPT = '/coach.js';

interface Sender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

export function startEngineHost(): void {
  const host = createEngineHost({ loadRules: getActiveRules, ranIn: 'background' });
  watchActiveRules((rules) => host.useRules(rules));
  browser.tabs.onRemoved.addListener((tabId) => host.forgetTab(tabId));

  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => {
    if (isCheckRequestLike(message)) {
      if (engineLeftSilent(message)) return undefined;
      const from = sender.tab?.id !== undefined ? `${sender.tab.id}:${sender.frameId ?? 0}` : `page:${sender.url ?? ''}`;
      void host.handle(message, from).then(sendResponse);
      return true; // Answered asynchronously.
    }
    if ((message as { type?: unknown } | null)?.type === LOAD_COACH) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      void loadCoach(tabId, sender.frameId ?? 0).then(sendResponse);
      // The agent is about to write: compile the rules and start the tagger now, not on the first keystroke.
      void host.warmUp().catch(() => undefined);
      return true;
    }
    return undefined;
  });
}

async function loadCoach(tabId: number, frameId: number): Promise<{ loaded: boolean; error?: string }> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [COACH_SCRIPT] });
    return { loaded: true };
  } catch (error) {
    console.warn('[Rapport] could not load the coach into a frame', error);
    return { loaded: false, error: error instanceof Error ? error.message : String(error) };
  }
}
