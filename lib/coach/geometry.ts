/**
 * Where Rapport's in-page pieces go. The rule is the one the best checkers follow: nothing of Rapport's
 * covers the agent's text. The badge sits outside the editor's box, the list docks beside the editor
 * (or above/below it when the page has no room at the side), and the card goes beside the editor when
 * there is room. The placement functions are pure (viewport sizes in, coordinates out) and unit-tested.
 */
import { editorBox, type UiSurface } from './surface';

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

/**
 * The editor's bottom-right corner (kept inside the viewport) and its box, in document coordinates of
 * the surface the UI is drawn on (the editor's own document, or the page around its frame).
 */
export function bottomRight(el: Element, surface?: UiSurface): Anchor {
  const win = surface?.win ?? el.ownerDocument.defaultView!;
  const rect = editorBox(el, surface?.frameView() ?? null);
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
/**
 * The card's tallest (`.card`'s max-height in lib/card/styles.ts): where it fits whole, it goes. A finding's card with
 * its choices, the three buttons and the keys line is 380 to 520 px tall (a fill-in template the most); at 320 (before
 * session 43) every card was cut, its last buttons and "3 of 5" scrolled out of sight in a window with room to spare.
 */
export const CARD_MAX_HEIGHT = 520;
/** Shorter than this the card would be mostly scrolling: below it, the text's own side is given up. */
const CARD_MIN_HEIGHT = 140;
const GAP = 8;
const TEXT_GAP = 6;

export interface CardSpot {
  /**
   * Viewport coordinates (the card is fixed). Below the flagged text the card has a `top`; above it a
   * `bottom` (its bottom edge's distance from the viewport's bottom), so it ends just above the text
   * whatever its own height.
   */
  top?: number;
  bottom?: number;
  left: number;
  /** As tall as the room on its side of the text allows (its content scrolls beyond). */
  maxHeight: number;
  /** The flagged text's top and bottom (viewport), so the UI can move the card beside the editor. */
  textTop: number;
  textBottom: number;
}

/**
 * Where a card for text at `rect` goes (viewport coordinates, fixed): below the text when it fits whole
 * there, else above it, else on the side with more room, shortened to fit, so it never covers the text.
 * Only a viewport too short for even a short card on either side puts it over the text.
 *
 * `controls` are the page's own controls near the editor (viewport boxes: the Send row under a reply box):
 * the room on a side ends at the first one in the card's column, so the card flips above the text rather
 * than open over the Send button. Where neither side has room for a short card clear of them, they are
 * given up before the text is.
 */
export function cardPosition(view: { width: number; height: number }, rect: Box, controls: readonly Box[] = []): CardSpot {
  const width = Math.min(CARD_WIDTH, view.width - 16);
  const left = Math.max(8, Math.min(rect.left, view.width - width - 8));
  const inColumn = controls.filter((c) => c.left < left + width && c.right > left);
  const floor = Math.min(view.height, ...inColumn.filter((c) => c.top >= rect.bottom).map((c) => c.top - GAP + 4));
  const ceiling = Math.max(0, ...inColumn.filter((c) => c.bottom <= rect.top).map((c) => c.bottom + GAP - 4));
  const spot = placeBetween(view, rect, left, floor, ceiling);
  return spot ?? placeBetween(view, rect, left, view.height, 0) ?? overTheText(view, rect, left);
}

/** Below or above the text within `floor` and `ceiling` (viewport y), as `cardPosition` says; null when neither side has room for a short card. */
function placeBetween(view: { height: number }, rect: Box, left: number, floor: number, ceiling: number): CardSpot | null {
  const text = { left, textTop: rect.top, textBottom: rect.bottom };
  const roomBelow = floor - (rect.bottom + TEXT_GAP) - 4;
  const roomAbove = rect.top - TEXT_GAP - 4 - ceiling;
  const below = { ...text, top: rect.bottom + TEXT_GAP, maxHeight: Math.min(CARD_MAX_HEIGHT, roomBelow) };
  const above = { ...text, bottom: view.height - (rect.top - TEXT_GAP), maxHeight: Math.min(CARD_MAX_HEIGHT, roomAbove) };
  if (roomBelow >= CARD_MAX_HEIGHT) return below;
  if (roomAbove >= CARD_MAX_HEIGHT) return above;
  if (Math.max(roomBelow, roomAbove) >= CARD_MIN_HEIGHT) return roomBelow >= roomAbove ? below : above;
  return null;
}

/** A viewport too short for a card on either side of the text: the card as tall as it may be, at the bottom. */
function overTheText(view: { height: number }, rect: Box, left: number): CardSpot {
  const height = Math.min(CARD_MAX_HEIGHT, view.height - 8);
  return { left, textTop: rect.top, textBottom: rect.bottom, top: Math.max(4, view.height - height - 4), maxHeight: height };
}

export interface CardPlace {
  top?: number;
  bottom?: number;
  left: number;
  maxHeight: number;
  beside: boolean;
}

/**
 * The card beside the editor, level with the flagged text, when the viewport has room at its right or
 * left; otherwise where `cardPosition` put it (below or above the flagged text).
 */
export function cardBeside(view: Viewport, editor: Box | undefined, spot: { top?: number; bottom?: number; left: number; maxHeight?: number; textTop?: number }): CardPlace {
  const placed: CardPlace = { left: spot.left, maxHeight: spot.maxHeight ?? CARD_MAX_HEIGHT, beside: false };
  if (spot.bottom !== undefined) placed.bottom = spot.bottom;
  else placed.top = spot.top ?? 4;
  if (!editor) return placed;
  const ed = toViewport(view, editor);
  const width = Math.min(CARD_WIDTH, view.width - 16);
  const level = spot.textTop ?? spot.top ?? 4;
  const top = clamp(level - 12, 4, Math.max(4, view.height - Math.min(CARD_MAX_HEIGHT, view.height - 8) - 4));
  const maxHeight = Math.min(CARD_MAX_HEIGHT, view.height - top - 4);
  if (view.width - ed.right - GAP * 2 >= width) return { top, left: ed.right + GAP, maxHeight, beside: true };
  if (ed.left - GAP * 2 >= width) return { top, left: ed.left - GAP - width, maxHeight, beside: true };
  return placed;
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
export function panelPlacement(view: Viewport, anchor: Anchor, badge?: Box): PanelPlacement {
  const place = dockPanel(view, anchor);
  return badge ? clearOfBadge(view, place, badge) : place;
}

/** Shorter than this the list is not worth moving for the badge: it stays where it docked. */
const PANEL_MIN_MOVED = 100;

/**
 * The list never covers the badge that opens and closes it (viewport coordinates): where they would meet,
 * the list starts below the badge or ends above it, on the side its dock points to (the larger room for a
 * list beside or over the editor).
 */
function clearOfBadge(view: Viewport, place: PanelPlacement, badge: Box): PanelPlacement {
  const top = place.top ?? view.height - (place.bottom ?? 0) - place.maxHeight;
  const bottom = place.top !== undefined ? place.top + place.maxHeight : view.height - (place.bottom ?? 0);
  const meets = place.left < badge.right && place.left + place.width > badge.left && top < badge.bottom && bottom > badge.top;
  if (!meets) return place;
  const roomBelow = view.height - (badge.bottom + GAP) - 4;
  const roomAbove = badge.top - GAP - 4;
  const goBelow = place.dock === 'below' || (place.dock !== 'above' && roomBelow >= roomAbove);
  const { top: _top, bottom: _bottom, ...rest } = place;
  if (goBelow && roomBelow >= PANEL_MIN_MOVED) return { ...rest, top: badge.bottom + GAP, maxHeight: Math.min(place.maxHeight, roomBelow) };
  if (!goBelow && roomAbove >= PANEL_MIN_MOVED) return { ...rest, bottom: view.height - (badge.top - GAP), maxHeight: Math.min(place.maxHeight, roomAbove) };
  return place;
}

function dockPanel(view: Viewport, anchor: Anchor): PanelPlacement {
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
