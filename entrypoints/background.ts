import { startActiveFrameTracker } from '../lib/background/active-frame';
import { startHistoryHandler } from '../lib/background/history-handler';
import { startAddedSites } from '../lib/background/site-scripts';

export default defineBackground(() => {
  startHistoryHandler();
  startActiveFrameTracker();
  startAddedSites();
});
