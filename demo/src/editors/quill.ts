import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import type { DemoEditor } from '../types';
import { trimFinalNewline } from '../text';

/** Quill 2 with the snow theme. Its history merges changes made within 1 s into one undo step. */
export function mountQuill(section: HTMLElement, onInput: () => void): DemoEditor {
  const mount = section.querySelector<HTMLElement>('#quill-mount');
  if (!mount) throw new Error('quill mount point missing');

  const quill = new Quill(mount, {
    theme: 'snow',
    placeholder: 'Reply to Maria…',
    modules: {
      toolbar: [['bold', 'italic', 'link'], [{ list: 'ordered' }, { list: 'bullet' }]],
      history: { delay: 1000, maxStack: 100, userOnly: false },
    },
  });
  quill.root.id = 'quill-editable';
  quill.root.setAttribute('role', 'textbox');
  quill.root.setAttribute('aria-label', 'Quill reply');
  quill.root.setAttribute('aria-multiline', 'true');
  quill.root.addEventListener('input', onInput);

  return {
    // Quill's document always ends with "\n"; drop it so empty reads as "".
    getText: () => trimFinalNewline(quill.getText()),
    // root.innerHTML rather than getSemanticHTML(): the latter turns every
    // space into &nbsp; in Quill 2.0.3, which makes the HTML hard to read/assert.
    getData: () => quill.root.innerHTML,
    setText(text) {
      quill.setText(text, 'api');
    },
    focus() {
      quill.focus();
      quill.setSelection(quill.getLength(), 0, 'silent');
    },
    setReadOnly(readOnly) {
      quill.enable(!readOnly);
    },
  };
}
