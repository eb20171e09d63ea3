import type { DemoEditor } from '../types';
import { trimFinalNewline } from '../text';
import { bodyOf, placeCaretAtEnd } from '../composer-box';

/**
 * `contenteditable="plaintext-only"`: the browser keeps the content plain text (no formatting, pasted HTML
 * arrives as text). The DOM is the model; line breaks are "\n" in its text (white-space: pre-wrap) or <br>.
 */
export function mountPlaintextOnly(section: HTMLElement, onInput: () => void): DemoEditor {
  const editable = document.createElement('div');
  editable.id = 'plaintext-only-editable';
  editable.className = 'rich-editable';
  editable.contentEditable = 'plaintext-only';
  editable.setAttribute('role', 'textbox');
  editable.setAttribute('aria-multiline', 'true');
  editable.setAttribute('aria-label', 'Plain-text reply');
  editable.style.whiteSpace = 'pre-wrap';
  bodyOf(section).appendChild(editable);
  editable.addEventListener('input', onInput);
  return {
    getText: () => trimFinalNewline(editable.innerText),
    getData: () => editable.innerHTML,
    setText(text) {
      editable.textContent = text;
    },
    focus() {
      editable.focus();
      placeCaretAtEnd(editable);
    },
    setReadOnly(readOnly) {
      editable.contentEditable = readOnly ? 'false' : 'plaintext-only';
    },
  };
}
