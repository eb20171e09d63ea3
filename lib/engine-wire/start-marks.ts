/**
 * Test builds only (`WXT_RAPPORT_TEST_HOOKS=1`, as `npm run bench:browser` builds): when each step of the
 * engine's start happened, so the bench can split a fresh browser's first check into phases (issue #12).
 * Times are the shared wall clock in ms (`performance.timeOrigin + performance.now()`), comparable across
 * the service worker, the offscreen document and its worker. A release build records nothing.
 */
import { TEST_BUILD } from './test-hooks';

/** Service worker → offscreen document (test builds): its own marks and its worker's, please. */
export const START_MARKS = 'rapport-test-hook:start-marks';

/** [name, time] pairs: they cross postMessage and runtime messaging as they are. */
export type StartMarks = [string, number][];

/** A Map: the names are ours, but a plain object would share its prototype's keys. */
const marks = new Map<string, number>();

/** Records the first time `name` happened in this context (later calls keep the first). */
export function markStart(name: string): void {
  if (!TEST_BUILD || marks.has(name)) return;
  marks.set(name, performance.timeOrigin + performance.now());
}

export function startMarks(): StartMarks {
  return [...marks];
}

/** The service worker's marks, where the bench reads them (its `evaluate` reaches only globals). */
export function publishStartMarks(scope: object): void {
  if (TEST_BUILD) (scope as { __rapportStartMarks?: () => StartMarks }).__rapportStartMarks = startMarks;
}
