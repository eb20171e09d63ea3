/**
 * Remembers, per tab, which frame's editor the agent used last (the coach announces it), in
 * storage.session: it survives the service worker going to sleep and is gone with the browser. The
 * popup reads it through lib/storage/active-frame.ts.
 */
import { browser } from 'wxt/browser';
import { FRAME_ACTIVE } from '../messages/tab-status';
import { activeFrameKey } from '../storage/active-frame';

export function startActiveFrameTracker(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if ((message as { type?: unknown } | null)?.type !== FRAME_ACTIVE) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    void browser.storage.session.set({ [activeFrameKey(tabId)]: sender.frameId ?? 0 });
    return undefined;
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(activeFrameKey(tabId)));
}
