/**
 * Chrome's service worker keeps the offscreen document that holds the engine: creates it when it is
 * missing (first start, or Chrome closed it), and tells whether a page's message reached it. Firefox
 * has no offscreen documents: `offscreenKeeper()` is null there and the background page is the engine.
 */
import { browser } from 'wxt/browser';
import { OFFSCREEN_PAGE } from '../engine-wire/chunks';
import { markStart } from '../engine-wire/start-marks';

export interface OffscreenKeeper {
  /**
   * Creates the document if it is missing; resolves once it runs. `first`: ask Chrome to create it at once,
   * without asking first whether it exists (the service worker's very first statement: the request leaves
   * before the rest of the bundle is evaluated, not after it); an existing document makes that request fail,
   * which then counts as there.
   */
  ensure(first?: 'first'): Promise<void>;
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
  /** How many documents this worker created: one that appeared after a message arrived did not get it. */
  let created = 0;
  const exists = async () => (await getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0;
  const create = async () => {
    markStart('offscreen-asked');
    await offscreen.createDocument({
      url: OFFSCREEN_PAGE,
      reasons: ['WORKERS'],
      justification: 'Runs Rapport’s text analysis once for the whole browser, in a worker, off the pages’ main threads.',
    });
    created += 1;
    markStart('offscreen-created');
  };
  const ensure = (first?: 'first'): Promise<void> =>
    (creating ??= (async () => {
      if (first) {
        // Chrome allows one offscreen document: a refusal when one runs (the worker woke for a check) is no failure.
        await create().catch(async (error: unknown) => {
          if (!(await exists())) throw error;
        });
      } else if (!(await exists())) await create();
    })().finally(() => {
      creating = null;
    }));
  return {
    ensure,
    async received() {
      const before = created;
      // A creation under way may find the document already there (then the message reached it).
      if (creating) await creating.catch(() => undefined);
      if (created === before && (await exists())) return 'delivered';
      await ensure();
      return 'relay';
    },
  };
}
