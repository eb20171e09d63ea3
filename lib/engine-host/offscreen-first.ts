/**
 * Chrome: starts the offscreen engine before the service worker evaluates the rest of its bundle.
 * The background entrypoint imports this module first, so the offscreen document and its worker start
 * evaluating the engine (compromise, the default pack, the analyzer: seconds on a loaded machine) in
 * their own process as early as possible; the service worker's own bundle holds none of them (it reads
 * the stored rule values raw for the engine). Only `wxt/browser` and the chunk names come with it.
 */
import { markStart, publishStartMarks } from '../engine-wire/start-marks';
import { offscreenKeeper, type OffscreenKeeper } from './offscreen-keeper';

export const earlyOffscreen: OffscreenKeeper | null = startFirst();

function startFirst(): OffscreenKeeper | null {
  // WXT evaluates the entrypoint in Node at build time to read its options: no extension there.
  const runtime = (globalThis as { chrome?: { runtime?: { id?: unknown } } }).chrome?.runtime;
  if (typeof runtime?.id !== 'string') return null;
  markStart('sw-start');
  publishStartMarks(globalThis);
  const keeper = offscreenKeeper();
  void keeper?.ensure('first').catch((error: unknown) => console.warn('[Rapport] could not start the offscreen engine', error));
  return keeper;
}
