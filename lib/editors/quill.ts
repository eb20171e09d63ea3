import { closestEditable, editableAdapter } from './editable';
import type { EditorAdapter } from './types';

/** Quill: observes DOM mutations, so execCommand('insertText') goes through its history. */
const base = editableAdapter({
  id: 'quill',
  findRoot: (el) => closestEditable(el, '.ql-editor'),
});

/**
 * Quill's history merges every change made within a second (its `delay`) of the step's first change into that step, so
 * an Apply right after the agent typed would share their undo step: one Ctrl+Z would take back both. Apply is made its
 * own step from the page's DOM alone, without touching the page's Quill object: Quill undoes and redoes on
 * `beforeinput` historyUndo / historyRedo, and both start a new step (they reset the time its merging counts from).
 * Before the change that closes the agent's step; after it, it closes Apply's, so typing right after it is a step of its own.
 * A locked editor (read-only) is left alone: its undo would move the agent's last step to the redo stack without
 * changing the text.
 */
export const quill: EditorAdapter = {
  ...base,
  async replace(root, start, end, replacement) {
    if (root.isContentEditable) closeUndoStep(root);
    const done = await base.replace(root, start, end, replacement);
    if (done && root.isContentEditable) closeUndoStep(root);
    return done;
  },
};

/**
 * Undoes and at once redoes Quill's last step: the draft ends as it was (in one task, so nothing is painted between),
 * and Quill's next change starts a step of its own. Quill puts the selection back where each step had it: the caret is
 * put back where it was. With nothing to undo (the undo changed nothing in the editor), the redo is not sent either:
 * it would bring back a step the agent had undone.
 */
export function closeUndoStep(root: HTMLElement): void {
  const before = root.innerHTML;
  const caret = base.caretOffset(root);
  root.dispatchEvent(historyInput('historyUndo'));
  if (root.innerHTML === before) return;
  root.dispatchEvent(historyInput('historyRedo'));
  // Read the DOM again: the adapter keeps the text's model for the rest of the task, and Quill has just rewritten it.
  const range = caret === null || caret > base.readText(root).length ? null : base.rangeOf(root, caret, caret);
  const selection = root.ownerDocument.getSelection();
  if (range && selection) {
    selection.removeAllRanges();
    selection.addRange(range);
  }
}

function historyInput(inputType: 'historyUndo' | 'historyRedo'): InputEvent {
  return new InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true, composed: true });
}
