import { closestEditable, editableAdapter } from './editable';

/** Quill: observes DOM mutations, so execCommand('insertText') goes through its history. */
export const quill = editableAdapter({
  id: 'quill',
  findRoot: (el) => closestEditable(el, '.ql-editor'),
});
