// Demo helpdesk entry point: mounts one reply box per editor and exposes the
// test hook `window.__demo` (see ./types.ts).
//
// `?editors=<id>[,<id>…]` mounts only those reply boxes and removes the others from the page (a test
// that drives one editor then waits for one editor, not seven); without it every editor is mounted.
// The composers of COMPOSER_EDITOR_IDS (./composers.ts) are mounted only when named there: each gets a reply box
// built for it at the end of the list.
import { textareaEditor } from './editors/textarea';
import { composerSection, COMPOSER_MOUNTERS, replyBoxSection } from './composers';
import { COMPOSER_EDITOR_IDS, DEMO_EDITOR_IDS, LATE_EDITOR_ID, type DemoApi, type DemoEditor, type DemoEditorId } from './types';
// The editors' own CSS is imported here, before the page's, so the page's overrides (styles.css, last) win
// although each editor's code loads only when it is mounted. An editor whose module imports CSS lists it here
// too (the bundler then keeps that CSS in this page's stylesheet, in this order).
import 'ckeditor5/ckeditor5.css';
import 'draft-js/dist/Draft.css';
import 'prosemirror-view/style/prosemirror.css';
import 'quill/dist/quill.snow.css';
import './styles.css';

type Mounter = (section: HTMLElement, onInput: () => void, onSend: () => void) => DemoEditor | Promise<DemoEditor>;

// Each editor's code is its own chunk, loaded on demand: evaluating all of them (CKEditor 5 and TinyMCE are
// megabytes) is most of the page's load, and a page with `?editors=textarea` needs none of it.
const MOUNTERS: Record<DemoEditorId, Mounter> = {
  ckeditor5: async (section, onInput) => (await import('./editors/ckeditor5')).mountCkeditor5(section, onInput),
  gmail: async (section, onInput, onSend) => (await import('./editors/gmail')).mountGmail(section, onInput, onSend),
  prosemirror: async (section, onInput) => (await import('./editors/prosemirror')).mountProseMirror(section, onInput),
  lexical: async (section, onInput) => (await import('./editors/lexical')).mountLexical(section, onInput),
  quill: async (section, onInput) => (await import('./editors/quill')).mountQuill(section, onInput),
  tinymce: async (section, onInput) => (await import('./editors/tinymce')).mountTinymce(section, onInput),
  textarea: (section, onInput) => textareaEditor(requireElement(section, 'textarea'), onInput),
  draftjs: async (section, onInput) => (await import('./editors/draftjs')).mountDraftjs(section, onInput),
  slate: async (section, onInput) => (await import('./editors/slate')).mountSlate(section, onInput),
  ckeditor4: async (section, onInput) => (await import('./editors/ckeditor4')).mountCkeditor4(section, onInput),
  ...COMPOSER_MOUNTERS,
};

const demo: DemoApi = {
  ready: false,
  editors: {},
  sent: [],
  inputEvents: {},
  errors: {},
  addEditor: addLateEditor,
};
window.__demo = demo;

function requireElement<T extends Element = HTMLElement>(scope: ParentNode, selector: string): T {
  const element = scope.querySelector<T>(selector);
  if (!element) throw new Error(`demo: missing element ${selector}`);
  return element;
}

function countInput(id: string): () => void {
  demo.inputEvents[id] = 0;
  return () => {
    demo.inputEvents[id] = (demo.inputEvents[id] ?? 0) + 1;
  };
}

/** "Send" the reply: record it, show it in the sent log, clear the editor. */
function send(id: string): void {
  const editor = demo.editors[id];
  if (!editor) return;
  const text = editor.getText();
  demo.sent.push({ editor: id, text });
  renderSent(id, text);
  editor.setText('');
  document.dispatchEvent(new CustomEvent('demo:sent', { detail: { editor: id, text } }));
}

function renderSent(id: string, text: string): void {
  const item = document.createElement('li');
  const label = document.createElement('span');
  label.className = 'sent-list__editor';
  label.textContent = id;
  const body = document.createElement('span');
  body.className = 'sent-list__text';
  body.textContent = text === '' ? '(empty)' : text;
  item.append(label, body);
  requireElement(document, '#sent-list').appendChild(item);
}

/** Send buttons are wired by delegation so late-added boxes work too. */
function wireSendButtons(): void {
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-send]') : null;
    const id = target?.dataset.send;
    if (id) send(id);
  });
  // div[role=button] (Gmail's Send) also activates with Enter/Space.
  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (target?.getAttribute('role') !== 'button' || !target.dataset.send) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      send(target.dataset.send);
    }
  });
}

async function mountEditor(id: DemoEditorId): Promise<void> {
  try {
    const section = document.querySelector<HTMLElement>(`section#${id}`) ?? composerSection(id, requireElement(document, '#replies'));
    demo.editors[id] = await MOUNTERS[id](section, countInput(id), () => send(id));
    section.dataset.ready = 'true';
  } catch (error) {
    demo.errors[id] = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    console.error(`[demo] failed to mount ${id}`, error);
  }
}

/** Adds a textarea reply box after load, for "editor appears later" tests. */
function addLateEditor(): string {
  if (demo.editors[LATE_EDITOR_ID]) return LATE_EDITOR_ID;
  const section = replyBoxSection(requireElement(document, '#replies'), {
    id: LATE_EDITOR_ID,
    className: 'reply-box--late',
    title: 'Late textarea <small>(added after load)</small>',
    body: `
      <textarea id="${LATE_EDITOR_ID}-input" class="plain-textarea" rows="4" aria-label="Late reply"
        placeholder="This box was added after the page loaded…"></textarea>`,
  });
  demo.editors[LATE_EDITOR_ID] = textareaEditor(
    requireElement<HTMLTextAreaElement>(section, 'textarea'),
    countInput(LATE_EDITOR_ID),
  );
  section.dataset.ready = 'true';
  return LATE_EDITOR_ID;
}

function isDemoEditorId(id: string): id is DemoEditorId {
  return (DEMO_EDITOR_IDS as readonly string[]).includes(id) || (COMPOSER_EDITOR_IDS as readonly string[]).includes(id);
}

/** The editors named by `?editors=`, in page order; every editor when the parameter is absent. */
function requestedEditors(search: string): DemoEditorId[] {
  const param = new URLSearchParams(search).get('editors');
  if (param === null) return [...DEMO_EDITOR_IDS];
  const ids = param.split(',').map((id) => id.trim()).filter((id) => id !== '');
  const unknown = ids.filter((id) => !isDemoEditorId(id));
  if (unknown.length > 0 || ids.length === 0) {
    throw new Error(
      `demo: ?editors= takes a comma-separated list of ${DEMO_EDITOR_IDS.join(', ')}; got "${param}" (the composers ${COMPOSER_EDITOR_IDS.join(', ')} may be named too)`,
    );
  }
  return [...DEMO_EDITOR_IDS, ...COMPOSER_EDITOR_IDS].filter((id) => ids.includes(id));
}

async function main(): Promise<void> {
  wireSendButtons();
  requireElement(document, '#add-late-editor').addEventListener('click', () => {
    addLateEditor();
  });
  const mounted = requestedEditors(location.search);
  for (const id of DEMO_EDITOR_IDS) {
    if (!mounted.includes(id)) document.querySelector(`section#${id}`)?.remove();
  }
  // Mount independently so one broken editor does not take the others down.
  await Promise.all(mounted.map(mountEditor));
  demo.ready = true;
  document.documentElement.dataset.demoReady = 'true';
  document.dispatchEvent(new CustomEvent('demo:ready'));
}

void main();
