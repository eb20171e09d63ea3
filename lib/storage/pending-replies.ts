/**
 * Sent-reply records the background could not write yet (storage.local full, or any other write
 * error). They wait in a bounded queue, kept in memory and in `storage.session` (which survives the
 * service worker going to sleep and has a quota of its own), are retried, and are reported to the
 * agent by the popup and the summary page until they are written. A record is never dropped
 * without a word: past the bound the oldest go, and the notice says how many were lost.
 */
import { storage } from 'wxt/utils/storage';
import type { ReplyRecord } from '../stats/types';

/** How many unsaved records are kept: days of an agent's replies, a few hundred kilobytes. */
export const PENDING_LIMIT = 500;

export interface PendingReplies {
  records: ReplyRecord[];
  /** Records let go because the queue was full. */
  lost: number;
  /** The last write error, for the notice. */
  lastError: string | null;
  /** When the first record of this run of failures was kept (ms since epoch). */
  since: number | null;
}

export const noPendingReplies = (): PendingReplies => ({ records: [], lost: 0, lastError: null, since: null });

/** Adds records (once per id), oldest dropped past the limit and counted as lost. */
export function withPending(state: PendingReplies, records: readonly ReplyRecord[], error: string, at: number): PendingReplies {
  const ids = new Set(state.records.map((r) => r.id));
  const all = [...state.records, ...records.filter((r) => !ids.has(r.id) && (ids.add(r.id), true))];
  const overflow = Math.max(0, all.length - PENDING_LIMIT);
  return { records: all.slice(overflow), lost: state.lost + overflow, lastError: error, since: state.since ?? at };
}

/** What is left after a successful write of the queued records: only the count of lost ones, if any. */
export function afterFlush(state: PendingReplies): PendingReplies {
  return { records: [], lost: state.lost, lastError: state.lost ? state.lastError : null, since: state.lost ? state.since : null };
}

/** The notice for the popup and the summary page, or null when every reply is saved. */
export function pendingNotice(state: PendingReplies | null | undefined): string | null {
  if (!state || (state.records.length === 0 && state.lost === 0)) return null;
  const parts: string[] = [];
  const n = state.records.length;
  if (n > 0) {
    parts.push(
      `${n === 1 ? '1 sent reply hasn’t' : `${n} sent replies haven’t`} been saved to your tone history yet` +
        (state.lastError ? ` (${state.lastError})` : '') +
        '. Rapport keeps trying every minute while this browser is open; if the browser’s storage is full, keeping history for fewer days (on the summary page) or removing a large imported rule pack makes room.',
    );
  }
  if (state.lost > 0) parts.push(`${state.lost === 1 ? '1 reply' : `${state.lost} replies`} could not be kept while storage was failing and won’t be counted.`);
  return parts.join(' ');
}

/** Is this a full storage area? Chrome says "QUOTA_BYTES quota exceeded", Firefox "QuotaExceededError". */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

export function describeWriteError(error: unknown): string {
  if (isQuotaError(error)) return 'the browser’s storage for Rapport is full';
  return `storage failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 200);
}

// Defined on first use: defineItem reads storage as soon as it runs.
let item: ReturnType<typeof storage.defineItem<PendingReplies>> | undefined;
export const pendingRepliesItem = () =>
  (item ??= storage.defineItem<PendingReplies>('session:rapport:pendingReplies', { fallback: noPendingReplies() }));

/** The stored queue, made valid (storage is untrusted). */
export async function readPendingReplies(): Promise<PendingReplies> {
  return cleanPending(await pendingRepliesItem().getValue());
}

export function watchPendingReplies(callback: (state: PendingReplies) => void): () => void {
  return pendingRepliesItem().watch((value) => callback(cleanPending(value)));
}

function cleanPending(raw: unknown): PendingReplies {
  if (typeof raw !== 'object' || raw === null) return noPendingReplies();
  const value = raw as Partial<PendingReplies>;
  return {
    records: Array.isArray(value.records) ? value.records.slice(-PENDING_LIMIT) : [],
    lost: Number.isSafeInteger(value.lost) && value.lost! > 0 ? value.lost! : 0,
    lastError: typeof value.lastError === 'string' ? value.lastError.slice(0, 300) : null,
    since: typeof value.since === 'number' ? value.since : null,
  };
}
