/**
 * Firefox: the background page is the browser's one engine (no offscreen documents there). Kept out
 * of background.ts so Chrome's service worker, which only relays to the offscreen engine, bundles no
 * compromise and no analyzer.
 */
import { getActiveRules } from '../storage/rules';
import { createEngineHost, type EngineHost } from './host';

export function backgroundEngineHost(): EngineHost {
  return createEngineHost({ loadRules: getActiveRules, ranIn: 'background' });
}
