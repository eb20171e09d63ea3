import { closestEditable, editableAdapter } from './editable';

/**
 * TinyMCE: `body#tinymce` in its iframe (the content script runs inside that frame) or
 * `.mce-content-body` in inline mode.
 */
export const tinymce = editableAdapter({
  id: 'tinymce',
  findRoot: (el) => closestEditable(el, 'body#tinymce, .mce-content-body'),
  skip: '[data-mce-bogus="all"]',
  // TinyMCE records an undo level for spell-checker replacements (input events of type
  // insertReplacementText) but not for execCommand's insertText, so without this Ctrl+Z would undo
  // the typing and the replacement together. Announce the change the way a spell checker does.
  afterNativeInsert(root, replacement) {
    root.dispatchEvent(new InputEvent('input', { inputType: 'insertReplacementText', data: replacement, bubbles: true }));
  },
});
