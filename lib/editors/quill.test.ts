// @vitest-environment jsdom
// Closing Quill's undo step from the page's DOM: the undo and redo it sends leave the draft as it was, and with
// nothing to undo it sends no redo (which would bring back a step the agent had undone).
import { afterEach, describe, expect, it } from 'vitest';
import { closeUndoStep } from './quill';

afterEach(() => document.body.replaceChildren());

/** An editor that undoes and redoes on beforeinput as Quill does, with its steps' texts and the history events it saw. */
function historyEditor(text: string, undo: string[], redo: string[]) {
  const root = document.createElement('div');
  root.className = 'ql-editor';
  root.contentEditable = 'true';
  root.textContent = text;
  document.body.append(root);
  const seen: string[] = [];
  root.addEventListener('beforeinput', (event) => {
    const type = (event as InputEvent).inputType;
    seen.push(type);
    const [from, to] = type === 'historyUndo' ? [undo, redo] : [redo, undo];
    const step = from.pop();
    if (step === undefined) return;
    to.push(root.textContent!);
    root.textContent = step;
  });
  return { root, seen, undo, redo };
}

describe('closing Quill’s undo step', () => {
  it('undoes and redoes the last step: the draft ends as it was, the steps too', () => {
    const editor = historyEditor('Hi Maria, thanks', ['Hi Maria'], []);
    closeUndoStep(editor.root);
    expect(editor.seen).toEqual(['historyUndo', 'historyRedo']);
    expect(editor.root.textContent).toBe('Hi Maria, thanks');
    expect(editor.undo).toEqual(['Hi Maria']);
    expect(editor.redo).toEqual([]);
  });

  it('sends no redo when there was nothing to undo, so a step the agent undid stays undone', () => {
    const editor = historyEditor('Hi Maria', [], ['Hi Maria, as I said before']);
    closeUndoStep(editor.root);
    expect(editor.seen).toEqual(['historyUndo']);
    expect(editor.root.textContent).toBe('Hi Maria');
    expect(editor.redo).toEqual(['Hi Maria, as I said before']);
  });
});
