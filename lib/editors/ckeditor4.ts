import { closestEditable, editableAdapter } from './editable';
import { escapeHtml } from './replace';

/**
 * What CKEditor 4 adds for a moment and takes away: among them, in Firefox, the paste bin it focuses while it reads a
 * paste, a second editable `<body id="cke_pastebin">` beside its own in its frame (an Apply's paste goes that way).
 */
export const CKEDITOR4_TEMPORARY = '[data-cke-temp]';

/**
 * CKEditor 4: `body.cke_editable` in its `iframe.cke_wysiwyg_frame` (the content script runs in
 * that frame, as for TinyMCE), or `.cke_editable` inline. It records an undo step only around its
 * own commands: text the browser inserts (`execCommand`) lands, but Ctrl+Z then steps over it and
 * redo is lost. A `paste` goes through its clipboard pipeline instead, in one undo step. From plain
 * text that pipeline drops empty paragraphs and never joins the last pasted line to the text after
 * the caret, so a multi-line replacement also carries HTML (`ckeditor4PasteHtml`). The
 * hidden-selection container it keeps for widgets is not reply text.
 */
export const ckeditor4 = editableAdapter({
  id: 'ckeditor4',
  findRoot: (el) => closestEditable(el, '.cke_editable'),
  skip: `[data-cke-hidden-sel], ${CKEDITOR4_TEMPORARY}`,
  routes: () => ['paste'],
  pasteHtml: (replacement) => (replacement.includes('\n') ? ckeditor4PasteHtml(replacement) : null),
});

/**
 * Lines as CKEditor 4's HTML paste reads them: inline text at the start joins the paragraph before
 * the caret, inline text at the end the paragraph after it, and each line between is a paragraph of
 * its own (`&nbsp;` keeps an empty one, which CKEditor writes as `<p><br></p>`). Two lines have no
 * paragraph between them to split at: a `<br>` then, as CKEditor itself makes of one pasted line break.
 */
export function ckeditor4PasteHtml(replacement: string): string {
  const lines = replacement.split('\n').map(escapeHtml);
  if (lines.length === 2) return `${lines[0]}<br>${lines[1]}`;
  const first = lines[0] ?? '';
  const last = lines.length > 1 ? (lines.at(-1) ?? '') : '';
  const middle = lines.slice(1, -1).map((line) => `<p>${line || '&nbsp;'}</p>`);
  return first + middle.join('') + last;
}
