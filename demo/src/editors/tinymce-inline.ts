// TinyMCE bundled the module-loader way, as the iframe reply box (./tinymce.ts) does, with the inline skin
// parts: no iframe, the editable is a div of the page itself.
import tinymce, { type Editor } from 'tinymce';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.inline.js';
import type { DemoEditor } from '../types';
import { textToParagraphHtml } from '../text';
import { bodyOf } from '../composers';

/** TinyMCE 8 in inline mode: `div.mce-content-body` in the page, the toolbar floating above it on focus. */
export async function mountTinymceInline(section: HTMLElement, onInput: () => void): Promise<DemoEditor> {
  const target = document.createElement('div');
  target.id = 'tinymce-inline-editable';
  target.className = 'rich-editable';
  target.setAttribute('aria-label', 'TinyMCE inline reply');
  bodyOf(section).appendChild(target);

  const [editor] = await tinymce.init({
    target,
    inline: true,
    license_key: 'gpl',
    skin: 'oxide',
    content_css: false,
    toolbar: 'undo redo | bold italic',
    menubar: false,
    promotion: false,
    branding: false,
    placeholder: 'Reply to Maria…',
    convert_urls: false,
  });
  if (!editor) throw new Error('tinymce.init() returned no inline editor');
  const mce: Editor = editor;
  mce.on('input', onInput);

  return {
    getText: () => mce.getContent({ format: 'text' }),
    getData: () => mce.getContent(),
    setText(text) {
      mce.setContent(textToParagraphHtml(text));
      // A macro is an undoable change in TinyMCE's history, as the helpdesk's own insert is.
      mce.undoManager.add();
    },
    focus() {
      mce.focus();
      mce.selection.select(mce.getBody(), true);
      mce.selection.collapse(false);
    },
    setReadOnly(readOnly) {
      mce.mode.set(readOnly ? 'readonly' : 'design');
    },
  };
}
