/**
 * What the in-page coach needs from an engine, wherever the engine runs: in this page (sliced, so the
 * page stays responsive) or once for the whole browser in the extension's own engine context. The coach
 * never builds an analyzer itself; it is handed a checker, which is how its features are tested with fakes.
 */
import type { Analysis, AnalyzeOptions } from '../engine/types';
import type { Rule } from '../rules/schema';

export interface DraftChecker {
  /**
   * Analyses one draft with the team's active rules. Resolves to null when `signal` aborts first (a newer
   * keystroke superseded it); rejects when the draft could not be checked (the coach says so for this draft).
   */
  check(text: string, options: AnalyzeOptions, signal: AbortSignal): Promise<Analysis | null>;
  /** The rules the checks use now (the popup groups whole-reply findings by them). */
  rules(): readonly Rule[];
  /** Calls back whenever the active rules change, so the coach checks the draft again; returns the unsubscribe. */
  onRulesChanged(listener: () => void): () => void;
  /** Where the last check ran, in words, when the agent should know (the in-page fallback engine); else null. */
  engineNote?(): string | null;
  /** Starts the engine's one-time start-up early (before the first keystroke needs it). Optional and idempotent. */
  warmUp?(): void;
}
