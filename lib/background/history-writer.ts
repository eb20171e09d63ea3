/**
 * The daily tone history's single writer, run by the background only. Every write is a
 * read-merge-write run one at a time on a promise queue, so replies from several tabs at once are
 * never lost; replies that cannot be written yet wait in pending-replies and are retried.
 */
import { emptyHistory, mergeRecords, pruneHistory, type MergeResult } from '../stats/aggregate';
import { localDay, systemTimeZone } from '../stats/local-day';
import { historySettingsSchema, replyRecordSchema } from '../stats/schema';
import type { HistorySettings, HistoryState, ReplyRecord } from '../stats/types';
import { historyItems, readHistory, readHistorySettings } from '../storage/history';
import { afterFlush, describeWriteError, noPendingReplies, pendingRepliesItem, readPendingReplies, withPending, type PendingReplies } from '../storage/pending-replies';

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
      const [state, settings] = await Promise.all([load(at), readHistorySettings()]);
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
        const [{ value, corrupt, droppedDays }, settings] = await Promise.all([readHistory(), readHistorySettings()]);
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
      const settings = historySettingsSchema.parse(input);
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
