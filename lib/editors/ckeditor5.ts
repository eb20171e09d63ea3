import { closestEditable, editableAdapter } from './editable';

/** CKEditor 5 (Zendesk's composer). It applies `insertReplacementText` through its own model. */
export const ckeditor5 = editableAdapter({
  id: 'ckeditor5',
  findRoot: (el) => closestEditable(el, '.ck-editor__editable'),
});
