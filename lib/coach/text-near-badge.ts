/**
 * What the badge must not cover when it has to sit inside the editor (only when the editor fills the
 * viewport and leaves no room around it): the draft's lines of text and the caret, in viewport
 * coordinates. Rich editors are measured on their own text nodes; a form field's text is not in the
 * DOM, so it is laid out in a measuring mirror (the same box and wrapping as the field). Bounded work.
 */
import { activeElementAround } from '../editors/focus';
import type { FieldMirror } from '../highlight/mirror';
import { NO_TEXT, type Box, type TextNearBadge } from './geometry';
import { editorBox, type UiSurface } from './surface';

const MAX_LINES = 600;
const MAX_TEXT_NODES = 2_000;
/** More than the badge ever takes: with this much room outside the editor, the badge never goes inside. */
const BADGE_ROOM = { width: 200, height: 40 };

const plain = (rect: DOMRect): Box => ({ top: rect.top, left: rect.left, right: rect.right, bottom: rect.bottom });
/** The part of a line that shows through the editor's box (a scrolled editor clips its text), or null. */
function clipped(rect: DOMRect, box: DOMRect, viewportHeight: number): Box | null {
  const top = Math.max(rect.top, box.top, 0);
  const bottom = Math.min(rect.bottom, box.bottom, viewportHeight);
  const left = Math.max(rect.left, box.left);
  const right = Math.min(rect.right, box.right);
  return right > left && bottom > top ? { top, left, right, bottom } : null;
}

/**
 * True when the editor leaves the badge no room below, beside or above it (the cases badgePlacement tries
 * first), on the surface the badge is drawn on.
 */
export function badgeMayGoInside(root: Element, surface: UiSurface): boolean {
  const win = surface.win;
  const rect = editorBox(root, surface.frameView());
  const width = win.document.documentElement.clientWidth || win.innerWidth;
  const height = win.document.documentElement.clientHeight || win.innerHeight;
  const below = rect.bottom + 4 >= 0 && rect.bottom + 4 + BADGE_ROOM.height <= height;
  const beside = rect.right + 6 + BADGE_ROOM.width <= width;
  const above = rect.top - 4 - BADGE_ROOM.height >= 0;
  return !(below || beside || above);
}

/** A rich editor's visible lines (one rectangle per line of each text node) and its caret. */
export function editableTextNearBadge(root: HTMLElement): TextNearBadge {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  if (!win) return NO_TEXT;
  const height = doc.documentElement.clientHeight || win.innerHeight;
  const lines: Box[] = [];
  const range = doc.createRange();
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const box = root.getBoundingClientRect();
  let nodes = 0;
  for (let node = walker.nextNode(); node && nodes < MAX_TEXT_NODES && lines.length < MAX_LINES; node = walker.nextNode(), nodes += 1) {
    if (!(node as Text).data.trim()) continue;
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      const line = clipped(rect, box, height);
      if (line) lines.push(line);
    }
  }
  return { lines: lines.slice(0, MAX_LINES), caret: editableCaret(root) };
}

function editableCaret(root: HTMLElement): Box | null {
  const doc = root.ownerDocument;
  const selection = doc.getSelection();
  const node = selection?.focusNode;
  if (!selection || !node || !root.contains(node)) return null;
  const range = doc.createRange();
  range.setStart(node, selection.focusOffset);
  range.collapse(true);
  const rect = range.getClientRects()[0];
  if (rect) return plain(rect);
  // A caret between elements (at the end of a paragraph whose last child is an element) has no
  // rectangle of its own: it sits at the end of what comes before it, or at the start of an empty line.
  const before = node.nodeType === Node.ELEMENT_NODE ? node.childNodes[selection.focusOffset - 1] : undefined;
  if (before) {
    range.selectNodeContents(before);
    const rects = range.getClientRects();
    const last = rects[rects.length - 1];
    if (last) return { top: last.top, bottom: last.bottom, left: last.right, right: last.right + 1 };
  }
  const element = node.nodeType === Node.ELEMENT_NODE ? ((node.childNodes[selection.focusOffset] ?? node) as Element) : node.parentElement;
  if (!element || typeof element.getBoundingClientRect !== 'function') return null;
  const box = element.getBoundingClientRect();
  return { top: box.top, bottom: box.bottom, left: box.left, right: box.left + 2 };
}

/** A form field's visible lines and caret, laid out by `measure` (a mirror of the field kept for measuring, painted with its text). */
export function fieldTextNearBadge(field: HTMLTextAreaElement | HTMLInputElement, measure: FieldMirror): TextNearBadge {
  const caretAt = activeElementAround(field) === field ? field.selectionEnd : null;
  const caret = caretAt === null ? null : measure.caretRect(caretAt);
  const box = field.getBoundingClientRect();
  const height = field.ownerDocument.documentElement.clientHeight || (field.ownerDocument.defaultView?.innerHeight ?? 0);
  const lines = measure.lineRects(MAX_LINES).flatMap((rect) => clipped(rect, box, height) ?? []);
  return { lines, caret: caret ? plain(caret) : null };
}

/** True when two measurements would place the badge the same (avoids re-rendering the UI for nothing). */
export function sameText(a: TextNearBadge, b: TextNearBadge): boolean {
  const same = (x: Box | null, y: Box | null) =>
    x === y || (!!x && !!y && x.top === y.top && x.left === y.left && x.right === y.right && x.bottom === y.bottom);
  return same(a.caret, b.caret) && a.lines.length === b.lines.length && a.lines.every((line, i) => same(line, b.lines[i]!));
}
