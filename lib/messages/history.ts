/**
 * The daily tone history's messages: what pages send the background (its single writer) and what it
 * answers. Pure types and guards; lib/background/history-handler.ts answers them.
 */
import type { HistorySettings, ReplyRecord } from '../stats/types';

export const RECORD_REPLY = 'rapport:record-reply';
export const ERASE_HISTORY = 'rapport:erase-history';
export const UPDATE_HISTORY_SETTINGS = 'rapport:update-history-settings';
export const DISMISS_HISTORY_NOTICE = 'rapport:dismiss-history-notice';
export const RETRY_HISTORY_WRITES = 'rapport:retry-history-writes';

export type HistoryMessage =
  | { type: typeof RECORD_REPLY; entry: ReplyRecord }
  | { type: typeof ERASE_HISTORY }
  | { type: typeof UPDATE_HISTORY_SETTINGS; settings: HistorySettings }
  | { type: typeof DISMISS_HISTORY_NOTICE }
  | { type: typeof RETRY_HISTORY_WRITES };

export type HistoryResponse =
  | { ok: true; counted?: boolean; duplicate?: boolean; settings?: HistorySettings; /** Not written yet: kept and retried (storage full). */ queued?: boolean; pending?: number }
  | { ok: false; error: string };

const MESSAGE_TYPES: ReadonlySet<string> = new Set([RECORD_REPLY, ERASE_HISTORY, UPDATE_HISTORY_SETTINGS, DISMISS_HISTORY_NOTICE, RETRY_HISTORY_WRITES]);

export function isHistoryMessage(message: unknown): message is HistoryMessage {
  return typeof message === 'object' && message !== null && MESSAGE_TYPES.has((message as { type?: unknown }).type as string);
}
