// The text under each of Rapport's underlines inside one editor, read in the editor's own frame:
// CSS highlight ranges for rich editors (the registry is per document, so the page's world sees the
// extension's highlights), the mirror's marks for form fields. Only ranges inside the editor count.
import type { Frame } from 'playwright-core';
import type { DemoEditorId } from '../../../demo/src/types';

/** The editable element of each demo editor, in the frame that holds it. */
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
};

export function underlinesIn(frame: Frame, editableSelector: string, overlay: boolean): Promise<string[]> {
  return frame.evaluate(
    ([selector, mirror]) => {
      if (mirror) {
        const shadow = document.querySelector('rapport-coach')?.shadowRoot;
        return [...(shadow?.querySelectorAll('[data-rapport="mirror-mark"]') ?? [])].map((m) => m.textContent ?? '');
      }
      const root = document.querySelector(selector);
      const texts: string[] = [];
      for (const name of ['rapport-hint', 'rapport-suggestion', 'rapport-warning']) {
        for (const range of CSS.highlights.get(name) ?? []) {
          if (range instanceof Range && root?.contains(range.commonAncestorContainer)) texts.push(range.toString());
        }
      }
      return texts;
    },
    [editableSelector, overlay] as const,
  );
}
