/**
 * For tests of storage code: installs WXT's in-memory fakeBrowser as the global `browser` and
 * `chrome`. Import it inside `vi.hoisted`, before anything imports wxt/browser:
 *   const { fakeBrowser } = await vi.hoisted(() => import('…/testing/fake-browser-global'));
 */
import { vi } from 'vitest';

// Imported dynamically: a static import came back undefined when this module is itself loaded from vi.hoisted.
export const { fakeBrowser } = await import('wxt/testing/fake-browser');
vi.stubGlobal('browser', fakeBrowser);
vi.stubGlobal('chrome', fakeBrowser);

/**
 * Makes storage.local refuse to store the tone history, with Chrome's quota error, while `isFull()`
 * is true (as Chrome does once an extension's data passes QUOTA_BYTES). Call it after `fakeBrowser.reset()`.
 */
export function failHistoryWritesWhen(isFull: () => boolean): void {
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    if (isFull() && Object.keys(items).some((k) => k.startsWith('toneHistory'))) throw new Error('QUOTA_BYTES quota exceeded');
    return set(items);
  });
}
