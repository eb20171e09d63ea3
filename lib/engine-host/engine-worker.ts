/**
 * Chrome: the one engine of the browser, in a worker of the offscreen document (off every main thread,
 * and alive while the service worker sleeps). The offscreen document relays the pages' checks here and
 * fetches the stored rule values for it, and relays the options page's test bench (a worker has no
 * extension API at all). The rules are validated and compiled here, not in the service worker.
 */
import { createEngineHost } from './host';
import { sourceRules } from './source-rules';
import { createLink } from '../engine-wire/worker-link';
import { nlp } from '../nlp/nlp';
import { markStart, startMarks } from '../engine-wire/start-marks';

export function startEngineWorker(scope: { postMessage(message: unknown): void; addEventListener(type: 'message', listener: (event: MessageEvent) => void): void }): void {
  markStart('engine-evaluated');
  const rulesOf = sourceRules();
  const loadRules = async () => {
    const sources = await link.call('loadRules');
    markStart('rules-arrived');
    return rulesOf(sources);
  };
  const host = createEngineHost({ loadRules, ranIn: 'offscreen' });
  const link = createLink(
    (message) => scope.postMessage(message),
    (handler) => scope.addEventListener('message', (event) => handler(event.data)),
    new Map<string, (...args: unknown[]) => unknown>([
      ['check', (request, from) => host.handle(request, String(from))],
      ['warm', () => host.warmUp()],
      ['try', (request) => host.tryRules(request)],
      ['replaceSources', (sources) => host.replaceRules(rulesOf(sources))],
      ['forgetTab', (tabId) => host.forgetTab(Number(tabId))],
      ['marks', () => startMarks()],
    ]),
  );
  // Start at once: by the time a page asks, the rules are compiled and the tagger has run. The rules come
  // from the service worker, which may still be starting: the tagger's first run (its lazy set-up)
  // happens meanwhile, while this worker would otherwise only wait.
  void host.warmUp().catch(() => undefined);
  nlp('Hi there, you need to restart the router. Thanks for waiting.').json();
  markStart('tagger-first-run');
}
