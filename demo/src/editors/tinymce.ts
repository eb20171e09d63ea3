// TinyMCE bundled the documented "module loader" way: the core first (it sets
// the `tinymce` global), then theme, model, icons, plugins and skins. The skin
// `.js` files register their CSS with `tinymce.Resource`, so TinyMCE never
// fetches skins/themes from a base URL or CDN at run time.
import tinymce, { type Editor } from 'tinymce';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';
import 'tinymce/plugins/lists';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/ui/oxide-dark/skin.js';
import 'tinymce/skins/ui/oxide-dark/content.js';
import 'tinymce/skins/content/default/content.js';
import 'tinymce/skins/content/dark/content.js';
import type { DemoEditor } from '../types';
import { textToParagraphHtml } from '../text';

/**
 * TinyMCE 8 (classic iframe mode). The editable is `body#tinymce` inside the
 * iframe `#tinymce-target_ifr`, so input events and selection live in the
 * iframe's document, not the page's.
 */
export async function mountTinymce(section: HTMLElement, onInput: () => void): Promise<DemoEditor> {
  const target = section.querySelector<HTMLTextAreaElement>('#tinymce-target');
  if (!target) throw new Error('tinymce target textarea missing');

  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const [editor] = await tinymce.init({
    target,
    license_key: 'gpl',
    skin: dark ? 'oxide-dark' : 'oxide',
    content_css: dark ? 'dark' : 'default',
    plugins: 'lists',
    toolbar: 'undo redo | bold italic | bullist numlist',
    menubar: false,
    statusbar: false,
    promotion: false,
    branding: false,
    height: 220,
    placeholder: 'Reply to Maria…',
    // No external anything: keep URLs as written, no remote content CSS.
    convert_urls: false,
  });
  if (!editor) throw new Error('tinymce.init() returned no editor');
  const mce: Editor = editor;

  // TinyMCE re-dispatches the iframe body's native `input` event as its own.
  mce.on('input', onInput);

  return tinymceHandle(mce);
}

/**
 * The demo's handle on a TinyMCE editor, iframe or inline. `undoableSetText`: a macro is an undoable change in
 * TinyMCE's history, as the helpdesk's own insert is.
 */
export function tinymceHandle(mce: Editor, { undoableSetText = false } = {}): DemoEditor {
  return {
    getText: () => mce.getContent({ format: 'text' }),
    getData: () => mce.getContent(),
    setText(text) {
      mce.setContent(textToParagraphHtml(text));
      if (undoableSetText) mce.undoManager.add();
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
