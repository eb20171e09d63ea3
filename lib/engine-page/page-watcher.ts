/** The composer content script's whole job in a frame: watch for a reply box, and answer the popup until the coach is here. */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LOAD_COACH } from '../engine-wire/chunks';
import { COACH_LOADED, watchForReplyBox } from './watcher';
import { markFrame } from './test-hooks';

export function startWatcher(ctx: ContentScriptContext): void {
  markFrame(document, 'watcher');
  watchForReplyBox(document, {
    signal: ctx.signal,
    load: () => browser.runtime.sendMessage({ type: LOAD_COACH }).then((answer: unknown) => (answer as { loaded?: unknown } | null)?.loaded === true),
  });
  // The popup asks the frame it last saw a draft in, or the top frame: with no coach here yet, there is no draft.
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if ((message as { type?: unknown } | null)?.type !== 'rapport:snapshot' || coachLoaded()) return undefined;
    sendResponse({ snapshot: null });
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

export const coachLoaded = (): boolean => Object.hasOwn(globalThis, COACH_LOADED);
