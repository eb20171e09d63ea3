/**
 * Signals for the browser tests, compiled in only when the extension is built with
 * `WXT_RAPPORT_TEST_HOOKS=1` (as `npm run test:browser` does). A release build (`npm run build`)
 * puts no timings, draft sizes or rule text in attributes the page can read, and cannot be made to
 * fail on purpose.
 */
export const TEST_HOOKS: boolean = import.meta.env.WXT_RAPPORT_TEST_HOOKS === '1';

/** A draft containing this makes the analysis throw (test builds only), to show a failure is contained. */
export const FAIL_ANALYSIS_MARKER = 'rapport-test-hook:fail-analysis';

export interface AnalysisTiming {
  inputToPaintMs: number;
  analyseMs: number;
  paintMs: number;
  slices: number;
  longestSliceMs: number;
  chars: number;
  findings: number;
  /** Every sentence was checked: false when the engine's time budget ran out first (a long draft on a busy machine). */
  complete: boolean;
  /** How often the check of this text went on by itself after its rounds ended incomplete (analysis-scheduler.ts). */
  resumes: number;
}

/** Test builds: the last analysis's timing on Rapport's host element (`data-rapport-timing`). */
export function publishTiming(host: HTMLElement | undefined, timing: AnalysisTiming): void {
  if (TEST_HOOKS) host?.setAttribute('data-rapport-timing', JSON.stringify(timing));
}

/** Test builds: the last first look's timing (`data-rapport-first-look`; a long draft pasted at once, see first-look.ts). */
export function publishFirstLook(host: HTMLElement | undefined, look: { inputToPaintMs: number; chars: number; findings: number }): void {
  if (TEST_HOOKS) host?.setAttribute('data-rapport-first-look', JSON.stringify(look));
}

/** Test builds: how many checks an input method's composition has held back (`data-rapport-held-for-composition`). */
export function publishHeldForComposition(host: HTMLElement | undefined, held: number): void {
  if (TEST_HOOKS) host?.setAttribute('data-rapport-held-for-composition', String(held));
}

/** A draft containing this ends every check incomplete (test builds only), as a long reply on a slow machine does. */
export const INCOMPLETE_CHECK_MARKER = 'rapport-test-hook:incomplete-check';

/** Test builds: a check of a draft that asks for it reads as stopped short (the coach then resumes, then stops). */
export function injectIncompleteCheck<T extends { complete: boolean }>(text: string, result: T): T {
  return TEST_HOOKS && text.includes(INCOMPLETE_CHECK_MARKER) ? { ...result, complete: false } : result;
}

/** Test builds: throws on a draft that asks for it. */
export function injectAnalysisFailure(text: string): void {
  if (TEST_HOOKS && text.includes(FAIL_ANALYSIS_MARKER)) throw new Error('analysis failure injected by a test');
}
