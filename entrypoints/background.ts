// First: in Chrome it starts the offscreen engine before the rest of this bundle is evaluated.
import { earlyOffscreen } from '../lib/engine-host/offscreen-first';
import { startActiveFrameTracker } from '../lib/background/active-frame';
import { startHistoryHandler } from '../lib/background/history-handler';
import { startAddedSites } from '../lib/background/site-scripts';
import { startToolbarBadge } from '../lib/background/toolbar-badge';
import { startEngineHost } from '../lib/engine-host/background';
import { markStart } from '../lib/engine-wire/start-marks';

export default defineBackground(() => {
  // Chrome's worker only relays to the offscreen engine and holds no rule code: the build-time switch drops
  // Firefox's engine (compromise, the rule schema, the analyzer) from its bundle, which a static import would
  // keep for their module-level work. The listeners are still added now; they wait for the engine.
  if (import.meta.env.FIREFOX) {
    startEngineHost({
      host: import('../lib/engine-host/background-host').then(({ backgroundEngineHost }) => {
        markStart('engine-evaluated'); // compromise (its packed lexicon unpacked), the default pack, the analyzer's code
        return backgroundEngineHost();
      }),
    });
  } else if (earlyOffscreen) startEngineHost({ offscreen: earlyOffscreen });
  startHistoryHandler();
  startActiveFrameTracker();
  startAddedSites();
  startToolbarBadge();
  markStart('sw-evaluated');
});
