/**
 * The daily tone history's storage items, read and watched from any extension context. Only the
 * background writes them (lib/background/history-writer.ts); pages record a reply through
 * lib/content/record-reply.ts and change history through lib/pages/history-requests.ts.
 *
 * Only counts, scores, a hostname and a time are stored; never a reply's or a customer's words.
 */
import { storage } from 'wxt/utils/storage';
import { emptyHistory } from '../stats/aggregate';
import { DEFAULT_HISTORY_SETTINGS, parseHistory, parseHistorySettings, type ParseResult } from '../stats/schema';
import type { HistorySettings, HistoryState } from '../stats/types';

export const HISTORY_KEY = 'local:toneHistory';
const HISTORY_SETTINGS_KEY = 'local:toneHistorySettings';

/**
 * Defined on first use rather than at import: `defineItem` reads storage as soon as it runs, and
 * this module is also imported by pages and by Node tests that never touch these items.
 */
let items:
  | {
      history: ReturnType<typeof storage.defineItem<HistoryState>>;
      settings: ReturnType<typeof storage.defineItem<HistorySettings>>;
    }
  | undefined;

export function historyItems() {
  items ??= {
    // v1. Future shapes add `migrations: { 2: (v1) => v2 }`; migrations are pure functions.
    history: storage.defineItem<HistoryState>(HISTORY_KEY, { fallback: emptyHistory(), version: 1, migrations: {} }),
    settings: storage.defineItem<HistorySettings>(HISTORY_SETTINGS_KEY, {
      fallback: structuredClone(DEFAULT_HISTORY_SETTINGS),
      version: 1,
      migrations: {},
    }),
  };
  return items;
}

/** The stored history, repaired where unreadable (`corrupt` says so). Never throws on bad data. */
export async function readHistory(): Promise<ParseResult<HistoryState>> {
  return parseHistory(await historyItems().history.getValue());
}

/** The history's own settings (retention, nudge), defaults where unreadable. */
export async function readHistorySettings(): Promise<ParseResult<HistorySettings>> {
  return parseHistorySettings(await historyItems().settings.getValue());
}

/** Calls back with the parsed history whenever it changes. Returns the unwatch function. */
export function watchHistory(callback: (history: ParseResult<HistoryState>) => void): () => void {
  return historyItems().history.watch((value) => callback(parseHistory(value)));
}

export function watchHistorySettings(callback: (settings: ParseResult<HistorySettings>) => void): () => void {
  return historyItems().settings.watch((value) => callback(parseHistorySettings(value)));
}
