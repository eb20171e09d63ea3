// Composers beyond the demo helpdesk's own reply boxes (COMPOSER_EDITOR_IDS), mounted only when `?editors=`
// names them: each gets a reply box built here, at the end of the list, with its editor's markup inside.
import type { DemoEditor } from './types';
import { COMPOSER_EDITOR_IDS } from './types';

type ComposerId = (typeof COMPOSER_EDITOR_IDS)[number];
type Mounter = (section: HTMLElement, onInput: () => void) => DemoEditor | Promise<DemoEditor>;

const TITLES: Record<ComposerId, string> = {
  tiptap: 'Tiptap <small>(ProseMirror underneath, starter kit)</small>',
  trix: 'Trix <small>(Basecamp/HEY-style)</small>',
  'tinymce-inline': 'TinyMCE 8 <small>(inline mode, no iframe)</small>',
  'ckeditor5-balloon': 'CKEditor 5 <small>(balloon editor)</small>',
  'shadow-textarea': 'Web component <small>(textarea in an open shadow root)</small>',
  'shadow-editable': 'Web component <small>(contenteditable in an open shadow root)</small>',
  'plaintext-only': 'contenteditable="plaintext-only"',
  'react-textarea': 'React-controlled textarea <small>(value from state)</small>',
  roosterjs: 'RoosterJS 9 <small>(Outlook on the web\'s editor)</small>',
  summernote: 'Summernote 0.9 <small>(FreeScout-style, jQuery)</small>',
  jodit: 'Jodit 4 <small>(over a textarea)</small>',
  squire: 'Squire 2 <small>(Fastmail-style webmail)</small>',
  'medium-editor': 'MediumEditor 5 <small>(toolbar on selection)</small>',
};

export const COMPOSER_MOUNTERS: Record<ComposerId, Mounter> = {
  tiptap: async (section, onInput) => (await import('./editors/tiptap')).mountTiptap(section, onInput),
  trix: async (section, onInput) => (await import('./editors/trix')).mountTrix(section, onInput),
  'tinymce-inline': async (section, onInput) => (await import('./editors/tinymce-inline')).mountTinymceInline(section, onInput),
  'ckeditor5-balloon': async (section, onInput) => (await import('./editors/ckeditor5-balloon')).mountCkeditor5Balloon(section, onInput),
  'shadow-textarea': async (section, onInput) => (await import('./editors/shadow')).mountShadowTextarea(section, onInput),
  'shadow-editable': async (section, onInput) => (await import('./editors/shadow')).mountShadowEditable(section, onInput),
  'plaintext-only': async (section, onInput) => (await import('./editors/plaintext-only')).mountPlaintextOnly(section, onInput),
  'react-textarea': async (section, onInput) => (await import('./editors/react-textarea')).mountReactTextarea(section, onInput),
  roosterjs: async (section, onInput) => (await import('./editors/roosterjs')).mountRoosterjs(section, onInput),
  summernote: async (section, onInput) => (await import('./editors/summernote')).mountSummernote(section, onInput),
  jodit: async (section, onInput) => (await import('./editors/jodit')).mountJodit(section, onInput),
  squire: async (section, onInput) => (await import('./editors/squire')).mountSquire(section, onInput),
  'medium-editor': async (section, onInput) => (await import('./editors/medium-editor')).mountMediumEditor(section, onInput),
};

/** The reply box for composer `id`, appended to `replies`: a title, an empty `.reply-box__body` and a Send button. */
export function composerSection(id: string, replies: HTMLElement): HTMLElement {
  if (!Object.hasOwn(TITLES, id)) throw new Error(`demo: missing element section#${id}`);
  return replyBoxSection(replies, { id, title: TITLES[id as ComposerId] });
}

/**
 * A reply box as the demo helpdesk marks one up (the markup the coach's site adapter and the tests find), appended to
 * `replies`: its title, `.reply-box__body` holding `body` (trusted demo markup), and a Send button.
 */
export function replyBoxSection(replies: HTMLElement, box: { id: string; title: string; body?: string; className?: string }): HTMLElement {
  const section = document.createElement('section');
  section.className = box.className ? `reply-box ${box.className}` : 'reply-box';
  section.id = box.id;
  section.dataset.editor = box.id;
  section.setAttribute('aria-labelledby', `${box.id}-title`);
  section.innerHTML = `
    <h3 class="reply-box__title" id="${box.id}-title">${box.title}</h3>
    <div class="reply-box__body">${box.body ?? ''}</div>
    <div class="reply-box__actions">
      <button type="button" class="send-button" data-send="${box.id}">Send</button>
    </div>`;
  replies.appendChild(section);
  return section;
}
