import type { EditorAdapter } from './types';

/**
 * Editors whose history merges changes made close together into one undo step — Quill within a second of the step's
 * first change, ProseMirror (and Tiptap) within half a second of the last one, when adjacent — would put an Apply made
 * soon after the agent's typing into the agent's step: one Ctrl+Z would take back both. Apply is made its own step from
 * the page's DOM alone, without touching the page's editor object: both undo and redo on `beforeinput` historyUndo /
 * historyRedo, and both start a new step. Before the change that closes the agent's step; after it, it closes Apply's,
 * so typing right after it is a step of its own. A locked editor (read-only) is left alone: its undo would move the
 * agent's last step to the redo stack without changing the text.
 */
export function withOwnUndoStep(base: EditorAdapter): EditorAdapter {
  return {
    ...base,
    async replace(root, start, end, replacement) {
      if (root.isContentEditable) closeUndoStep(base, root);
      const done = await base.replace(root, start, end, replacement);
      if (done && root.isContentEditable) closeUndoStep(base, root);
      return done;
    },
  };
}

/**
 * Undoes and at once redoes the editor's last step: the draft ends as it was (in one task, so nothing is painted
 * between), and the editor's next change starts a step of its own. The caret is put back where it was. With nothing to
 * undo (the undo changed nothing in the editor), the redo is not sent either: it would bring back a step the agent had
 * undone.
 */
export function closeUndoStep(base: EditorAdapter, root: HTMLElement): void {
  const before = root.innerHTML;
  const caret = base.caretOffset(root);
  root.dispatchEvent(historyInput('historyUndo'));
  if (root.innerHTML === before) return;
  root.dispatchEvent(historyInput('historyRedo'));
  // Read the DOM again: the adapter keeps the text's model for the rest of the task, and the editor has just rewritten it.
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
