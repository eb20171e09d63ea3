/** What the coach writes on its host element as `data-rapport-timing` after each analysis it paints. */
export interface CoachTiming {
  /** Last input event to underlines painted (includes the debounce). */
  inputToPaintMs: number;
  analyseMs: number;
  paintMs: number;
  /** How many slices the analysis ran in, and the longest one. */
  slices: number;
  longestSliceMs: number;
  /** Length of the draft that was analysed: the signal that a given draft is done. */
  chars: number;
  findings: number;
}
