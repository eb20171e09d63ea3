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

const CARD_WIDTH = 340;
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
  /**
   * The badge shows only its dot and count ('compact'), or only its coloured dot ('dot'), when there was
   * no room for more; the count and band stay in its name and tooltip.
   */
  compact: false | 'compact' | 'dot';
}

/** The badge's size with only its dot and count, and with only its dot (fixed by the stylesheet). */
export const COMPACT_BADGE = { width: 44, height: 24 } as const;
export const DOT_BADGE = { width: 16, height: 16 } as const;

type Size = { readonly width: number; readonly height: number };

/**
 * The badge goes outside the editor's box: under its bottom-right corner, else at its right, else over
 * its top-right corner; when the full badge fits none of these, its compact form (dot and count) is
 * tried there (a narrow page's margin holds it). Only when the editor fills the viewport does it go
 * inside, and then it steps aside from the draft's text and caret (`text`, viewport coordinates) as
 * Grammarly's button does: the first place clear of them, full size, then compact, then as a dot in the
 * editor's padding beside the lines' ends; with text everywhere, the dot where it covers least and
 * never on the caret. It also steps left of any mark of the editor's
 * own (CKEditor's "Powered by") or control of the page (the helpdesk's Send button under the reply box).
 */
export function badgePlacement(
  view: Viewport,
  editor: Box,
  size: Size,
  avoid: readonly Box[] = [],
  text: TextNearBadge = NO_TEXT,
): BadgeSpot {
  const ed = toViewport(view, editor);
  let spot: BadgeSpot | null = outsideSpot(view, ed, size, false) ?? outsideSpot(view, ed, COMPACT_BADGE, 'compact');
  if (!spot) {
    const full = insideSpot(view, ed, size, text, 6);
    const compact = full.covered === 0 ? null : insideSpot(view, ed, COMPACT_BADGE, text, 6);
    // The dot goes as close to the edge as the editor's padding allows, beside the lines' ends.
    if (full.covered === 0) spot = { ...full.spot, compact: false };
    else if (compact!.covered === 0) spot = { ...compact!.spot, compact: 'compact' };
    else spot = { ...insideSpot(view, ed, DOT_BADGE, text, 2).spot, compact: 'dot' };
  }
  const used = spot.compact === 'dot' ? DOT_BADGE : spot.compact ? COMPACT_BADGE : size;
  // Marks and controls to keep clear of are in viewport coordinates; each pass steps left of the ones in the way.
  for (let pass = 0; pass < 8; pass += 1) {
    const at: BadgeSpot = spot;
    const inTheWay = avoid.filter((mark) => at.left < mark.right && at.left + used.width > mark.left && at.top < mark.bottom && at.top + used.height > mark.top);
    if (inTheWay.length === 0) break;
    spot = { ...spot, left: Math.min(...inTheWay.map((mark) => mark.left)) - used.width - 6 };
  }
  return { ...spot, left: Math.max(4, spot.left) };
}

function outsideSpot(view: Viewport, ed: Box, size: Size, compact: BadgeSpot['compact']): BadgeSpot | null {
  const right = Math.min(ed.right, view.width - 4);
  if (ed.bottom + 4 + size.height <= view.height && ed.bottom + 4 >= 0) return { top: ed.bottom + 4, left: right - size.width, where: 'below', compact };
  if (ed.right + 6 + size.width <= view.width) return { top: clamp(ed.bottom - size.height, 4, view.height - size.height - 4), left: ed.right + 6, where: 'beside', compact };
  if (ed.top - 4 - size.height >= 0) return { top: ed.top - 4 - size.height, left: right - size.width, where: 'above', compact };
  return null;
}

/** The draft's text lines and caret, in viewport coordinates: what the badge must not cover when it sits inside the editor. */
export interface TextNearBadge {
  lines: readonly Box[];
  caret: Box | null;
}

export const NO_TEXT: TextNearBadge = { lines: [], caret: null };
/** Room kept between the badge and a line of text or the caret. */
const TEXT_MARGIN = 2;
/** Steps along the editor's edges when no corner is clear, and a bound on the places tried. */
const EDGE_STEP = 6;
const MAX_INSIDE_SPOTS = 400;

/**
 * Inside the visible part of the editor: bottom-right, top-right, bottom-left, then top-left corner,
 * then beside the lines along the right and left edges, the first place that covers neither the text nor the caret;
 * when text is everywhere, the place with the least text under it among those clear of the caret.
 */
function insideSpot(view: Viewport, ed: Box, size: Size, text: TextNearBadge, inset: number): { spot: Omit<BadgeSpot, 'compact'>; covered: number } {
  const top = Math.max(ed.top, 0) + inset;
  const bottom = Math.min(ed.bottom, view.height) - size.height - inset;
  const right = Math.min(ed.right, view.width) - size.width - inset;
  const left = Math.max(ed.left, 0) + inset;
  // The corners first (bottom-right is the badge's home), then, along the right edge and then the left,
  // the places just under and just over each line (a gap between paragraphs, the end of a short line),
  // lowest first, then every few pixels of both edges.
  const corners = [
    { top: bottom, left: right },
    { top, left: right },
    { top: bottom, left },
    { top, left },
  ];
  const besideLines = text.lines
    .slice(0, MAX_INSIDE_SPOTS)
    .flatMap((line) => [line.bottom + TEXT_MARGIN + 0.5, line.top - size.height - TEXT_MARGIN - 0.5])
    .filter((y) => y >= top && y <= bottom)
    .sort((a, b) => b - a);
  for (const x of [right, left]) for (const y of besideLines) corners.push({ top: y, left: x });
  for (let y = bottom - EDGE_STEP; y > top && corners.length < MAX_INSIDE_SPOTS * 3; y -= EDGE_STEP) corners.push({ top: y, left: right }, { top: y, left });
  const boxAt = (c: { top: number; left: number }): Box => ({
    top: c.top - TEXT_MARGIN,
    left: c.left - TEXT_MARGIN,
    right: c.left + size.width + TEXT_MARGIN,
    bottom: c.top + size.height + TEXT_MARGIN,
  });
  const covered = (c: { top: number; left: number }) => {
    const box = boxAt(c);
    let area = 0;
    for (const line of text.lines) {
      const w = Math.min(box.right, line.right) - Math.max(box.left, line.left);
      const h = Math.min(box.bottom, line.bottom) - Math.max(box.top, line.top);
      if (w > 0 && h > 0) area += w * h;
    }
    return area;
  };
  const clearOfCaret = corners.filter((c) => !text.caret || !overlaps(boxAt(c), text.caret));
  const candidates = clearOfCaret.length > 0 ? clearOfCaret : corners;
  let best = candidates[0]!;
  let bestArea = covered(best);
  for (const corner of candidates.slice(1)) {
    if (bestArea === 0) break;
    const area = covered(corner);
    if (area < bestArea) [best, bestArea] = [corner, area];
  }
  // Covering the caret counts as covering text: the caller then tries the compact badge.
  const onCaret = clearOfCaret.length === 0 ? 1 : 0;
  return { spot: { ...best, where: 'inside' }, covered: bestArea + onCaret };
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
