import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { DOMSerializer, type Node as ProseMirrorNode } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import 'prosemirror-view/style/prosemirror.css';
import type { DemoEditor } from '../types';
import { toLines } from '../text';

/** ProseMirror with the basic schema, undo history and the base keymap. */
export function mountProseMirror(section: HTMLElement, onInput: () => void): DemoEditor {
  const mount = section.querySelector<HTMLElement>('#prosemirror-mount');
  if (!mount) throw new Error('prosemirror mount point missing');

  const state = EditorState.create({
    schema,
    plugins: [
      history(),
      keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }),
      keymap(baseKeymap),
    ],
  });
  const view = new EditorView(mount, {
    state,
    attributes: {
      id: 'prosemirror-editable',
      class: 'rich-editable',
      role: 'textbox',
      'aria-label': 'ProseMirror reply',
      'aria-multiline': 'true',
    },
  });
  view.dom.addEventListener('input', onInput);

  const serializer = DOMSerializer.fromSchema(schema);

  return {
    // Blocks joined by "\n"; hard breaks (Shift+Enter) also become "\n".
    getText: () => docText(view.state.doc),
    getData() {
      const container = document.createElement('div');
      container.appendChild(serializer.serializeFragment(view.state.doc.content));
      return container.innerHTML;
    },
    setText(text) {
      const paragraphs = toLines(text).map((line) =>
        schema.nodes.paragraph.create(null, line === '' ? null : schema.text(line)),
      );
      if (paragraphs.length === 0) paragraphs.push(schema.nodes.paragraph.create());
      const { tr } = view.state;
      tr.replaceWith(0, tr.doc.content.size, paragraphs);
      tr.setSelection(TextSelection.atEnd(tr.doc));
      view.dispatch(tr);
    },
    focus() {
      view.focus();
    },
    setReadOnly(readOnly) {
      view.setProps({ editable: () => !readOnly });
    },
  };
}

function docText(doc: ProseMirrorNode): string {
  return doc.textBetween(0, doc.content.size, '\n', (leaf) => (leaf.type.name === 'hard_break' ? '\n' : ''));
}
