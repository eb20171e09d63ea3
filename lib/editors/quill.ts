import { closestEditable, editableAdapter } from './editable';
import { withOwnUndoStep } from './own-undo-step';

/**
 * Quill: observes DOM mutations, so execCommand('insertText') goes through its history; that history merges every
 * change within a second of a step's first change, so Apply is closed into a step of its own (own-undo-step.ts).
 */
export const quill = withOwnUndoStep(
  editableAdapter({
    id: 'quill',
    findRoot: (el) => closestEditable(el, '.ql-editor'),
  }),
);
