import { createElement, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createEditor, Editor, Node, Transforms, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, ReactEditor, Slate, withReact } from 'slate-react';
import type { DemoEditor } from '../types';
import { toLines } from '../text';

type Paragraph = { type: 'paragraph'; children: { text: string }[] };

function paragraphs(text: string): Paragraph[] {
  const lines = toLines(text);
  return (lines.length ? lines : ['']).map((line) => ({ type: 'paragraph', children: [{ text: line }] }));
}

/**
 * Slate with slate-react and slate-history (Intercom-style composers are built on it). Its model is
 * `editor.children`; slate-react takes `beforeinput` through its own transforms (and cancels it, so
 * the browser fires no `input`) and re-renders. A page built on Slate hears of changes through
 * Slate's `onChange`, so that is where this page counts them.
 */
export function mountSlate(section: HTMLElement, onInput: () => void): DemoEditor {
  const mount = section.querySelector<HTMLElement>('#slate-mount');
  if (!mount) throw new Error('slate mount point missing');

  const editor = withHistory(withReact(createEditor()));
  // The read-only lock lives outside React, so the page can set it synchronously (flushSync below).
  let readOnly = false;
  const readOnlyListeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    readOnlyListeners.add(listener);
    return () => readOnlyListeners.delete(listener);
  };

  function SlateReply() {
    const locked = useSyncExternalStore(subscribe, () => readOnly);
    const editable = createElement(Editable, {
      id: 'slate-editable',
      className: 'rich-editable',
      placeholder: 'Reply to Maria…',
      'aria-label': 'Slate reply',
      'aria-multiline': true,
      readOnly: locked,
    });
    return createElement(Slate, {
      editor,
      initialValue: paragraphs('') as Descendant[],
      // Selection moves are not edits.
      onValueChange: () => onInput(),
      children: editable,
    });
  }
  const root = createRoot(mount);
  flushSync(() => root.render(createElement(SlateReply)));

  const text = () => editor.children.map((block) => Node.string(block)).join('\n');

  return {
    getText: text,
    getData: () => JSON.stringify(editor.children),
    setText(value) {
      // Through Slate's own transforms, as a helpdesk macro would (never by touching its DOM); like the
      // other editors' setData it leaves no selection and an empty undo history.
      flushSync(() => {
        Editor.withoutNormalizing(editor, () => {
          Transforms.deselect(editor);
          for (let i = editor.children.length - 1; i >= 0; i -= 1) Transforms.removeNodes(editor, { at: [i] });
          Transforms.insertNodes(editor, paragraphs(value) as Descendant[], { at: [0] });
        });
      });
      editor.history = { undos: [], redos: [] };
    },
    focus() {
      // Slate ignores a blur while it is read-only and would go on believing it has focus (and skip
      // focusing): tell it that it has none when the page's focus is elsewhere.
      if (document.activeElement !== ReactEditor.toDOMNode(editor, editor)) ReactEditor.blur(editor);
      ReactEditor.focus(editor);
      Transforms.select(editor, Editor.end(editor, []));
    },
    setReadOnly(value) {
      readOnly = value;
      flushSync(() => {
        for (const listener of readOnlyListeners) listener();
      });
    },
  };
}
