import { BalloonEditor, Bold, Essentials, Italic, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import type { DemoEditor } from '../types';
import { bodyOf } from '../composer-box';
import { ckeditor5Handle } from './ckeditor5';

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

  return ckeditor5Handle(editor);
}
