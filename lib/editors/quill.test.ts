// @vitest-environment jsdom
// Closing Quill's undo step from the page's DOM: the undo and redo it sends leave the draft as it was, and with
// nothing to undo it sends no redo (which would bring back a step the agent had undone).
import { afterEach, describe, expect, it } from 'vitest';
import { closeUndoStep } from './own-undo-step';
import { quill } from './quill';

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
    closeUndoStep(quill, editor.root);
    expect(editor.seen).toEqual(['historyUndo', 'historyRedo']);
    expect(editor.root.textContent).toBe('Hi Maria, thanks');
    expect(editor.undo).toEqual(['Hi Maria']);
    expect(editor.redo).toEqual([]);
  });

  it('sends no redo when there was nothing to undo, so a step the agent undid stays undone', () => {
    const editor = historyEditor('Hi Maria', [], ['Hi Maria, as I said before']);
    closeUndoStep(quill, editor.root);
    expect(editor.seen).toEqual(['historyUndo']);
    expect(editor.root.textContent).toBe('Hi Maria');
    expect(editor.redo).toEqual(['Hi Maria, as I said before']);
  });

  it('puts the caret back on the nodes Quill wrote, not the ones it emptied (no throw, the caret where it was)', () => {
    // Quill's undo and redo rewrite the line: the old text node is emptied and a new one holds the text.
    const editor = historyEditor('', [], []);
    const steps = new Map([['historyUndo', 'Per our records'], ['historyRedo', 'Per our records, there are no outages.']]);
    editor.root.append(document.createTextNode('Per our records, there are no outages.'));
    editor.root.addEventListener('beforeinput', (event) => {
      const text = steps.get((event as InputEvent).inputType)!;
      for (const node of editor.root.childNodes) (node as Text).data = '';
      editor.root.append(document.createTextNode(text));
    });
    const selection = document.getSelection()!;
    selection.collapse(editor.root.firstChild, 38);
    expect(() => closeUndoStep(quill, editor.root)).not.toThrow();
    expect(editor.root.textContent).toBe('Per our records, there are no outages.');
    expect(selection.focusNode).toBe(editor.root.lastChild);
    expect(selection.focusOffset).toBe(38);
  });
});
