/** <textarea> and <input type=text>: the value is the text; underlines go on a mirror overlay. */
import type { EditorAdapter } from './types';
import { activeElementAround } from './focus';
import { settle, waitFor } from './replace';

type Field = HTMLTextAreaElement | HTMLInputElement;

function isTextField(el: Element): el is Field {
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  return type === 'text' || type === '';
}

export const textarea: EditorAdapter = {
  id: 'textarea',
  overlay: true,
  detect: isTextField,
  root: (el) => el as HTMLElement,
  readText: (root) => (root as Field).value,
  rangeOf: () => null,
  caretOffset(root) {
    const field = root as Field;
    return activeElementAround(root) === root ? field.selectionEnd : null;
  },
  async replace(root, start, end, replacement) {
    const field = root as Field;
    const win = root.ownerDocument.defaultView;
    const before = field.value;
    // A locked field drops typing; setRangeText below would write into it all the same.
    if (!win || field.readOnly || field.disabled || start < 0 || end > before.length || start > end) return false;
    const expected = before.slice(0, start) + replacement + before.slice(end);
    field.focus({ preventScroll: true });
    field.setSelectionRange(start, end);
    // execCommand keeps the browser's undo stack and fires a real input event the page sees.
    const inserted = root.ownerDocument.execCommand('insertText', false, replacement);
    if (!inserted) {
      // Browsers without execCommand on form fields: no native undo, but the page still hears it.
      field.setRangeText(replacement, start, end, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
    }
    if (!(await waitFor(win, () => field.value === expected, 300))) return false;
    // A page that controls the field (React's controlled inputs) may put its own value back on its next render.
    await settle(win);
    return field.value === expected;
  },
};
