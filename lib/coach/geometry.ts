/**
 * Where Rapport's in-page pieces go. The rule is the one the best checkers follow: nothing of Rapport's
 * covers the agent's text. The badge sits outside the editor's box, the list docks beside the editor
 * (or above/below it when the page has no room at the side), and the card goes beside the editor when
 * there is room. The placement functions are pure (viewport sizes in, coordinates out) and unit-tested.
 */

export interface Point {
  x: number;
  y: number;
}

/** A box in document coordinates (viewport + scroll). */
export interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

export interface Viewport {
  width: number;
  height: number;
  scrollX: number;
  scrollY: number;
}

export interface Anchor {
  /** The editor's bottom-right corner in document coordinates, kept inside the viewport. */
  right: number;
  bottom: number;
  /** The editor's whole box in document coordinates. */
  editor?: Box;
}

export function viewportOf(win: Window): Viewport {
  return {
    width: win.document.documentElement.clientWidth || win.innerWidth,
    height: win.document.documentElement.clientHeight || win.innerHeight,
    scrollX: win.scrollX,
    scrollY: win.scrollY,
  };
}

/** The editor's bottom-right corner (kept inside the viewport) and its box, in document coordinates. */
export function bottomRight(el: Element): Anchor {
  const win = el.ownerDocument.defaultView!;
  const rect = el.getBoundingClientRect();
  const viewportWidth = win.document.documentElement.clientWidth || win.innerWidth;
  const right = Math.max(Math.min(rect.right, viewportWidth), Math.min(rect.left + 60, viewportWidth));
  const bottom = Math.max(Math.min(rect.bottom, win.innerHeight), Math.min(rect.top + 32, win.innerHeight));
  return {
    right: right + win.scrollX,
    bottom: bottom + win.scrollY,
    editor: { top: rect.top + win.scrollY, left: rect.left + win.scrollX, right: rect.right + win.scrollX, bottom: rect.bottom + win.scrollY },
  };
}

export function contains(rect: DOMRect, point: Point, slop = 2): boolean {
  return (
    point.x >= rect.left - slop &&
    point.x <= rect.right + slop &&
    point.y >= rect.top - slop &&
    point.y <= rect.bottom + slop + 3 // the underline sits just below the text box
  );
}

export const CARD_WIDTH = 340;
const CARD_HEIGHT = 260;
const GAP = 8;

export interface CardSpot {
  top: number;
  left: number;
  /** The flagged text's top and bottom (viewport), so the UI can move the card beside the editor. */
  textTop: number;
  textBottom: number;
}

/** Where a card for text at `rect` goes (viewport coordinates, fixed): below the text, inside the viewport. */
export function cardPosition(win: Window, rect: DOMRect): CardSpot {
  const width = Math.min(CARD_WIDTH, win.innerWidth - 16);
  const height = Math.min(CARD_HEIGHT, win.innerHeight - 8);
  const left = Math.max(8, Math.min(rect.left, win.innerWidth - width - 8));
  let top = rect.bottom + 6;
  if (top + height > win.innerHeight) top = rect.top - 6 - height >= 4 ? rect.top - 6 - height : Math.max(4, win.innerHeight - height - 4);
  return { top, left, textTop: rect.top, textBottom: rect.bottom };
}

/**
 * The card beside the editor, level with the flagged text, when the viewport has room at its right or
 * left; otherwise where `cardPosition` put it (below or above the flagged line).
 */
export function cardBeside(view: Viewport, editor: Box | undefined, spot: { top: number; left: number; textTop?: number }): { top: number; left: number; beside: boolean } {
  const below = { top: spot.top, left: spot.left, beside: false };
  if (!editor) return below;
  const ed = toViewport(view, editor);
  const width = Math.min(CARD_WIDTH, view.width - 16);
  const top = clamp((spot.textTop ?? spot.top) - 12, 4, Math.max(4, view.height - Math.min(CARD_HEIGHT, view.height - 8) - 4));
  if (view.width - ed.right - GAP * 2 >= width) return { top, left: ed.right + GAP, beside: true };
  if (ed.left - GAP * 2 >= width) return { top, left: ed.left - GAP - width, beside: true };
  return below;
}

export interface PanelPlacement {
  left: number;
  width: number;
  maxHeight: number;
  /** Viewport coordinates: either `top` or `bottom` is set. */
  top?: number;
  bottom?: number;
  /** Where it went: beside the editor, below or above it, or over it (only when the editor fills the viewport). */
  dock: 'right' | 'left' | 'below' | 'above' | 'over';
}

