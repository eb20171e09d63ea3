/**
 * Firefox: the background page is the browser's one engine (no offscreen documents there): it reads the
 * rules in effect itself and follows their changes. Kept out of background.ts so Chrome's service
 * worker, which only relays to the offscreen engine and passes it the stored rule values raw, bundles
 * no compromise, no rule schema and no analyzer.
 */
import { getActiveRules, watchActiveRules } from '../storage/rules';
import { createEngineHost, type EngineHost } from './host';

export function backgroundEngineHost(): EngineHost {
  const host = createEngineHost({ loadRules: getActiveRules, ranIn: 'background' });
  watchActiveRules((rules) => host.replaceRules(rules));
  return host;
}
