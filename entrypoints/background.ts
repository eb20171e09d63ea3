// First: in Chrome it starts the offscreen engine before the rest of this bundle is evaluated.
import { earlyOffscreen } from '../lib/engine-host/offscreen-first';
import { startActiveFrameTracker } from '../lib/background/active-frame';
import { startHistoryHandler } from '../lib/background/history-handler';
import { startAddedSites } from '../lib/background/site-scripts';
import { startToolbarBadge } from '../lib/background/toolbar-badge';
import { startEngineHost } from '../lib/engine-host/background';

export default defineBackground(() => {
  startEngineHost(earlyOffscreen);
  startHistoryHandler();
  startActiveFrameTracker();
  startAddedSites();
  startToolbarBadge();
});
