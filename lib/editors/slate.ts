import { closestEditable, editableAdapter } from './editable';

/**
 * Slate (slate-react): renders `editor.children`; text lives in `[data-slate-string]` leaves
 * (`[data-slate-zero-width]` for an empty line), blocks are `[data-slate-node="element"]`. It takes
 * a synthetic `insertReplacementText` through its own transforms (a DataTransfer with line breaks
 * becomes paragraphs) and repaints its model over any DOM change it did not make.
 */
export const slate = editableAdapter({
  id: 'slate',
  findRoot: (el) => closestEditable(el, '[data-slate-editor="true"]'),
  textIn: '[data-slate-string], [data-slate-zero-width]',
  lineBlocks: '[data-slate-node="element"]:not([data-slate-inline])',
  routes: () => ['beforeinput'],
});
