import { closestEditable, editableAdapter } from './editable';

/**
 * CKEditor 5 (Zendesk's composer). It applies a one-line `insertReplacementText` through its own
 * model, but takes "\n\n" there as a single break, so the greeting's blank line would be lost.
 * Multi-line text goes in as a plain-text paste instead: its clipboard pipeline makes every "\n\n"
 * a paragraph break (and a lone "\n" a soft break), so each line of ours is doubled to stay a
 * paragraph of its own, empty lines included; a paste is one undo step. A paste goes in at the model's
 * selection, which takes the page's only once the editor has seen the focus (its SelectionObserver sets a
 * selectionchange aside until then): a multi-line Apply selects the span once the editable carries `ck-focused`.
 */
export const ckeditor5 = editableAdapter({
  id: 'ckeditor5',
  findRoot: (el) => closestEditable(el, '.ck-editor__editable'),
  routes: (replacement) => (replacement.includes('\n') ? ['paste'] : ['beforeinput', 'execCommand']),
  pasteText: (replacement) => replacement.replaceAll('\n', '\n\n'),
  hasFocus: (root) => root.classList.contains('ck-focused'),
});
