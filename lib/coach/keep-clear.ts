/**
 * The page's own controls near a reply box (viewport boxes), which Rapport's badge and card keep clear of: the Send
 * row under the editor, an editor's "Powered by" mark. Bounded work per call (a fixed number of elements read).
 */
import type { Box } from './geometry';

/** Marks an editor draws at its own edge, which the badge must not cover (CKEditor 5's "Powered by", TinyMCE's branding). */
const EDITOR_MARKS = '.ck-powered-by-balloon, .ck-powered-by, .tox-statusbar__branding';
/** The page's own controls (the Send button under a reply box). */
const PAGE_CONTROLS = 'button, a[href], input:not([type="hidden"]), select, [role="button"]';
const MAX_CONTROLS = 300;

/**
 * Editor marks and page controls just under or beside `editor` (document coordinates in, viewport boxes out).
 * Links and buttons inside the agent's own text are text, not controls: `inText` false leaves them out.
 */
export function thingsToKeepClearOf(doc: Document, editor: Box, win: Window, inText = true): Box[] {
  const top = editor.top - win.scrollY;
  const bottom = editor.bottom - win.scrollY;
  const near = (r: DOMRect) => r.width > 0 && r.height > 0 && r.top < bottom + 60 && r.bottom > top;
  const marks = [...doc.querySelectorAll(EDITOR_MARKS)].slice(0, 8);
  const controls = [...doc.querySelectorAll<HTMLElement>(PAGE_CONTROLS)].slice(0, MAX_CONTROLS).filter((el) => inText || !el.isContentEditable);
  return [...marks, ...controls].map((el) => el.getBoundingClientRect()).filter(near).slice(0, 40);
}
