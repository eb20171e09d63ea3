/**
 * Which frame of a tab holds the editor the agent used last (a helpdesk page may hold editors in
 * several frames, e.g. TinyMCE's), kept in storage.session: the background writes it
 * (lib/background/active-frame.ts), the popup reads it to ask that frame about the draft.
 */
import { browser } from 'wxt/browser';

export const activeFrameKey = (tabId: number) => `activeFrame:${tabId}`;

/** The frame the popup should ask: the one used last, or the top frame. */
export async function activeFrame(tabId: number): Promise<number> {
  const key = activeFrameKey(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  return typeof stored === 'number' ? stored : 0;
}
