/**
 * Chrome's service worker keeps the offscreen document that holds the engine: creates it when it is
 * missing (first start, or Chrome closed it), and tells whether a page's message reached it. Firefox
 * has no offscreen documents: `offscreenKeeper()` is null there and the background page is the engine.
 */
import { browser } from 'wxt/browser';
import { OFFSCREEN_PAGE } from '../engine-wire/chunks';
import { markStart } from '../engine-wire/start-marks';

export interface OffscreenKeeper {
  /** Creates the document if it is missing; resolves once it runs. */
  ensure(): Promise<void>;
  /**
   * For a message just received: 'delivered' when the document existed and so got the message too
   * (it answers), 'relay' when it had to be created first (the caller passes the message on).
   */
  received(): Promise<'delivered' | 'relay'>;
}

interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ContextsApi {
  getContexts(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

export interface KeeperApi {
  offscreen?: OffscreenApi;
  runtime: Partial<ContextsApi>;
}

export function offscreenKeeper(api: KeeperApi = browser as unknown as KeeperApi): OffscreenKeeper | null {
  const offscreen = api.offscreen;
  const getContexts = api.runtime.getContexts?.bind(api.runtime);
  if (!offscreen || !getContexts) return null;
  let creating: Promise<void> | null = null;
  /** How many creations this worker began: a document that appeared after a message arrived did not get it. */
  let creations = 0;
  const exists = async () => (await getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0;
  const ensure = (): Promise<void> =>
    (creating ??= (async () => {
      if (await exists()) return;
      creations += 1;
      markStart('offscreen-asked');
      await offscreen.createDocument({
        url: OFFSCREEN_PAGE,
        reasons: ['WORKERS'],
        justification: 'Runs Rapport’s text analysis once for the whole browser, in a worker, off the pages’ main threads.',
      });
      markStart('offscreen-created');
    })().finally(() => {
      creating = null;
    }));
  return {
    ensure,
    async received() {
      const before = creations;
      if (creating === null && (await exists()) && creations === before) return 'delivered';
      await ensure();
      return 'relay';
    },
  };
}
