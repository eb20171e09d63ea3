// First: in Chrome it starts the offscreen engine before the rest of this bundle is evaluated.
import { earlyOffscreen } from '../lib/engine-host/offscreen-first';
import { startActiveFrameTracker } from '../lib/background/active-frame';
import { startHistoryHandler } from '../lib/background/history-handler';
import { startAddedSites } from '../lib/background/site-scripts';
import { startToolbarBadge } from '../lib/background/toolbar-badge';
import { startEngineHost } from '../lib/engine-host/background';
import { backgroundEngineHost } from '../lib/engine-host/background-host';

export default defineBackground(() => {
  // Chrome's worker only relays to the offscreen engine: the build-time switch drops the analyzer from its bundle.
  if (import.meta.env.FIREFOX) startEngineHost({ host: backgroundEngineHost() });
  else if (earlyOffscreen) startEngineHost({ offscreen: earlyOffscreen });
  startHistoryHandler();
  startActiveFrameTracker();
  startAddedSites();
  startToolbarBadge();
});
