import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { DemoEditor } from '../types';
import { textToParagraphHtml } from '../text';
import { bodyOf } from '../composer-box';

/**
 * Tiptap 3 with its starter kit (undo history included), as many helpdesk composers ship it. The model is the
 * ProseMirror document under `editor.state`; Tiptap renders it into `div.tiptap.ProseMirror`.
 */
export function mountTiptap(section: HTMLElement, onInput: () => void): DemoEditor {
  const mount = document.createElement('div');
  mount.className = 'pm-mount';
  bodyOf(section).appendChild(mount);
  const editor = new Editor({
    element: mount,
    extensions: [StarterKit],
    editorProps: {
      attributes: {
        id: 'tiptap-editable',
        class: 'rich-editable',
        role: 'textbox',
        'aria-label': 'Tiptap reply',
        'aria-multiline': 'true',
      },
    },
  });
  editor.view.dom.addEventListener('input', onInput);

  return {
    // Blocks joined by "\n", hard breaks too (the same text model as the ProseMirror reply box).
    getText: () => editor.getText({ blockSeparator: '\n' }),
    getData: () => editor.getHTML(),
    setText(text) {
      editor.commands.setContent(textToParagraphHtml(text));
    },
    focus() {
      // Tiptap's focus command moves the caret now but focuses on the next frame: focus now too, so keys
      // pressed right away reach the editor.
      editor.commands.focus('end');
      editor.view.focus();
    },
    setReadOnly(readOnly) {
      editor.setEditable(!readOnly);
    },
  };
}
