/**
 * The messages between the toolbar popup and the coach in the page (tabs.sendMessage): a snapshot
 * of the current draft, and the actions the popup can take on it. The popup never writes to an
 * editor itself: Apply and Insert go through the coach's own path, so the editor's model takes the
 * change and Ctrl+Z undoes it.
 */
import type { Channel, Finding, LanguageCheck, MoodReading, Scores } from '../engine/types';
import type { SkippedPartKind } from '../engine/structure/types';

/** Whole-reply suggestions the popup offers as ready sentences with Insert. */
export type WholeReplyKind = 'greeting' | 'acknowledgement' | 'closing';

export interface SnapshotFinding extends Finding {
  /** Stable key for this finding in this version of the draft. */
  key: string;
  wholeReply: WholeReplyKind | null;
}

export interface DraftSnapshot {
  /** Increments with every analysis; actions name the version they were made against. */
  version: number;
  /** A human label of the editor ("CKEditor 5", "Text box"). */
  editor: string;
  findings: SnapshotFinding[];
  scores: Scores;
  /** The score in words ("Warm: you thanked them, said what you did and gave a time."). */
  scoreExplanation?: string;
  language: LanguageCheck;
  mood: MoodReading | null;
  customerMessage: string | null;
  customerName: string | null;
  /** The channel the draft was checked for, and the parts of it that were read past. */
  channel: Channel;
  skipped: SkippedPartKind[];
  /** Where the check ran, in words, when the agent should know (the in-page fallback engine). */
  engineNote?: string | null;
  /**
   * The check stopped before reading every sentence (a long reply on a busy machine), as the badge says it:
   * 'resuming' while the coach goes on by itself, 'stopped' once it has checked part of the reply; null when whole.
   */
  incomplete?: IncompleteCheck | null;
}

/** How a check that ran out of time stands (analysis-scheduler.ts). */
export type IncompleteCheck = 'resuming' | 'stopped';

export type PopupRequest =
  | { type: 'rapport:snapshot' }
  | { type: 'rapport:apply'; version: number; key: string; suggestion: number }
  | { type: 'rapport:reveal'; version: number; key: string };

export type ApplyOutcome = 'applied' | 'stale' | 'failed';

export interface ApplyResponse {
  outcome: ApplyOutcome;
  /** The snapshot after the change (or after re-analysis when stale). */
  snapshot: DraftSnapshot | null;
}

export function isPopupRequest(message: unknown): message is PopupRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'rapport:snapshot' || type === 'rapport:apply' || type === 'rapport:reveal';
}
