/**
 * Brings the finding under discussion into view in the draft, without moving focus or the caret: the
 * editor's own scroll box first (a long draft in a short reply box), then the page. Returns the
 * finding's rectangle (viewport) once in view, for the card to go beside it.
 */
export type RevealTarget = Range | HTMLElement | null;

export function revealInDraft(
  root: HTMLElement,
  target: RevealTarget,
  field?: HTMLTextAreaElement | HTMLInputElement,
  /** False from the list: the pointer is over the list, so only the reply box scrolls, never the page under it. */
  scrollPage = true,
): DOMRect | null {
  if (!target) return null;
  const win = root.ownerDocument.defaultView;
  if (!win) return null;
  if (field && target instanceof win.HTMLElement) {
    // A mirror mark: scroll the field itself so the mark's line is in its visible part.
    const top = target.offsetTop;
    if (top < field.scrollTop || top + target.offsetHeight > field.scrollTop + field.clientHeight) {
      field.scrollTop = Math.max(0, top - field.clientHeight / 3);
      target.parentElement?.scrollTo({ top: field.scrollTop });
    }
  } else if (!(target instanceof win.HTMLElement)) {
    const holder = target.startContainer instanceof win.Element ? target.startContainer : target.startContainer.parentElement;
    if (holder && root.contains(holder)) {
      if (scrollPage) holder.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      else scrollWithin(root, target.getBoundingClientRect());
    }
  }
  if (!scrollPage) return target.getBoundingClientRect();
  const rect = target.getBoundingClientRect();
  const height = win.innerHeight;
  // Still outside the page's viewport (the reply box itself is off screen): scroll the page.
  if (rect.bottom > height - 8 || rect.top < 8) {
    win.scrollBy({ top: rect.top - height / 3, behavior: 'instant' as ScrollBehavior });
    return target.getBoundingClientRect();
  }
  return rect;
}

/** Scrolls the reply box itself (not the page) so `rect` is inside its visible part. */
function scrollWithin(box: HTMLElement, rect: DOMRect): void {
  if (box.scrollHeight <= box.clientHeight) return;
  const visible = box.getBoundingClientRect();
  if (rect.top < visible.top) box.scrollTop -= visible.top - rect.top + 8;
  else if (rect.bottom > visible.bottom) box.scrollTop += rect.bottom - visible.bottom + 8;
}
