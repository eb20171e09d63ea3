/** What the coach writes on its host element as `data-rapport-timing` after each analysis it paints (test builds). */
export type { AnalysisTiming as CoachTiming } from '../../../lib/coach/test-hooks';
