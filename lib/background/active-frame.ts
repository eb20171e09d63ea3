/**
 * Remembers, per tab, which frame's editor the agent used last (a helpdesk page may hold editors in
 * several frames, e.g. TinyMCE's), so the popup asks that frame about the draft. Kept in
 * storage.session: it survives the service worker going to sleep and is gone with the browser.
 */
import { browser } from 'wxt/browser';

export const FRAME_ACTIVE = 'rapport:frame-active';

export const activeFrameKey = (tabId: number) => `activeFrame:${tabId}`;

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

/** The frame the popup should ask: the one used last, or the top frame. */
export async function activeFrame(tabId: number): Promise<number> {
  const key = activeFrameKey(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  return typeof stored === 'number' ? stored : 0;
}
