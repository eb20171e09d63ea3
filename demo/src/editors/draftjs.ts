import { ContentState, Editor, EditorState, getDefaultKeyBinding } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { DemoEditor } from '../types';

/**
 * Draft.js (Facebook's editor, still in many helpdesks' composers) as a controlled React component.
 * Its model is the EditorState held here; the DOM is only its rendering, so text written into the
 * DOM behind Draft's back shows on screen without ever reaching the model (issue 11).
 */
export function mountDraftjs(section: HTMLElement, onInput: () => void): DemoEditor {
  const mount = section.querySelector<HTMLElement>('#draftjs-mount');
  if (!mount) throw new Error('draftjs mount point missing');

  let state = EditorState.createEmpty();
  let readOnly = false;
  let editor: Editor | null = null;
  const root = createRoot(mount);
  const render = () =>
    root.render(
      createElement(Editor, {
        ref: (instance: Editor | null) => {
          editor = instance;
        },
        editorState: state,
        onChange(next: EditorState) {
          state = next;
          render();
        },
        keyBindingFn: getDefaultKeyBinding,
        placeholder: 'Reply to Maria…',
        ariaLabel: 'Draft.js reply',
        ariaMultiline: true,
        spellCheck: true,
        readOnly,
      }),
    );
  flushSync(render);
  // The page's own listener, like the others: Draft renders a contenteditable that fires native input.
  mount.addEventListener('input', onInput);

  return {
    getText: () => state.getCurrentContent().getPlainText('\n'),
    getData: () =>
      state
        .getCurrentContent()
        .getBlocksAsArray()
        .map((block) => JSON.stringify({ type: block.getType(), text: block.getText() }))
        .join('\n'),
    setText(text) {
      state = EditorState.moveFocusToEnd(EditorState.createWithContent(ContentState.createFromText(text)));
      flushSync(render);
    },
    focus() {
      // Selection first, then DOM focus: Draft reads the browser's selection on focus and throws
      // (nullthrows in editOnSelect) when it lands on an element it did not render as a leaf.
      state = EditorState.moveFocusToEnd(state);
      flushSync(render);
      editor?.focus();
    },
    setReadOnly(value) {
      readOnly = value;
      flushSync(render);
    },
  };
}
