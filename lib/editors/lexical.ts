import { closestEditable, editableAdapter } from './editable';

/**
 * Lexical: handles `insertReplacementText` in its beforeinput listener. An empty one does nothing there: a deletion goes
 * in as the agent's Backspace over the selection (`deleteContentBackward`), one undo step of Lexical's own.
 */
export const lexical = editableAdapter({
  id: 'lexical',
  findRoot: (el) => closestEditable(el, '[data-lexical-editor="true"]'),
  routes: (replacement) => (replacement === '' ? ['delete', 'beforeinput', 'execCommand'] : ['beforeinput', 'execCommand']),
});
