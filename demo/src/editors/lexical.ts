import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $generateHtmlFromNodes } from '@lexical/html';
import { registerPlainText } from '@lexical/plain-text';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  createEditor,
} from 'lexical';
import type { DemoEditor } from '../types';
import { toLines } from '../text';

/** Merge keystrokes typed within this many ms into one undo step (Lexical's playground uses 1000). */
const HISTORY_MERGE_DELAY_MS = 300;

/**
 * Lexical in plain-text mode, mounted on a bare contenteditable div (no React).
 * Plain text keeps one paragraph; Enter inserts line-break nodes.
 */
export function mountLexical(section: HTMLElement, onInput: () => void): DemoEditor {
  const root = section.querySelector<HTMLElement>('#lexical-editable');
  if (!root) throw new Error('lexical root element missing');

  const editor = createEditor({
    namespace: 'rapport-demo',
    onError(error) {
      // Surface Lexical errors instead of letting the editor swallow them.
      console.error('[demo] Lexical error', error);
    },
  });
  editor.setRootElement(root);
  registerPlainText(editor);
  registerHistory(editor, createEmptyHistoryState(), HISTORY_MERGE_DELAY_MS);
  root.addEventListener('input', onInput);

  return {
    getText: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
    // editor.read() gives $generateHtmlFromNodes the active-editor context it needs.
    getData: () => editor.read(() => $generateHtmlFromNodes(editor, null)),
    setText(text) {
      editor.update(
        () => {
          const paragraph = $createParagraphNode();
          toLines(text).forEach((line, i) => {
            if (i > 0) paragraph.append($createLineBreakNode());
            if (line !== '') paragraph.append($createTextNode(line));
          });
          $getRoot().clear().append(paragraph);
          paragraph.selectEnd();
        },
        // Commit synchronously so getText() sees the change immediately.
        { discrete: true },
      );
    },
    focus() {
      // Native focus first (synchronous), then let Lexical place its selection.
      root.focus();
      editor.focus(undefined, { defaultSelection: 'rootEnd' });
    },
    setReadOnly(readOnly) {
      editor.setEditable(!readOnly);
      // Without @lexical/react's ContentEditable nothing mirrors the editable state onto the root.
      root.contentEditable = readOnly ? 'false' : 'true';
    },
  };
}
