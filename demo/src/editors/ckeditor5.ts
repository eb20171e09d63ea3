import {
  Bold,
  type BalloonEditor,
  DecoupledEditor,
  Essentials,
  Italic,
  Link,
  List,
  Paragraph,
  type ModelElement,
} from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import type { DemoEditor } from '../types';
import { textToParagraphHtml } from '../text';

/**
 * CKEditor 5 as Zendesk's agent workspace uses it: a DecoupledEditor whose
 * editable is the element inside `[data-test-id="omnicomposer-rich-text-ckeditor"]`.
 * CKEditor turns that element into `div.ck-editor__editable[role=textbox]`.
 */
export async function mountCkeditor5(section: HTMLElement, onInput: () => void): Promise<DemoEditor> {
  const editableElement = section.querySelector<HTMLElement>('#ckeditor5-editable');
  const toolbarSlot = section.querySelector<HTMLElement>('#ckeditor5-toolbar');
  if (!editableElement || !toolbarSlot) throw new Error('ckeditor5 mount points missing');

  const editor = await DecoupledEditor.create({
    licenseKey: 'GPL', // GPL builds make no licence/usage requests.
    plugins: [Essentials, Paragraph, Bold, Italic, Link, List],
    toolbar: ['undo', 'redo', '|', 'bold', 'italic', 'link', '|', 'bulletedList', 'numberedList'],
    root: { element: editableElement, placeholder: 'Reply to Maria…' },
  });
  const toolbarElement = editor.ui.view.toolbar.element;
  if (toolbarElement) toolbarSlot.appendChild(toolbarElement);

  const editable = editor.ui.getEditableElement();
  if (!editable) throw new Error('ckeditor5 has no editable element');
  editable.addEventListener('input', onInput);

  return ckeditor5Handle(editor);
}

/** The demo's handle on any CKEditor 5 build (decoupled or balloon): both keep their text in `editor.model`. */
export function ckeditor5Handle(editor: DecoupledEditor | BalloonEditor): DemoEditor {
  return {
    // Read the model, not the DOM: the editing view contains inline filler
    // characters (U+2060 / zero-width) and widget chrome that are not content.
    getText() {
      const root = editor.model.document.getRoot();
      if (!root) return '';
      const blocks: string[] = [];
      for (const child of root.getChildren()) {
        if (!child.is('element')) continue;
        blocks.push(blockText(editor, child));
      }
      return blocks.join('\n');
    },
    getData: () => editor.getData(),
    setText(text) {
      editor.setData(textToParagraphHtml(text));
    },
    focus() {
      editor.editing.view.focus();
    },
    setReadOnly(readOnly) {
      if (readOnly) editor.enableReadOnlyMode('demo-lock');
      else editor.disableReadOnlyMode('demo-lock');
    },
  };
}

/** Concatenate a model block's text; soft breaks (Shift+Enter) become "\n". */
function blockText(editor: DecoupledEditor | BalloonEditor, block: ModelElement): string {
  let text = '';
  for (const item of editor.model.createRangeIn(block).getItems()) {
    if (item.is('$textProxy')) text += item.data;
    else if (item.is('element', 'softBreak')) text += '\n';
  }
  return text;
}
