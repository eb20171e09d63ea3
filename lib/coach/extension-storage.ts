/** The coach's storage over the extension's own storage modules (lib/storage). */
import { getSiteChannel, watchSiteChannel } from '../storage/channel';
import { recordReply } from '../content/record-reply';
import { getIgnoredPhrases, ignorePhrase, watchIgnoredPhrases } from '../storage/ignored-phrases';
import { getPausedUntil, watchPause } from '../storage/pause';
import { getSettings, watchSettings } from '../storage/settings';
import type { CoachStorage } from './coach-storage';

export const extensionCoachStorage: CoachStorage = {
  settings: { get: getSettings, watch: watchSettings },
  pausedUntil: { get: getPausedUntil, watch: watchPause },
  channel: (host) => ({ get: () => getSiteChannel(host), watch: (callback) => watchSiteChannel(host, callback) }),
  ignoredPhrases: { get: getIgnoredPhrases, watch: watchIgnoredPhrases, add: ignorePhrase },
  recordReply: (record) => recordReply(record),
};
