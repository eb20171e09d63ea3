import MediumEditor from 'medium-editor';
import 'medium-editor/dist/css/medium-editor.css';
import 'medium-editor/dist/css/themes/default.css';
import type { DemoEditor } from '../types';
import { blocksText, textToParagraphHtml, trimFinalNewline } from '../text';
import { placeCaretInLastBlock, richEditableIn } from '../composer-box';

/**
 * MediumEditor 5 (MIT; a Medium-style composer over a plain `<div>`, with a toolbar on selection): the editable's own
 * HTML is its content (`editor.getContent()`), one `<p>` per paragraph. It keeps no undo stack of its own (Ctrl+Z is
 * the browser's), and takes a paste itself (plain text by default).
 */
export function mountMediumEditor(section: HTMLElement, onInput: () => void): DemoEditor {
  const editable = richEditableIn(section, 'medium-editor-editable', 'MediumEditor reply');
  editable.innerHTML = '<p><br></p>';
  const editor = new MediumEditor(editable, { placeholder: { text: 'Reply to Maria…' }, toolbar: { buttons: ['bold', 'italic'] } });
  editable.addEventListener('input', onInput);

  return {
    getText: () => trimFinalNewline(blocksText(editor.getContent() ?? '')),
    getData: () => editor.getContent() ?? '',
    setText(text) {
      editor.setContent(textToParagraphHtml(text) || '<p><br></p>');
    },
    focus() {
      editable.focus();
      placeCaretInLastBlock(editable);
    },
    setReadOnly(readOnly) {
      // MediumEditor has no read-only mode of its own: a page locks a draft by taking the editable away.
      editable.contentEditable = readOnly ? 'false' : 'true';
    },
  };
}