const PANEL_WIDTH = 360;
const PANEL_MIN_HEIGHT = 160;
/** Room left below the editor for the badge, which sits just under its bottom edge. */
const BADGE_ROOM = 36;

/**
 * Where the list goes (fixed positioning), never over the editor: beside it (right, then left) when the
 * viewport has the width, else below it (under the badge) or above it, whichever has more room. Only
 * when the editor fills the whole viewport does it go over the editor, at the side the caret is not.
 */
export function panelPlacement(view: Viewport, anchor: Anchor): PanelPlacement {
  const width = Math.min(PANEL_WIDTH, view.width - 16);
  const editor = anchor.editor ?? { top: anchor.bottom - 32, bottom: anchor.bottom, left: anchor.right - 60, right: anchor.right };
  const ed = toViewport(view, editor);
  const visibleTop = clamp(ed.top, 4, view.height - PANEL_MIN_HEIGHT - 4);
  const sideHeight = Math.max(PANEL_MIN_HEIGHT, view.height - visibleTop - 8);
  if (view.width - ed.right - GAP * 2 >= width) return { left: ed.right + GAP, width, top: visibleTop, maxHeight: Math.min(520, sideHeight), dock: 'right' };
  if (ed.left - GAP * 2 >= width) return { left: ed.left - GAP - width, width, top: visibleTop, maxHeight: Math.min(520, sideHeight), dock: 'left' };
  const left = clamp(ed.right - width, 8, view.width - width - 8);
  const below = view.height - (ed.bottom + BADGE_ROOM) - GAP;
  const above = ed.top - GAP * 2;
  if (below >= PANEL_MIN_HEIGHT && below >= above) return { left, width, top: ed.bottom + BADGE_ROOM, maxHeight: Math.min(520, below), dock: 'below' };
  if (above >= PANEL_MIN_HEIGHT) return { left, width, bottom: view.height - (ed.top - GAP), maxHeight: Math.min(520, above), dock: 'above' };
  if (below >= 100) return { left, width, top: ed.bottom + BADGE_ROOM, maxHeight: below, dock: 'below' };
  // The editor fills the viewport: the lower half, so the draft's upper half (scrolled to the finding) stays in view.
  const height = Math.max(PANEL_MIN_HEIGHT, Math.floor(view.height * 0.45));
  return { left, width, bottom: 4, maxHeight: height, dock: 'over' };
}

export interface BadgeSpot {
  /** Viewport coordinates of the badge's top-left corner. */
  top: number;
  left: number;
  where: 'below' | 'beside' | 'above' | 'inside';
}

/**
 * The badge goes outside the editor's box: under its bottom-right corner, else at its right, else over
 * its top-right corner; inside the corner only when the editor fills the viewport. It steps left of any
 * mark of the editor's own (CKEditor's "Powered by") or control of the page (the helpdesk's Send button
 * under the reply box) it would cover.
 */
export function badgePlacement(view: Viewport, editor: Box, size: { width: number; height: number }, avoid: readonly Box[] = []): BadgeSpot {
  const ed = toViewport(view, editor);
  const right = Math.min(ed.right, view.width - 4);
  let spot: BadgeSpot;
  if (ed.bottom + 4 + size.height <= view.height && ed.bottom + 4 >= 0) spot = { top: ed.bottom + 4, left: right - size.width, where: 'below' };
  else if (ed.right + 6 + size.width <= view.width) spot = { top: clamp(ed.bottom - size.height, 4, view.height - size.height - 4), left: ed.right + 6, where: 'beside' };
  else if (ed.top - 4 - size.height >= 0) spot = { top: ed.top - 4 - size.height, left: right - size.width, where: 'above' };
  else spot = { top: Math.min(ed.bottom, view.height) - size.height - 6, left: right - size.width - 6, where: 'inside' };
  // Marks and controls to keep clear of are in viewport coordinates; each pass steps left of the ones in the way.
  for (let pass = 0; pass < 8; pass += 1) {
    const inTheWay = avoid.filter((mark) => spot.left < mark.right && spot.left + size.width > mark.left && spot.top < mark.bottom && spot.top + size.height > mark.top);
    if (inTheWay.length === 0) break;
    spot = { ...spot, left: Math.min(...inTheWay.map((mark) => mark.left)) - size.width - 6 };
  }
  return { ...spot, left: Math.max(4, spot.left) };
}

function toViewport(view: Viewport, box: Box): Box {
  return { top: box.top - view.scrollY, bottom: box.bottom - view.scrollY, left: box.left - view.scrollX, right: box.right - view.scrollX };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}

/** True when two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}
