/**
 * Everything the coach reads from or hands to the extension's storage, as one small interface: the
 * features are tested against an in-memory fake, and `extensionCoachStorage` (extension-storage.ts)
 * is the real one over lib/storage. Every `watch` returns its unsubscribe.
 */
import type { Channel } from '../engine/channel';
import type { HistoryResponse } from '../messages/history';
import type { ReplyRecord } from '../stats/types';
import type { AddOutcome, IgnoredPhrases, IgnoreScope } from '../store-schema/ignored-list';
import type { Settings } from '../store-schema/settings';

export interface Watchable<T> {
  get(): Promise<T>;
  watch(callback: (value: T) => void): () => void;
}

export interface CoachStorage {
  /** The agent's settings (site switches, per-site reply-box selectors). */
  settings: Watchable<Settings>;
  /** "Pause for an hour": the time the pause ends, or null. */
  pausedUntil: Watchable<number | null>;
  /** The agent's channel choice for one hostname (popup), or null for "as the helpdesk says". */
  channel(host: string): Watchable<Channel | null>;
  /** "Don't flag this again": the lists, and adding to them. */
  ignoredPhrases: Watchable<IgnoredPhrases> & { add(phrase: string, scope: IgnoreScope): Promise<AddOutcome> };
  /** Hands one sent reply's record (scores and counts, never text) to the background. */
  recordReply(record: ReplyRecord): Promise<HistoryResponse>;
}
