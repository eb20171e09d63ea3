import type { DemoEditor } from '../types';
import { textToParagraphHtml } from '../text';

/**
 * CKEditor 4.22.1, the last open-source release (GPL/LGPL/MPL; 4.23+ is the commercial LTS), in its
 * classic iframe mode as older helpdesk composers use it. It is not an ES module: it loads its
 * plugins, skin and language from its own folder, which the demo build copies to `ckeditor4/`
 * (demo/vite.config.ts). The editable is `body.cke_editable` inside `iframe.cke_wysiwyg_frame`,
 * and the editor's model is that document (getData serialises it).
 */

interface Ck4Range {
  moveToElementEditEnd(element: unknown): void;
  select(): void;
}
interface Ck4Editor {
  getData(): string;
  setData(html: string, options?: { callback?: () => void }): void;
  focus(): void;
  editable(): { $: HTMLElement };
  createRange(): Ck4Range;
  on(event: string, listener: () => void): void;
  setReadOnly(readOnly: boolean): void;
}
interface Ck4 {
  config: Record<string, unknown>;
  disableAutoInline: boolean;
  replace(element: HTMLTextAreaElement, config: Record<string, unknown>): Ck4Editor;
}
declare global {
  interface Window {
    CKEDITOR?: Ck4;
  }
}

const SCRIPT_URL = './ckeditor4/ckeditor.js';

function loadScript(): Promise<Ck4> {
  if (window.CKEDITOR) return Promise.resolve(window.CKEDITOR);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = SCRIPT_URL;
    script.onload = () => {
      if (!window.CKEDITOR) return reject(new Error('ckeditor4 did not define CKEDITOR'));
      // Else, once the page is ready, CKEditor 4 turns every contenteditable="true" of the page (the
      // other editors' boxes) into an inline CKEditor. A script's load event comes right after it ran,
      // before that.
      window.CKEDITOR.disableAutoInline = true;
      resolve(window.CKEDITOR);
    };
    script.onerror = () => reject(new Error(`could not load ${SCRIPT_URL} (run npm run demo:build)`));
    document.head.appendChild(script);
  });
}

export async function mountCkeditor4(section: HTMLElement, onInput: () => void): Promise<DemoEditor> {
  const target = section.querySelector<HTMLTextAreaElement>('#ckeditor4-target');
  if (!target) throw new Error('ckeditor4 target textarea missing');
  const CKEDITOR = await loadScript();
  // The version check asks cke4.ckeditor.com whether this release is still secure; set globally too, where it is read.
  CKEDITOR.config.versionCheck = false;

  const editor = CKEDITOR.replace(target, {
    customConfig: '',
    language: 'en',
    height: 200,
    // No requests anywhere: no version check, no spell-check service, no uploads; magicline puts
    // its own widget into the editable, which a real reply box would not have.
    versionCheck: false,
    removePlugins: 'scayt,uploadimage,uploadwidget,filebrowser,image,magicline,elementspath,resize,maximize,sourcearea,table,tabletools,tableselection',
    toolbar: [['Undo', 'Redo'], ['Bold', 'Italic', 'Link'], ['NumberedList', 'BulletedList']],
    title: 'CKEditor 4 reply',
  });
  await new Promise<void>((resolve) => editor.on('instanceReady', () => resolve()));

  // The iframe's document is rebuilt whenever the content DOM is (re)created: listen again each time.
  const listen = () => editor.editable().$.addEventListener('input', onInput);
  editor.on('contentDom', listen);
  listen();

  return {
    getText: () => dataText(editor.getData()),
    getData: () => editor.getData(),
    // setData rebuilds the iframe's document later; resolving on its callback lets a caller wait until typing lands in the new one.
    setText(text) {
      return new Promise<void>((resolve) => editor.setData(textToParagraphHtml(text), { callback: () => resolve() }));
    },
    focus() {
      editor.focus();
      const range = editor.createRange();
      range.moveToElementEditEnd(editor.editable());
      range.select();
    },
    setReadOnly(readOnly) {
      editor.setReadOnly(readOnly);
    },
  };
}

/** The text of CKEditor's own serialisation: one line per block, `<br>` a line break, `&nbsp;` of an empty paragraph nothing. */
function dataText(html: string): string {
  // getData() writes a line break after each `<br />` for readability: not text.
  const body = new DOMParser().parseFromString(`<body>${html.replaceAll('<br />\n', '<br />')}</body>`, 'text/html').body;
  const lines: string[] = [];
  for (const block of Array.from(body.children)) {
    for (const br of Array.from(block.querySelectorAll('br'))) br.replaceWith('\n');
    const text = block.textContent ?? '';
    lines.push(text === '\u00a0' ? '' : text.replace(/\u00a0/g, ' '));
  }
  if (lines.length === 0 && body.textContent) lines.push(body.textContent);
  return lines.join('\n');
}
