import { createElement, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { DemoEditor } from '../types';
import { bodyOf } from '../composer-box';

/**
 * A React 19 controlled `<textarea>`: its value is set from component state on every render, and onChange
 * is the only way into that state. `getText` reads the state React last committed, never the DOM, so a
 * change React did not hear of (a value written behind its back) does not count.
 */
export function mountReactTextarea(section: HTMLElement, onInput: () => void): DemoEditor {
  const mount = document.createElement('div');
  bodyOf(section).appendChild(mount);

  let committed = '';
  let setDraft: ((text: string) => void) | null = null;
  let readOnly = false;
  const readOnlyListeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    readOnlyListeners.add(listener);
    return () => readOnlyListeners.delete(listener);
  };

  function ReplyBox() {
    const [draft, setState] = useState('');
    const locked = useSyncExternalStore(subscribe, () => readOnly);
    useLayoutEffect(() => {
      committed = draft;
    }, [draft]);
    setDraft = setState;
    return createElement('textarea', {
      id: 'react-textarea-input',
      className: 'plain-textarea',
      rows: 6,
      'aria-label': 'Reply (React)',
      placeholder: 'Write your reply…',
      value: draft,
      readOnly: locked,
      onChange: (event: { target: HTMLTextAreaElement }) => setState(event.target.value),
    });
  }
  const root = createRoot(mount);
  flushSync(() => root.render(createElement(ReplyBox)));
  const textarea = mount.querySelector('textarea');
  if (!textarea) throw new Error('react textarea did not render');
  textarea.addEventListener('input', onInput);

  return {
    getText: () => committed,
    getData: () => committed,
    setText(text) {
      flushSync(() => setDraft?.(text));
    },
    focus() {
      textarea.focus();
      textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    },
    setReadOnly(value) {
      readOnly = value;
      flushSync(() => readOnlyListeners.forEach((listener) => listener()));
    },
  };
}
