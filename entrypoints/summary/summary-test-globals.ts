/**
 * For the summary page's jsdom tests: WXT's in-memory browser as the global `browser` and `chrome`, and a
 * no-op ResizeObserver (recharts sizes its responsive charts with one; jsdom has none). Import it inside
 * `vi.hoisted`, before anything imports wxt/browser.
 */
import { vi } from 'vitest';

vi.stubGlobal(
  'ResizeObserver',
  class {
    observe() {}
    unobserve() {}
    disconnect() {}
  },
);

export { failHistoryWritesWhen, fakeBrowser } from '../../lib/storage/testing/fake-browser-global';
