import { createBr, createEditor, createParagraph, createText, exportContent, type IEditor } from 'roosterjs';
import type { DemoEditor } from '../types';
import { toLines } from '../text';
import { placeCaretInLastBlock, richEditableIn } from '../composer-box';

/**
 * RoosterJS 9 (the editor inside Outlook on the web, OWA's compose pane): a plain `<div>` the editor owns, rendered
 * from its Content Model. The model is the source of truth: RoosterJS re-renders the DOM from it after its own
 * operations, and reads typing back into it. Its plain-text export joins blocks with "\r\n".
 */
export function mountRoosterjs(section: HTMLElement, onInput: () => void): DemoEditor {
  const editable = richEditableIn(section, 'roosterjs-editable', 'Outlook-style reply');
  // Outlook's compose form holds its Send button under this test id (lib/sites/send.ts), as this reply box does.
  section.querySelector('.send-button')?.setAttribute('data-testid', 'ComposeSendButton');
  const editor: IEditor = createEditor(editable);
  editable.addEventListener('input', onInput);

  return {
    getText: () => exportContent(editor, 'PlainText').replace(/\r\n/g, '\n'),
    getData: () => exportContent(editor, 'HTML'),
    setText(text) {
      // Through the model, as OWA's templates ("My templates") insert text: one undo snapshot.
      editor.formatContentModel((model) => {
        model.blocks.splice(0, model.blocks.length);
        for (const line of toLines(text)) {
          const paragraph = createParagraph();
          paragraph.segments.push(line === '' ? createBr() : createText(line));
          model.blocks.push(paragraph);
        }
        return true;
      });
    },
    focus() {
      editable.focus();
      placeCaretInLastBlock(editable);
    },
    setReadOnly(readOnly) {
      // OWA locks a draft by taking the editable away; RoosterJS has no read-only mode of its own.
      editable.contentEditable = readOnly ? 'false' : 'true';
    },
  };
}
