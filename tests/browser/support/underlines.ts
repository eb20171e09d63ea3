// The text under each of Rapport's underlines inside one editor, read in the editor's own frame:
// CSS highlight ranges for rich editors (the registry is per document, so the page's world sees the
// extension's highlights), the mirror's marks for form fields. Only ranges inside the editor count.
import type { Frame, Locator, Page } from 'playwright-core';
import type { DemoEditorId } from '../../../demo/src/types';

/**
 * The editable element of each demo editor, in the frame that holds it. `host >>> inner` is `inner` inside the
 * open shadow root of `host` (a web component's reply field).
 */
export const EDITABLE: Record<DemoEditorId, string> = {
  ckeditor5: '.ck-editor__editable',
  gmail: '#gmail-editable',
  prosemirror: '.ProseMirror',
  lexical: '#lexical-editable',
  quill: '.ql-editor',
  tinymce: 'body#tinymce',
  textarea: '#textarea-input',
  draftjs: '.public-DraftEditor-content',
  slate: '[data-slate-editor="true"]',
  ckeditor4: 'body.cke_editable',
  tiptap: '#tiptap-editable',
  trix: 'trix-editor',
  'tinymce-inline': '#tinymce-inline-editable',
  'ckeditor5-balloon': '#ckeditor5-balloon-editable',
  'shadow-textarea': 'helpdesk-reply-field >>> textarea',
  'shadow-editable': 'helpdesk-rich-reply >>> [contenteditable]',
  'plaintext-only': '#plaintext-only-editable',
  'react-textarea': '#react-textarea-input',
  roosterjs: '#roosterjs-editable',
  summernote: '.note-editable',
  jodit: '.jodit-wysiwyg',
  squire: '#squire-editable',
  'medium-editor': '#medium-editor-editable',
};

/** Form fields: the coach underlines them on its mirror overlay, not with CSS highlights. */
export const OVERLAY_EDITORS: ReadonlySet<DemoEditorId> = new Set(['textarea', 'shadow-textarea', 'react-textarea']);

/** Editors in an iframe: the content script coaching them, its UI and the highlights live in that frame. */
const EDITOR_FRAME: Readonly<Record<string, string>> = {
  tinymce: '#tinymce-target_ifr',
  ckeditor4: 'section#ckeditor4 iframe.cke_wysiwyg_frame',
};

/** The frame whose content script coaches the editor: its own iframe for TinyMCE and CKEditor 4, the page for the rest. */
export async function coachFrame(page: Page, id: string): Promise<Frame> {
  const selector = Object.hasOwn(EDITOR_FRAME, id) ? EDITOR_FRAME[id] : undefined;
  if (!selector) return page.mainFrame();
  const frame = await (await page.locator(selector).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`${id}: editor frame not found`);
  return frame;
}

/** Rapport's UI host for an editor in a frame: drawn on the page around the frame (lib/coach/surface.ts). */
export const FRAME_UI_HOST = 'rapport-frame-ui';

/** The iframe that holds the editor, for TinyMCE and CKEditor 4 (undefined for the rest). */
export const editorFrameSelector = (id: string): string | undefined => (Object.hasOwn(EDITOR_FRAME, id) ? EDITOR_FRAME[id] : undefined);

/** Where Rapport's badge, list and card for the editor are found: the page, in the host drawn for its frame when it has one. */
export function coachUi(page: Page, id: string): Page | Locator {
  return Object.hasOwn(EDITOR_FRAME, id) ? page.locator(FRAME_UI_HOST) : page;
}

/**
 * The texts under Rapport's underlines inside the editable `selector` (run in the editor's frame, by Playwright in
 * Chromium or puppeteer-core in Firefox): the mirror's marks for a form field, else the CSS highlight ranges.
 */
export function underlineTexts([selector, mirror]: readonly [string, boolean]): string[] {
  if (mirror) {
    const shadow = document.querySelector('rapport-coach')?.shadowRoot;
    return [...(shadow?.querySelectorAll('[data-rapport="mirror-mark"]') ?? [])].map((m) => m.textContent ?? '');
  }
  const [outer = selector, inner] = selector.split(' >>> ');
  const root = inner ? document.querySelector(outer)?.shadowRoot?.querySelector(inner) : document.querySelector(selector);
  const texts: string[] = [];
  for (const name of ['rapport-hint', 'rapport-suggestion', 'rapport-warning']) {
    for (const range of CSS.highlights.get(name) ?? []) {
      if (range instanceof Range && root?.contains(range.commonAncestorContainer)) texts.push(range.toString());
    }
  }
  return texts;
}

export function underlinesIn(frame: Frame, editableSelector: string, overlay: boolean): Promise<string[]> {
  return frame.evaluate(underlineTexts, [editableSelector, overlay] as const);
}
