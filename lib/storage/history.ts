/**
 * The daily tone history: its storage items, the message pages use to record a sent reply, and the
 * single writer that runs in the background.
 *
 * - Pages (content scripts) call `recordReply(entry)`. It sends `{type: 'rapport:record-reply', entry}`
 *   to the background and retries with the same id, so a retried message counts once.
 * - The background owns the only `HistoryWriter`. Every write is a read-merge-write run one at a time
 *   on a promise queue, so replies from several tabs at once are never lost.
 * - The summary page reads with `readHistory()` / `readSettings()` and watches for changes.
 *
 * Only counts, scores, a hostname and a time are stored; never a reply's or a customer's words.
 */
import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import { emptyHistory, mergeRecords, pruneHistory, type MergeResult } from '../stats/aggregate';
import { localDay, systemTimeZone } from '../stats/local-day';
import { replyRecordFromFindings, type ReplyRecordInput } from '../stats/record';
import { DEFAULT_SETTINGS, parseHistory, parseSettings, replyRecordSchema, settingsSchema, type ParseResult } from '../stats/schema';
import type { HistorySettings, HistoryState, ReplyRecord } from '../stats/types';
import { afterFlush, describeWriteError, noPendingReplies, pendingRepliesItem, readPendingReplies, withPending, type PendingReplies } from './pending-replies';

export type { ReplyRecord, HistorySettings, HistoryState, DayAggregate } from '../stats/types';

// ---------------------------------------------------------------------------------------------
// Messages

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

// ---------------------------------------------------------------------------------------------
// Recording (called by the page that detected the send)

/** A fresh record id. `crypto.randomUUID` needs a secure context; fall back to random bytes. */
export function newRecordId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The record of a reply sent now, from the findings and warmth at send time. Only each finding's
 * rule id and principle are read.
 */
export function buildReplyRecord(input: Omit<ReplyRecordInput, 'id' | 'at'> & { id?: string; at?: number }): ReplyRecord {
  return replyRecordFromFindings({ ...input, id: input.id ?? newRecordId(), at: input.at ?? Date.now() });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends one sent reply's record to the background, which counts it once (by id) in today's
 * aggregate. Retries while the background is waking up; resolves to the background's answer,
 * or `{ok: false}` when it could not be reached. Never throws.
 */
export async function recordReply(entry: ReplyRecord, options: { attempts?: number; retryDelayMs?: number } = {}): Promise<HistoryResponse> {
  const { attempts = 3, retryDelayMs = 250 } = options;
  const message: HistoryMessage = { type: RECORD_REPLY, entry };
  let lastError = 'no answer';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = (await browser.runtime.sendMessage(message)) as HistoryResponse | undefined;
      if (response) return response;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    if (attempt < attempts) await delay(retryDelayMs * attempt);
  }
  return { ok: false, error: lastError };
}

// ---------------------------------------------------------------------------------------------
// Storage items

export const HISTORY_KEY = 'local:toneHistory';
export const HISTORY_SETTINGS_KEY = 'local:toneHistorySettings';

/**
 * Defined on first use rather than at import: `defineItem` reads storage as soon as it runs, and
 * this module is also imported by content scripts and by Node tests that only need `recordReply`.
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
      fallback: structuredClone(DEFAULT_SETTINGS),
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

export async function readSettings(): Promise<ParseResult<HistorySettings>> {
  return parseSettings(await historyItems().settings.getValue());
}

/** Calls back with the parsed history whenever it changes. Returns the unwatch function. */
export function watchHistory(callback: (history: ParseResult<HistoryState>) => void): () => void {
  return historyItems().history.watch((value) => callback(parseHistory(value)));
}

export function watchSettings(callback: (settings: ParseResult<HistorySettings>) => void): () => void {
  return historyItems().settings.watch((value) => callback(parseSettings(value)));
}

/** Asks the background to erase all history (the summary page's Erase button, after its confirm step). */
export async function requestErase(): Promise<HistoryResponse> {
  return ((await browser.runtime.sendMessage({ type: ERASE_HISTORY } satisfies HistoryMessage)) as HistoryResponse | undefined) ?? { ok: false, error: 'no answer' };
}

export async function requestSettingsUpdate(settings: HistorySettings): Promise<HistoryResponse> {
  return (
    ((await browser.runtime.sendMessage({ type: UPDATE_HISTORY_SETTINGS, settings } satisfies HistoryMessage)) as HistoryResponse | undefined) ?? {
      ok: false,
      error: 'no answer',
    }
  );
}

/** Asks the background to try writing the replies it could not save yet (the notices' "Try again"). */
export async function requestRetryWrites(): Promise<HistoryResponse> {
  return ((await browser.runtime.sendMessage({ type: RETRY_HISTORY_WRITES } satisfies HistoryMessage)) as HistoryResponse | undefined) ?? { ok: false, error: 'no answer' };
}

export async function requestDismissNotice(): Promise<HistoryResponse> {
  return ((await browser.runtime.sendMessage({ type: DISMISS_HISTORY_NOTICE } satisfies HistoryMessage)) as HistoryResponse | undefined) ?? { ok: false, error: 'no answer' };
}

// ---------------------------------------------------------------------------------------------
// The single writer (background only)

export interface HistoryWriterOptions {
  now?: () => number;
  /** The agent's IANA time zone; decides which local day a reply belongs to. */
  timeZone?: () => string;
}

