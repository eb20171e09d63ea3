/**
 * The DraftChecker that runs the engine in this page: the team's active rules (re-read whenever they
 * change), the analysis in 8 ms slices between which the page gets the event loop back (so no long
 * task however long the draft), and the tagger's one-time start-up done early, while the page is idle.
 */
import { createAnalyzer, type Analyzer } from '../engine/analyzer';
import { defaultPack } from '../rules/default';
import type { Rule } from '../rules/schema';
import type { RunStats } from './analysis-scheduler';
import type { DraftChecker } from './checker';
import type { Watchable } from './coach-storage';
import { runInSlices } from './slices';

const SLICE_MS = 8;
/** Without requestIdleCallback (Safari), warm up a moment after start. */
const WARM_FALLBACK_MS = 200;
const WARM_IDLE_TIMEOUT_MS = 3000;

export interface LocalChecker extends DraftChecker {
  /** How the last finished check ran in slices. */
  readonly lastRun: RunStats | null;
}

export function createLocalChecker(win: Window, signal: AbortSignal, activeRules: Watchable<readonly Rule[]>): LocalChecker {
  let rules: readonly Rule[] = defaultPack.rules;
  let analyzer: Analyzer | null = null;
  let warming = false;
  let lastRun: RunStats | null = null;
  const listeners = new Set<() => void>();
  const getAnalyzer = () => (analyzer ??= createAnalyzer(rules));

  // The team's rules (the lead's edits, an imported pack, the policy) replace the default pack as soon
  // as they are read, and again whenever they change: no reload needed.
  const takeRules = (next: readonly Rule[]) => {
    if (signal.aborted) return;
    rules = next;
    analyzer = null;
    for (const listener of [...listeners]) listener();
  };
  void activeRules.get().then(takeRules, () => undefined);
  if (!signal.aborted) signal.addEventListener('abort', activeRules.watch(takeRules));
  signal.addEventListener('abort', () => listeners.clear());

  return {
    get lastRun() {
      return lastRun;
    },
    rules: () => getAnalyzer().rules,
    onRulesChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async check(text, options, runSignal) {
      let slices = 0;
      let longestSliceMs = 0;
      const outcome = await runInSlices(win, getAnalyzer().analyzeInSlices(text, options, SLICE_MS), () => !signal.aborted, runSignal, (ms) => {
        slices += 1;
        longestSliceMs = Math.max(longestSliceMs, ms);
      });
      if (outcome.status === 'failed') throw outcome.error;
      if (outcome.status === 'stopped') return null;
      lastRun = { slices, longestSliceMs };
      return outcome.value;
    },
    warmUp() {
      if (analyzer || warming || signal.aborted) return;
      warming = true;
      const warm = () => {
        try {
          if (!signal.aborted && !analyzer) getAnalyzer().analyze('Hi there, you need to restart the router.');
        } catch {
          // A pack that cannot run shows up on the first real draft, as "could not check".
        }
      };
      // Called on win itself: Firefox throws for a detached requestIdleCallback ("does not implement interface Window").
      if (typeof win.requestIdleCallback === 'function') {
        const id = win.requestIdleCallback(warm, { timeout: WARM_IDLE_TIMEOUT_MS });
        signal.addEventListener('abort', () => win.cancelIdleCallback(id));
      } else {
        const id = win.setTimeout(warm, WARM_FALLBACK_MS);
        signal.addEventListener('abort', () => win.clearTimeout(id));
      }
    },
  };
}
