/**
 * Chrome: the options page's test bench asks the service worker, which holds no engine, and the
 * worker passes the request on to the offscreen engine under this type (from the worker only).
 */
export const ENGINE_TRY_RELAY = 'rapport:engine-try-relay';

export interface TryRelay {
  type: typeof ENGINE_TRY_RELAY;
  request: unknown;
}
