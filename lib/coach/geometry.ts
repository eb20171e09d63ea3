/** Document-coordinate helpers for placing the badge, the card and hit-testing underlines. */

export interface Point {
  x: number;
  y: number;
}

/** The editor's bottom-right corner in document coordinates, kept inside the viewport. */
export function bottomRight(el: Element): { right: number; bottom: number } {
  const win = el.ownerDocument.defaultView!;
  const rect = el.getBoundingClientRect();
  const viewportWidth = win.document.documentElement.clientWidth || win.innerWidth;
  const right = Math.max(Math.min(rect.right, viewportWidth), Math.min(rect.left + 60, viewportWidth));
  const bottom = Math.max(Math.min(rect.bottom, win.innerHeight), Math.min(rect.top + 32, win.innerHeight));
  return { right: right + win.scrollX, bottom: bottom + win.scrollY };
}

export function contains(rect: DOMRect, point: Point, slop = 2): boolean {
  return (
    point.x >= rect.left - slop &&
    point.x <= rect.right + slop &&
    point.y >= rect.top - slop &&
    point.y <= rect.bottom + slop + 3 // the underline sits just below the text box
  );
}

/** Where a card for text at `rect` goes (viewport coordinates, fixed): below the text, inside the viewport. */
export function cardPosition(win: Window, rect: DOMRect): { top: number; left: number } {
  const width = Math.min(320, win.innerWidth - 16);
  const height = Math.min(220, win.innerHeight - 8);
  const left = Math.max(8, Math.min(rect.left, win.innerWidth - width - 8));
  let top = rect.bottom + 6;
  if (top + height > win.innerHeight) top = rect.top - 6 - height >= 4 ? rect.top - 6 - height : Math.max(4, win.innerHeight - height - 4);
  return { top, left };
}

export interface PanelPlacement {
  left: number;
  width: number;
  maxHeight: number;
  /** Viewport coordinates: either `top` or `bottom` is set. */
  top?: number;
  bottom?: number;
}

/**
 * Where the list goes (fixed positioning): right-aligned with the badge, above it when there is
 * room, else below; in a small frame (TinyMCE's iframe) it uses the whole viewport.
 */
export function panelPlacement(win: Window, anchor: { right: number; bottom: number }): PanelPlacement {
  const vw = win.document.documentElement.clientWidth || win.innerWidth;
  const vh = win.innerHeight;
  const width = Math.min(380, vw - 16);
  const right = anchor.right - win.scrollX;
  const badgeTop = anchor.bottom - win.scrollY - 32;
  const badgeBottom = anchor.bottom - win.scrollY;
  const left = Math.max(8, Math.min(right - width, vw - width - 8));
  const above = badgeTop - 6 - 8;
  const below = vh - badgeBottom - 6 - 8;
  if (Math.max(above, below) < 160) return { left, width, top: 4, maxHeight: Math.max(80, vh - 8) };
  if (above >= 240 || above >= below) return { left, width, bottom: vh - (badgeTop - 6), maxHeight: Math.min(420, above) };
  return { left, width, top: badgeBottom + 6, maxHeight: Math.min(420, below) };
}
