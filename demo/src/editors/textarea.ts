import type { DemoEditor } from '../types';

/** A plain <textarea>: the value is the model. */
export function textareaEditor(textarea: HTMLTextAreaElement, onInput: () => void): DemoEditor {
  textarea.addEventListener('input', onInput);
  return {
    getText: () => textarea.value,
    getData: () => textarea.value,
    setText(text) {
      textarea.value = text;
    },
    focus() {
      textarea.focus();
      textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    },
    setReadOnly(readOnly) {
      textarea.readOnly = readOnly;
    },
  };
}
