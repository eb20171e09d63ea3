/**
 * What the editor left out of the text before the check (a mail composer's signature and quoted email), carried into
 * the analysis the in-page list, the popup and the daily summary read, so "what was checked" names it too.
 */
import type { EditorAdapter } from '../editors';
import { withLeftOut } from '../engine/structure/checked-line';
import type { SkippedPartKind } from '../engine/structure/types';
import type { Analysis } from '../engine/types';

/** The kinds `adapter` left out of `root`'s text; none when it cannot say (a page that broke the DOM mid-read). */
export function leftOutOf(adapter: EditorAdapter, root: HTMLElement): readonly SkippedPartKind[] {
  try {
    return adapter.leftOut?.(root) ?? [];
  } catch {
    return [];
  }
}

/** The analysis with the editor's left-out kinds added to what it read past (the engine's result is not changed). */
export function withEditorLeftOut(result: Analysis, leftOut: readonly SkippedPartKind[]): Analysis {
  if (leftOut.length === 0) return result;
  return { ...result, structure: { ...result.structure, skipped: withLeftOut(result.structure.skipped, leftOut) } };
}