export interface RecordOutcome extends Omit<MergeResult, 'state'> {
  /** Records that failed validation (and why), e.g. an unknown field such as `text`. */
  invalid: { index: number; error: string }[];
  /** Ids that could not be written now (storage full…): kept and retried, see pending-replies.ts. */
  queued: string[];
}

export interface HistoryWriter {
  record(entries: readonly unknown[]): Promise<RecordOutcome>;
  prune(): Promise<void>;
  erase(): Promise<void>;
  updateSettings(settings: unknown): Promise<HistorySettings>;
  dismissNotice(): Promise<void>;
  /** Tries again to write the replies kept after a failed write; resolves to how many are still waiting. */
  retryPending(): Promise<number>;
  /** The replies kept after a failed write, and how many were lost. */
  pending(): Promise<PendingReplies>;
  /** Resolves when every write queued so far has finished. */
  idle(): Promise<void>;
}

/**
 * Runs tasks one at a time, in call order. A failed task rejects its own promise only; the queue
 * goes on.
 */
export function createQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}

export function createHistoryWriter(options: HistoryWriterOptions = {}): HistoryWriter {
  const now = options.now ?? Date.now;
  const timeZone = options.timeZone ?? systemTimeZone;
  const enqueue = createQueue();

  // Replies not written yet: memory is the truth while the worker lives; storage.session keeps
  // them when it sleeps. A failed session write still leaves them in memory, retried.
  let pending: PendingReplies | null = null;
  async function loadPending(): Promise<PendingReplies> {
    if (pending) return pending;
    const stored = await readPendingReplies().catch(() => noPendingReplies());
    // Only records that are still valid go back in (session storage is written by us, but checked anyway).
    const records = stored.records.flatMap((r) => {
      const parsed = replyRecordSchema.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    });
    pending = { ...stored, records, lost: stored.lost + stored.records.length - records.length };
    return pending;
  }
  async function setPending(next: PendingReplies): Promise<void> {
    pending = next;
    await pendingRepliesItem()
      .setValue(next)
      .catch((error: unknown) => console.error('[rapport] keeping unsaved replies in session storage:', error));
  }

  /**
   * Merges the waiting replies and `valid` into the history and writes it. On a failed write the
   * new records join the waiting ones; nothing is lost and nothing throws.
   */
  async function writeRecords(valid: ReplyRecord[]): Promise<Omit<RecordOutcome, 'invalid'>> {
    const waiting = await loadPending();
    const at = now();
    try {
      const [state, settings] = await Promise.all([load(at), readSettings()]);
      const result = mergeRecords(state, [...waiting.records, ...valid], { timeZone: timeZone(), now: at, retentionDays: settings.value.retentionDays });
      if (result.counted.length > 0 || result.state !== state || state.repaired?.at === at) {
        await historyItems().history.setValue(result.state);
      }
      if (waiting.records.length > 0) await setPending(afterFlush(waiting));
      const mine = new Set(valid.map((r) => r.id));
      return { counted: result.counted.filter((id) => mine.has(id)), refused: result.refused.filter((r) => mine.has(r.id)), queued: [] };
    } catch (error) {
      console.error('[rapport] saving sent replies failed; keeping them to retry:', error);
      await setPending(withPending(waiting, valid, describeWriteError(error), at));
      return { counted: [], refused: [], queued: valid.map((r) => r.id) };
    }
  }

  /** After the history changed size (erase, prune), waiting replies may fit now. */
  async function flushIfWaiting(): Promise<void> {
    if ((await loadPending()).records.length > 0) await writeRecords([]);
  }

  /** The stored history, noting a repair when it had to be fixed up. */
  async function load(at: number): Promise<HistoryState> {
    const { value, corrupt, droppedDays } = await readHistory();
    if (corrupt) value.repaired = { at, droppedDays: droppedDays + (value.repaired?.droppedDays ?? 0) };
    return value;
  }

  return {
    record(entries) {
      const valid: ReplyRecord[] = [];
      const invalid: RecordOutcome['invalid'] = [];
      entries.forEach((entry, index) => {
        const parsed = replyRecordSchema.safeParse(entry);
        if (parsed.success) valid.push(parsed.data);
        else invalid.push({ index, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`).join('; ') });
      });
      return enqueue(async () => ({ ...(await writeRecords(valid)), invalid }));
    },

    prune() {
      return enqueue(async () => {
        const at = now();
        const [{ value, corrupt, droppedDays }, settings] = await Promise.all([readHistory(), readSettings()]);
        if (corrupt) value.repaired = { at, droppedDays: droppedDays + (value.repaired?.droppedDays ?? 0) };
        const pruned = pruneHistory(value, { today: localDay(at, timeZone()), now: at, retentionDays: settings.value.retentionDays });
        if (pruned !== value || corrupt) await historyItems().history.setValue(pruned);
        await flushIfWaiting();
      });
    },

    erase() {
      return enqueue(async () => {
        await historyItems().history.setValue(emptyHistory());
        // Erase means everything, including replies that were waiting to be saved.
        await setPending(noPendingReplies());
      });
    },

    async updateSettings(input) {
      const settings = settingsSchema.parse(input);
      await enqueue(() => historyItems().settings.setValue(settings));
      await this.prune();
      return settings;
    },

    dismissNotice() {
      return enqueue(async () => {
        const { value } = await readHistory();
        delete value.repaired;
        await historyItems().history.setValue(value);
      });
    },

    retryPending() {
      return enqueue(async () => {
        await flushIfWaiting();
        return (await loadPending()).records.length;
      });
    },

    pending() {
      return enqueue(loadPending);
    },

    idle() {
      return enqueue(async () => undefined);
    },
  };
}
