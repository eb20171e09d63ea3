/**
 * What the editor left out of the text before the check (a mail composer's signature and quoted email), carried into
 * the analysis the in-page list, the popup and the daily summary read, so "what was checked" names it too.
 */
import type { EditorAdapter } from '../editors';
import { withLeftOut } from '../engine/structure/checked-line';
import type { SkippedPartKind } from '../engine/structure/types';
import type { Analysis } from '../engine/types';
import type { Draft } from './session';

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

/**
 * The draft's last analysis with what the editor leaves out now, kept on the draft. Deleting only the signature or the
 * quote leaves the text as it was, so no check runs again, yet "what was checked" must stop naming it (and adding one
 * must start). One read of the editor's regions, no check; the same object when nothing changed.
 */
export function withCurrentLeftOut(draft: Draft): Analysis | null {
  const result = draft.result;
  if (!result) return null;
  const skipped = withLeftOut(draft.engineSkipped, leftOutOf(draft.adapter, draft.root));
  const before = result.structure.skipped;
  if (skipped.length === before.length && skipped.every((kind, i) => kind === before[i])) return result;
  draft.result = { ...result, structure: { ...result.structure, skipped } };
  return draft.result;
}
