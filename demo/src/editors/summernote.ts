import jQuery from 'jquery';
import type { DemoEditor } from '../types';
import { blocksText, textToParagraphHtml, trimFinalNewline } from '../text';
import { bodyOf } from '../composer-box';

/**
 * Summernote 0.9 (lite build; FreeScout's and many self-hosted helpdesks' composer), a jQuery plugin: the editable is
 * `div.note-editable`, and its model is its HTML (`summernote('code')`). It keeps its own undo stack of HTML
 * snapshots, taken after its commands and on mouseup, not per keystroke; Ctrl+Y redoes.
 */
export async function mountSummernote(section: HTMLElement, onInput: () => void): Promise<DemoEditor> {
  // The lite build is a UMD module that finds jQuery on the window when it is not loaded as CommonJS.
  (window as unknown as { jQuery: typeof jQuery }).jQuery = jQuery;
  await import('summernote/dist/summernote-lite.js');
  await import('summernote/dist/summernote-lite.css');
  const target = document.createElement('div');
  target.id = 'summernote-target';
  bodyOf(section).appendChild(target);
  const host = jQuery(target);
  const summernote: typeof host.summernote = host.summernote.bind(host);
  summernote({ placeholder: 'Reply to Maria…', height: 160, toolbar: [['style', ['bold', 'italic']]] });
  const editable = section.querySelector<HTMLElement>('.note-editable');
  if (!editable) throw new Error('summernote: no .note-editable');
  editable.setAttribute('aria-label', 'Summernote reply');
  editable.addEventListener('input', onInput);

  return {
    getText: () => trimFinalNewline(blocksText(summernote('code'))),
    getData: () => summernote('code'),
    setText(text) {
      summernote('code', textToParagraphHtml(text));
    },
    focus() {
      summernote('focus');
    },
    setReadOnly(readOnly) {
      summernote(readOnly ? 'disable' : 'enable');
    },
  };
}
