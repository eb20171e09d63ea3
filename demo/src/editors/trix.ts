import 'trix';
import 'trix/dist/trix.css';
import type { DemoEditor } from '../types';
import { bodyOf } from '../composer-box';

/** What Trix puts on its element: the editor, whose document is the model. */
interface TrixElement extends HTMLElement {
  editor: {
    getDocument(): { toString(): string; getLength(): number };
    setSelectedRange(range: [number, number]): void;
    insertString(text: string): void;
    loadHTML(html: string): void;
  };
  disabled: boolean;
}

/**
 * Trix 2 (Basecamp's and HEY's composer): a `<trix-editor>` element bound to a hidden input. Its model is
 * `element.editor.getDocument()`, whose text ends every block with "\n" (the last one included); Enter inside
 * a block is a "\n" of that block.
 */
export async function mountTrix(section: HTMLElement, onInput: () => void): Promise<DemoEditor> {
  const body = bodyOf(section);
  body.innerHTML = `
    <input type="hidden" id="trix-input" name="reply">
    <trix-editor id="trix-editable" class="rich-editable trix-content" input="trix-input" aria-label="Trix reply"
      placeholder="Reply to Maria…"></trix-editor>`;
  const element = body.querySelector('trix-editor') as TrixElement;
  // Trix sets up its editor once the element is connected, and says so.
  if (!element.editor) await new Promise((resolve) => element.addEventListener('trix-initialize', resolve, { once: true }));
  element.addEventListener('input', onInput);

  const editor = () => element.editor;
  return {
    getText: () => editor().getDocument().toString().replace(/\n$/, ''),
    getData: () => (body.querySelector<HTMLInputElement>('#trix-input')?.value ?? ''),
    setText(text) {
      // Through Trix's own API, as a helpdesk macro inserts its text (one undo step).
      editor().setSelectedRange([0, editor().getDocument().getLength() - 1]);
      editor().insertString(text);
    },
    focus() {
      element.focus();
      editor().setSelectedRange([editor().getDocument().getLength() - 1, editor().getDocument().getLength() - 1]);
    },
    setReadOnly(readOnly) {
      element.disabled = readOnly;
    },
  };
}
