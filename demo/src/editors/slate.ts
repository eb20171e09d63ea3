import { createElement, useState } from 'react';
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
 * `editor.children`; slate-react applies `beforeinput` through its own transforms and re-renders,
 * and reverts DOM changes it did not make.
 */
export function mountSlate(section: HTMLElement, onInput: () => void): DemoEditor {
  const mount = section.querySelector<HTMLElement>('#slate-mount');
  if (!mount) throw new Error('slate mount point missing');

  const editor = withHistory(withReact(createEditor()));
  const initial: Descendant[] = paragraphs('') as Descendant[];

  let lock: (readOnly: boolean) => void = () => undefined;
  function SlateReply() {
    const [value] = useState(initial);
    const [readOnly, setReadOnly] = useState(false);
    lock = setReadOnly;
    const editable = createElement(Editable, {
      id: 'slate-editable',
      className: 'rich-editable',
      placeholder: 'Reply to Maria…',
      'aria-label': 'Slate reply',
      'aria-multiline': true,
      readOnly,
    });
    return createElement(Slate, { editor, initialValue: value, children: editable });
  }
  const root = createRoot(mount);
  flushSync(() => root.render(createElement(SlateReply)));
  // Slate cancels most beforeinput and types through its model, so native input is rarer than in
  // other editors; the page listens where it bubbles, like any page would.
  mount.addEventListener('input', onInput);

  const text = () => editor.children.map((block) => Node.string(block)).join('\n');

  return {
    getText: text,
    getData: () => JSON.stringify(editor.children),
    setText(value) {
      // Like the other editors' setData: new content, no selection, an empty undo history
      // (Slate's documented way to reset a document).
      flushSync(() => {
        editor.children = paragraphs(value) as Descendant[];
        editor.selection = null;
        editor.history = { undos: [], redos: [] };
        editor.onChange();
      });
    },
    focus() {
      ReactEditor.focus(editor);
      Transforms.select(editor, Editor.end(editor, []));
    },
    setReadOnly(readOnly) {
      flushSync(() => lock(readOnly));
    },
  };
}

