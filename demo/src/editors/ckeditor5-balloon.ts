import { BalloonEditor, Bold, Essentials, Italic, Paragraph, type ModelElement } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import type { DemoEditor } from '../types';
import { textToParagraphHtml } from '../text';
import { bodyOf } from '../composer-box';

/**
 * CKEditor 5's balloon editor: the element itself becomes `.ck-editor__editable` (no frame, no fixed
 * toolbar); its toolbar is a balloon over a selection. The model is `editor.model`, as in the Zendesk box.
 */
export async function mountCkeditor5Balloon(section: HTMLElement, onInput: () => void): Promise<DemoEditor> {
  const element = document.createElement('div');
  element.id = 'ckeditor5-balloon-editable';
  element.className = 'rich-editable';
  bodyOf(section).appendChild(element);

  const editor = await BalloonEditor.create(element, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic],
    toolbar: ['bold', 'italic'],
    placeholder: 'Reply to Maria…',
  });
  const editable = editor.ui.getEditableElement();
  if (!editable) throw new Error('ckeditor5 balloon has no editable element');
  editable.addEventListener('input', onInput);

  return {
    getText() {
      const root = editor.model.document.getRoot();
      if (!root) return '';
      const blocks: string[] = [];
      for (const child of root.getChildren()) if (child.is('element')) blocks.push(blockText(editor, child));
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

function blockText(editor: BalloonEditor, block: ModelElement): string {
  let text = '';
  for (const item of editor.model.createRangeIn(block).getItems()) {
    if (item.is('$textProxy')) text += item.data;
    else if (item.is('element', 'softBreak')) text += '\n';
  }
  return text;
}
