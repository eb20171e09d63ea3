import { closestEditable, editableAdapter } from './editable';

/**
 * Draft.js: a React rendering of its EditorState. Only text in the leaves Draft renders
 * (`[data-text]` inside `[data-block]`) is in its model; text the browser writes beside them is not.
 * Draft does not handle a synthetic `beforeinput`, and `execCommand('insertText')` with line breaks
 * leaves text on screen that never reaches its model, so every replacement goes in as a paste,
 * which Draft takes into its model (line breaks become blocks) as one undo step.
 */
export const draftjs = editableAdapter({
  id: 'draftjs',
  findRoot: (el) => closestEditable(el, '.public-DraftEditor-content'),
  textIn: '[data-text="true"]',
  lineBlocks: '[data-block="true"]',
  routes: () => ['paste'],
});
