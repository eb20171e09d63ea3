import { closestEditable, editableAdapter } from './editable';
import { withOwnUndoStep } from './own-undo-step';

/**
 * ProseMirror (and Tiptap): reads DOM changes back into its state, so execCommand works. Its history groups adjacent
 * changes within half a second, so Apply is closed into a step of its own (own-undo-step.ts).
 */
export const prosemirror = withOwnUndoStep(
  editableAdapter({
    id: 'prosemirror',
    findRoot: (el) => closestEditable(el, '.ProseMirror'),
  }),
);
