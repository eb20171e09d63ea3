/**
 * Which kinds of region an editor left out of the text it hands the check (Gmail's signature and quoted email, Outlook's
 * quoted message): the check never sees them, yet "what was checked" must name them. Kinds only, never their text.
 */
import type { SkippedPartKind } from '../engine/structure/types';

/** A selector for regions that are not the agent's words, and what kind of part each one is. */
export interface LeftOutRegion {
  selector: string;
  kind: SkippedPartKind;
}

/** The selector list that leaves every one of `regions` out (dom-text.ts's `skip`). */
export function skipSelector(regions: readonly LeftOutRegion[]): string {
  return regions.map((region) => region.selector).join(', ');
}

/**
 * The kinds of the regions under `root` that were left out and hold some text, in document order, each once. A region
 * inside another (the previous sender's signature inside the quoted email) is part of the outer one; everything after
 * `cutAt` (Outlook's marker where the quoted message begins) counts as the quoted email when it holds text.
 */
export function leftOutKinds(root: Element, regions: readonly LeftOutRegion[], cutAt?: string): SkippedPartKind[] {
  const kinds: SkippedPartKind[] = [];
  const add = (kind: SkippedPartKind) => {
    if (!kinds.includes(kind)) kinds.push(kind);
  };
  const cut = cutAt ? root.querySelector(cutAt) : null;
  if (regions.length > 0) {
    const any = skipSelector(regions);
    for (const element of root.querySelectorAll(any)) {
      if (cut && cut.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) break;
      const outer = element.parentElement?.closest(any);
      if (outer && root.contains(outer)) continue;
      if (!element.textContent?.trim()) continue;
      const region = regions.find((r) => element.matches(r.selector));
      if (region) add(region.kind);
    }
  }
  if (cut && textAfter(root, cut)) add('quote');
  return kinds;
}

/** True when any text follows `marker` inside `root` (the marker itself is empty). */
function textAfter(root: Element, marker: Element): boolean {
  const range = root.ownerDocument.createRange();
  range.setStartAfter(marker);
  range.setEnd(root, root.childNodes.length);
  return range.toString().trim() !== '';
}
