import { closestEditable, editableAdapter } from './editable';

/** ProseMirror (and Tiptap): reads DOM changes back into its state, so execCommand works. */
export const prosemirror = editableAdapter({
  id: 'prosemirror',
  findRoot: (el) => closestEditable(el, '.ProseMirror'),
});
