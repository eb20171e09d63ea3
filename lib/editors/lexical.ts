import { closestEditable, editableAdapter } from './editable';

/** Lexical: handles `insertReplacementText` in its beforeinput listener. */
export const lexical = editableAdapter({
  id: 'lexical',
  findRoot: (el) => closestEditable(el, '[data-lexical-editor="true"]'),
});
