/**
 * Where Rapport's badge, list and card are drawn. Usually in the coached document itself; for an editor
 * inside a same-origin iframe (TinyMCE's and CKEditor 4's classic editors) in the outermost document
 * the frame's script can reach, because the frame is often only a few lines tall: drawn inside it, the
 * card would cover the very text it is about and lose its buttons below the frame's edge. The mirrors
 * of form fields stay in the coached document, over their field.
 */
import type { Box } from './geometry';

export interface UiSurface {
  readonly doc: Document;
  readonly win: Window;
  /** Where the coached document's viewport sits in the surface's, or null when the surface is the coached document itself. */
  frameView(): FrameView | null;
}

export interface FrameView {
  /** The coached viewport's top-left corner, in the surface's viewport coordinates. */
  x: number;
  y: number;
  /** The part of it that shows: the frames' content boxes, each clipped by the frames around it. */
  clip: Box;
}

/** At most this many frames up: a page never nests editors deeper, and the walk stays bounded. */
const MAX_DEPTH = 8;

/** The frame elements from the coached document up to the outermost same-origin document, innermost first. */
function framesUp(doc: Document): HTMLIFrameElement[] {
  const frames: HTMLIFrameElement[] = [];
  let win: Window | null = doc.defaultView;
  for (let depth = 0; win && depth < MAX_DEPTH; depth += 1) {
    let element: Element | null = null;
    try {
      element = win.frameElement; // null at the top, throws or is null across origins
      if (element) void element.ownerDocument.documentElement; // the parent's DOM is reachable
    } catch {
      element = null;
    }
    if (!element || element.localName !== 'iframe') break;
    frames.push(element as HTMLIFrameElement);
    win = element.ownerDocument.defaultView;
  }
  return frames;
}

export function surfaceFor(doc: Document): UiSurface {
  const frames = framesUp(doc);
  const outer = frames.at(-1);
  if (!outer) return { doc, win: doc.defaultView!, frameView: () => null };
  const surfaceDoc = outer.ownerDocument;
  return {
    doc: surfaceDoc,
    win: surfaceDoc.defaultView!,
    frameView() {
      // Outermost frame first: each inner frame is offset by the frames around it and clipped by them.
      let view: FrameView | null = null;
      for (let i = frames.length - 1; i >= 0; i -= 1) {
        const frame = frames[i]!;
        const rect = frame.getBoundingClientRect();
        const x: number = rect.left + frame.clientLeft + (view?.x ?? 0);
        const y: number = rect.top + frame.clientTop + (view?.y ?? 0);
        const box: Box = { left: x, top: y, right: x + frame.clientWidth, bottom: y + frame.clientHeight };
        const clip: Box = view ? intersect(box, view.clip) : box;
        view = { x, y, clip };
      }
      return view;
    },
  };
}

/**
 * Just after the coached window lost focus: whether the agent went on to another part of the same page (an
 * editor in another frame, or, for a coach in a frame, one on the page itself), where another coach takes
 * over. Not when they went to another tab or app (the page no longer has focus), into the coached frame's own
 * frames, or into Rapport's UI drawn on the page (`isOwnUi`).
 */
export function focusMovedWithinPage(coached: Document, surface: UiSurface, isOwnUi: (el: Element) => boolean): boolean {
  const page = surface.doc;
  const active = page.activeElement;
  if (!page.hasFocus() || !active || active === page.body || active === page.documentElement || isOwnUi(active)) return false;
  if (page === coached) return active.localName === 'iframe' || active.localName === 'frame';
  return !(framesUp(coached) as Element[]).includes(active);
}

function intersect(a: Box, b: Box): Box {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  return { left, top, right: Math.max(left, Math.min(a.right, b.right)), bottom: Math.max(top, Math.min(a.bottom, b.bottom)) };
}

/** A box in the coached viewport, in the surface's viewport (clipped to what shows when `clip`). */
export function toSurface(rect: Box, view: FrameView | null, clip = false): Box {
  if (!view) return { top: rect.top, left: rect.left, right: rect.right, bottom: rect.bottom };
  const moved = { left: rect.left + view.x, top: rect.top + view.y, right: rect.right + view.x, bottom: rect.bottom + view.y };
  return clip ? intersect(moved, view.clip) : moved;
}

/**
 * The editor's box on the surface. An editable body (TinyMCE, CKEditor 4) is as tall as its text, but
 * the frame around it is what the agent sees as the reply box: the badge and list go outside the frame.
 */
export function editorBox(el: Element, view: FrameView | null): Box {
  const doc = el.ownerDocument;
  if (view && (el === doc.body || el === doc.documentElement)) return { ...view.clip };
  return toSurface(el.getBoundingClientRect(), view, true);
}
