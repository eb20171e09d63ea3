import Squire from 'squire-rte';
import type { DemoEditor } from '../types';
import { blocksText, textToParagraphHtml, trimFinalNewline } from '../text';
import { richEditableIn } from '../composer-box';

/**
 * Squire 2 (MIT; Fastmail's webmail composer, formerly Proton Mail's): a plain `<div>` it makes editable, one `<div>`
 * per line, and marks with nothing of its own. Its model is that HTML (`editor.getHTML()`). It keeps its own undo
 * stack of HTML snapshots, taken before its own commands, a paste, and on a space, Enter or Backspace, not per
 * keystroke; Ctrl+Z goes back one snapshot, Ctrl+Shift+Z and Ctrl+Y redo.
 */
export function mountSquire(section: HTMLElement, onInput: () => void): DemoEditor {
  // The class SnappyMail and RainLoop give Squire's editable (lib/editors/squire.ts knows Squire by it).
  const editable = richEditableIn(section, 'squire-editable', 'Squire reply', 'squire-wysiwyg');
  // Squire sanitizes HTML coming in (setHTML, a paste) with a DOMPurify it expects on the page; the demo hands it the
  // parse of an inert template instead, which sanitizes nothing: HTML pasted here by hand (a web page's clipboard) goes
  // in with its handlers. Fine for a local test page only; a real composer keeps Squire's DOMPurify.
  const editor = new Squire(editable, { sanitizeToDOMFragment: parseHtml });
  editable.addEventListener('input', onInput);

  return {
    getText: () => trimFinalNewline(blocksText(editor.getHTML())),
    getData: () => editor.getHTML(),
    setText(text) {
      // Through the editor, as a helpdesk's canned reply goes in: Squire cleans it into its own blocks.
      editor.setHTML(textToParagraphHtml(text, 'div'));
    },
    focus() {
      // Into Squire's last line: a caret on the editable itself, after its blocks, types outside them in Firefox.
      editor.focus();
      editor.moveCursorToEnd();
    },
    setReadOnly(readOnly) {
      // Squire has no read-only mode of its own: a webmail locks a draft by taking the editable away.
      editable.contentEditable = readOnly ? 'false' : 'true';
    },
  };
}

function parseHtml(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}
