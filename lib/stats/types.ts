/**
 * The shapes of the daily tone history. Rule ids, sites, days and record ids are keys that come
 * from pages, packs and storage: every such map is a `Dictionary`, read only through `own()` and
 * written through `addCount()`/`setOwn()` (lib/engine/untrusted.ts), so "constructor" is a site like any other.
 * Plain JSON data: a reply record is what the page reports
 * when a reply is sent, a day aggregate is what is kept. Neither ever holds the reply's text or the
 * customer's: only counts, a score, a hostname and a time.
 */
import type { PrincipleId } from '../engine/principles';
import type { WarmthBand } from '../engine/types';
import type { Dictionary } from '../engine/untrusted';
import type { SkippedPartKind } from '../engine/structure/types';

/** One sent reply, as reported by the page that sent it. */
export interface ReplyRecord {
  /** Unique per reply (crypto.randomUUID). A retried message carries the same id and counts once. */
  id: string;
  /** When the reply was sent, in milliseconds since the epoch. */
  at: number;
  /** The hostname the reply was sent from, e.g. "acme.zendesk.com". Never a path or query. */
  site: string;
  /** Warmth score (0–100) of the reply at the moment it was sent. */
  warmth: number;
  /** How many findings each principle had at send time. Principles with none may be left out. */
  findingsByPrinciple: Partial<Record<PrincipleId, number>>;
  /** How many findings each rule id had at send time. Rules with none may be left out. */
  findingsByRule: Dictionary<number>;
  /** Suggestions the agent applied while writing this reply. */
  suggestionsApplied: number;
  /** Suggestions the agent dismissed while writing this reply. */
  suggestionsDismissed: number;
  /** What the check read past (1 each: quoted history, signature, footer, code); absent in older records. Never text. */
  skippedParts?: Partial<Record<SkippedPartKind, 1>>;
}

/** A local calendar date, `YYYY-MM-DD`. */
export type DayKey = string;

/** Everything kept about one local day. */
export interface DayAggregate {
  day: DayKey;
  replies: number;
  /** Sum of warmth scores; the average is `warmthSum / replies`. */
  warmthSum: number;
  /** Replies per warmth band: cold < 40, neutral 40–59, warm ≥ 60. */
  bands: Record<WarmthBand, number>;
  /** Total findings over all replies of the day. */
  findings: number;
  findingsByPrinciple: Partial<Record<PrincipleId, number>>;
  findingsByRule: Dictionary<number>;
  suggestionsApplied: number;
  suggestionsDismissed: number;
  /** Replies per hostname. */
  sites: Dictionary<number>;
  /** Replies whose quoted history, signature, footer or code was read past; absent in older days. */
  repliesSkipping?: Partial<Record<SkippedPartKind, number>>;
}

/** The whole persisted history: one storage value, so every write is atomic. */
export interface HistoryState {
  /** Day aggregates keyed by local date. */
  days: Dictionary<DayAggregate>;
  /**
   * Ids of recently counted replies (id → `at`), kept for the dedupe window so a retried or
   * duplicated message is never counted twice. Older replies are refused rather than re-counted.
   */
  recentIds: Dictionary<number>;
  /** Set when a corrupted stored value had to be repaired; cleared when the agent dismisses the notice. */
  repaired?: { at: number; droppedDays: number };
}

export interface HistorySettings {
  /** Days of history to keep, today included. */
  retentionDays: number;
  /** Optional end-of-day notification with the day's one-line summary. */
  nudge: { enabled: boolean; /** Local time of day, `HH:MM`. */ time: string };
}
