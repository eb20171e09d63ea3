import { closestEditable, editableAdapter } from './editable';

/**
 * CKEditor 4: `body.cke_editable` in its `iframe.cke_wysiwyg_frame` (the content script runs in
 * that frame, as for TinyMCE), or `.cke_editable` inline. It records an undo step only around its
 * own commands: text the browser inserts (`execCommand`) lands, but Ctrl+Z then steps over it and
 * redo is lost. A plain-text `paste` goes through its clipboard pipeline instead, in one undo step;
 * there "\n\n" ends a paragraph and a lone "\n" is a soft break, so each line of ours is doubled to
 * stay a paragraph of its own, empty lines included. The hidden-selection container it keeps for
 * widgets is not reply text.
 */
export const ckeditor4 = editableAdapter({
  id: 'ckeditor4',
  findRoot: (el) => closestEditable(el, '.cke_editable'),
  skip: '[data-cke-hidden-sel], [data-cke-temp]',
  routes: () => ['paste'],
  pasteText: (replacement) => replacement.replaceAll('\n', '\n\n'),
});
