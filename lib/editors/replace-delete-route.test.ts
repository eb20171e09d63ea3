// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { replaceInEditable, type TextAccess } from './replace';

/**
 * Review 44: the `delete` route (Lexical) is a Backspace over whatever the editor's selection is when it goes in. Where
 * that is no longer the span we selected (the agent clicked into the draft at that moment), a Backspace at their caret
 * would take one of their characters, and an editor's own change is never taken back. A stand-in editor deletes as
 * Lexical does: the selection, or the character before a caret.
 */
function lexicalLike(text: string) {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  Object.defineProperty(root, 'isContentEditable', { value: true });
  root.textContent = text;
  document.body.append(root);
  root.addEventListener('beforeinput', (event) => {
    if ((event as InputEvent).inputType !== 'deleteContentBackward') return;
    event.preventDefault();
    const node = root.firstChild as Text;
    const range = document.getSelection()!.getRangeAt(0);
    const from = range.collapsed ? Math.max(0, range.startOffset - 1) : range.startOffset;
    node.deleteData(from, range.endOffset - from);
  });
  return root;
}

const access = (moveCaret?: () => void): TextAccess => ({
  readText: (root) => root.textContent ?? '',
  rangeOf: (root, start, end) => {
    const range = document.createRange();
    range.setStart(root.firstChild!, start);
    range.setEnd(root.firstChild!, end);
    return range;
  },
  beforeInsert: moveCaret,
  routes: (replacement) => (replacement === '' ? ['delete'] : ['beforeinput']),
});

describe('the delete route (review44)', () => {
  it('deletes the span it selected', async () => {
    const root = lexicalLike('Hi Jo. Calm down. The lamp ships today.');
    expect(await replaceInEditable(access(), root, 7, 18, '')).toBe(true);
    expect(root.textContent).toBe('Hi Jo. The lamp ships today.');
  });

  it('deletes nothing when the selection is not the span as the delete goes in', async () => {
    const root = lexicalLike('Hi Jo. Calm down. The lamp ships today.');
    const agentClicks = () => document.getSelection()!.collapse(root.firstChild!, 5);
    expect(await replaceInEditable(access(agentClicks), root, 7, 18, '')).toBe(false);
    expect(root.textContent).toBe('Hi Jo. Calm down. The lamp ships today.');
  });
});
