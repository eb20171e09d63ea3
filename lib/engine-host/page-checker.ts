/**
 * The in-page fallback: the same analysis, run in this page in 8 ms slices so typing never waits
 * behind it. Used only when the browser's engine cannot be reached; created (and compromise's tagger
 * started) on first need, so a frame that never needs it pays only for loading its code.
 */
import type { DraftChecker } from '../coach/checker';
import { runInSlices } from '../coach/slices';
import { createAnalyzer, type Analyzer } from '../engine/analyzer';
import type { Rule } from '../rules/schema';

const SLICE_MS = 8;

export function createPageChecker(win: Window, rules: () => readonly Rule[]): DraftChecker {
  let compiled: { rules: readonly Rule[]; analyzer: Analyzer } | null = null;
  const analyzer = () => {
    const current = rules();
    if (compiled?.rules !== current) compiled = { rules: current, analyzer: createAnalyzer(current) };
    return compiled.analyzer;
  };
  return {
    async check(text, options, signal) {
      const outcome = await runInSlices(win, analyzer().analyzeInSlices(text, options, SLICE_MS), () => true, signal);
      if (outcome.status === 'failed') throw outcome.error;
      return outcome.status === 'done' ? outcome.value : null;
    },
    rules,
    onRulesChanged: () => () => undefined,
  };
}
