// TinyMCE loaded through the iframe reply box's module (./tinymce.ts: core, theme, model, icons and skins in
// the order the module loader needs; importing them here again would let the bundler share them in a chunk
// that runs before the core), then the inline skin part: no iframe, the editable is a div of the page itself.
import { tinymceHandle } from './tinymce';
import tinymce, { type Editor } from 'tinymce';
import 'tinymce/skins/ui/oxide/content.inline.js';
import type { DemoEditor } from '../types';
import { bodyOf } from '../composer-box';

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

  return tinymceHandle(mce, { undoableSetText: true });
}
