import { startActiveFrameTracker } from '../lib/background/active-frame';
import { startHistoryHandler } from '../lib/background/history-handler';
import { startAddedSites } from '../lib/background/site-scripts';
import { startToolbarBadge } from '../lib/background/toolbar-badge';
import { startEngineHost } from '../lib/engine-host/background';

export default defineBackground(() => {
  // First: in Chrome it starts the offscreen engine, which takes longest to be ready.
  startEngineHost();
  startHistoryHandler();
  startActiveFrameTracker();
  startAddedSites();
  startToolbarBadge();
});
