import { Jodit } from 'jodit';
import 'jodit/es2021/jodit.min.css';
import type { DemoEditor } from '../types';
import { blocksText, textToParagraphHtml, trimFinalNewline } from '../text';
import { bodyOf, placeCaretInLastBlock } from '../composer-box';

/**
 * Jodit 4 (MIT; the composer of many PHP and self-hosted helpdesks): it replaces a textarea with `div.jodit-wysiwyg`,
 * whose HTML is its value (`editor.value`), and keeps its own undo history of snapshots it takes as it observes changes.
 */
export function mountJodit(section: HTMLElement, onInput: () => void): DemoEditor {
  const textarea = document.createElement('textarea');
  textarea.id = 'jodit-target';
  bodyOf(section).appendChild(textarea);
  const editor = Jodit.make(textarea, {
    buttons: ['bold', 'italic'],
    showCharsCounter: false,
    showWordsCounter: false,
    showXPathInStatusbar: false,
    placeholder: 'Reply to Maria…',
    height: 180,
  });
  const editable = editor.editor as HTMLElement;
  editable.setAttribute('aria-label', 'Jodit reply');
  editable.addEventListener('input', onInput);
  let recorded = editor.getNativeEditorValue();
  editor.e.on('changeStack', () => {
    recorded = editor.getNativeEditorValue();
  });
  return {
    getText: () => trimFinalNewline(blocksText(editor.value)),
    getData: () => editor.value,
    setText(text) {
      editor.value = textToParagraphHtml(text);
    },
    focus() {
      editable.focus();
      placeCaretInLastBlock(editable);
    },
    setReadOnly(readOnly) {
      editor.setReadOnly(readOnly);
    },
    // Jodit records a change in its history on a timer (its throttled sync, then a debounce) and then says so.
    historyRecorded: () => recorded === editor.getNativeEditorValue(),
  };
}
