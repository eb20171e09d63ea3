/**
 * Chrome's offscreen document: the pages' checks reach it over runtime messaging like any extension
 * context, and it hands them to the engine in its worker. It outlives the service worker, so a check
 * after Chrome stopped an idle worker finds the engine warm. It can read no storage (an offscreen
 * document gets only `chrome.runtime`): the service worker sends it the stored rule values, which its
 * worker validates and resolves.
 */
import { browser } from 'wxt/browser';
import { ENGINE_PORT, ENGINE_RELAY, ENGINE_WARM, RULES_PUSH, RULES_REQUEST, TAB_CLOSED } from '../engine-wire/chunks';
import { engineLeftSilent, TEST_BUILD } from '../engine-wire/test-hooks';
import { START_MARKS, startMarks, type StartMarks } from '../engine-wire/start-marks';
import { isCheckRequestLike, type CheckResponse, type PortAnswer, type PortRequest } from '../engine-wire/wire';
import { createLink } from '../engine-wire/worker-link';
import { ENGINE_TRY_RELAY } from './try-relay';

interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

interface Port {
  name: string;
  sender?: Sender;
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}

export function startOffscreenEngine(worker: Worker): void {
  // Asked for now, while the worker loads and evaluates the engine (seconds on a loaded machine): its first
  // request takes this answer instead of waiting then for a round trip through the service worker. Taken
  // once; a push of new rules drops it unused, so the worker is never handed rules older than a push.
  let early: Promise<unknown> | null = loadRules();
  early.catch(() => undefined);
  const rulesForWorker = (): Promise<unknown> => {
    const answer = early ? early.catch(() => loadRules()) : loadRules();
    early = null;
    return answer;
  };
  const link = createLink(
    (message) => worker.postMessage(message),
    (handler) => worker.addEventListener('message', (event) => handler(event.data)),
    new Map([['loadRules', rulesForWorker]]),
  );
  const check = (request: unknown, from: string): Promise<CheckResponse> =>
    (link.call('check', request, from) as Promise<CheckResponse>).catch((error: unknown) => ({
      ok: false,
      reason: 'failed',
      message: error instanceof Error ? error.message : String(error),
    }));

  // The pages' checks and warm-ups on a long-lived port each (lib/engine-page/engine-port.ts): the
  // service worker listens for no port, and messages on an open port reach this document even while
  // Chrome has stopped the idle worker.
  browser.runtime.onConnect.addListener((port: Port) => {
    const tabId = port.sender?.tab?.id;
    if (port.name !== ENGINE_PORT || tabId === undefined || port.sender?.id !== browser.runtime.id) return;
    const from = `${tabId}:${port.sender?.frameId ?? 0}`;
    port.onMessage.addListener((raw: unknown) => {
      const { id, message } = (raw ?? {}) as Partial<PortRequest>;
      if (typeof id !== 'number') return;
      const reply = (answer: PortAnswer) => {
        try {
          port.postMessage(answer);
        } catch {
          // The frame went away meanwhile.
        }
      };
      if (isCheckRequestLike(message) && !engineLeftSilent(message)) {
        void check(message, from).then((answer) => reply({ id, answer }));
      } else if ((message as { type?: unknown } | null)?.type === ENGINE_WARM) {
        void link.call('warm').then(
          () => reply({ id, answer: { warm: true } }),
          () => reply({ id, answer: { warm: false } }),
        );
      } else {
        // Not this port's business (or a test build's silent draft): the page sends it the other way.
        reply({ id, unanswered: true });
      }
    });
  });

  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (isCheckRequestLike(message) && sender.tab?.id !== undefined) {
      if (engineLeftSilent(message)) return undefined;
      void check(message, `${sender.tab.id}:${sender.frameId ?? 0}`).then(sendResponse);
      return true;
    }
    if (type === ENGINE_WARM) {
      void link.call('warm').then(
        () => sendResponse({ warm: true }),
        () => sendResponse({ warm: false }),
      );
      return true;
    }
    // The rest comes only from the service worker (an extension context, not a tab).
    if (sender.tab !== undefined || sender.id !== browser.runtime.id) return undefined;
    if (type === RULES_PUSH) {
      early = null;
      void link.call('replaceSources', (message as { sources: unknown }).sources);
    }
    if (TEST_BUILD && type === START_MARKS) {
      void link.call('marks').then((worker) => sendResponse([...startMarks(), ...(worker as StartMarks)]), () => sendResponse(startMarks()));
      return true;
    }
    if (type === TAB_CLOSED) void link.call('forgetTab', (message as { tabId: unknown }).tabId);
    if (type === ENGINE_RELAY) {
      const { request, from } = message as { request: unknown; from: unknown };
      if (engineLeftSilent(request)) return undefined;
      void check(request, String(from)).then(sendResponse);
      return true;
    }
    if (type === ENGINE_TRY_RELAY) {
      // The options page's test bench, relayed by the worker (the page's own request is not answered here).
      void link.call('try', (message as { request: unknown }).request).then(sendResponse, (error: unknown) =>
        sendResponse({ ok: false, message: error instanceof Error ? error.message : String(error) }),
      );
      return true;
    }
    return undefined;
  });
}

/** The stored rule values, raw: the engine's worker validates and resolves them. */
async function loadRules(): Promise<unknown> {
  const answer = (await browser.runtime.sendMessage({ type: RULES_REQUEST })) as { sources?: unknown; error?: unknown } | undefined;
  if (typeof answer?.sources !== 'object' || answer.sources === null) throw new Error(`the rules could not be read: ${String(answer?.error ?? 'no answer')}`);
  return answer.sources;
}
