import { closestEditable, editableAdapter } from './editable';

/**
 * CKEditor 4: `body.cke_editable` in its `iframe.cke_wysiwyg_frame` (the content script runs in
 * that frame, as for TinyMCE), or `.cke_editable` inline. Its document is its model, so the
 * browser's own `execCommand('insertText')` (line breaks become paragraphs) is what it reads back.
 * The hidden-selection container it keeps for widgets is not reply text.
 */
export const ckeditor4 = editableAdapter({
  id: 'ckeditor4',
  findRoot: (el) => closestEditable(el, '.cke_editable'),
  skip: '[data-cke-hidden-sel], [data-cke-temp]',
  routes: () => ['execCommand'],
});
