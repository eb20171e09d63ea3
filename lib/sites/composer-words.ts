/**
 * What the page says about a composer nobody wrote an adapter for: a reply or an internal note, email
 * or chat, read from the words near it — the composer's own label and placeholder, then, climbing a few
 * levels, a labelled region around it and the selected tab, toggle or radio ("Reply" | "Internal note",
 * "Email" | "Chat"). The closest words win. Every walk and query is bounded, every pattern linear.
 */
import type { Channel, ComposerContext } from './types';

/** Levels climbed from the composer: far enough for a tab bar above the box, not into the next panel. */
const MAX_DEPTH = 8;
/** Selected controls read per level (a page with hundreds of toggles is not a composer's tab bar). */
const MAX_SELECTED = 24;
/** A tab's or label's text longer than this is a paragraph, not a name. */
const MAX_NAME_CHARS = 60;
/** Placeholders and labels are read up to this length. */
const MAX_LABEL_CHARS = 160;

/** Attributes that name a composer in words (ARIA, form fields, rich editors' placeholder attributes). */
const LABEL_ATTRIBUTES = ['aria-label', 'placeholder', 'data-placeholder', 'aria-placeholder', 'title'] as const;

/**
 * A control shown as chosen: ARIA states, native radios, Radix/Headless UI's data-state, and the class
 * names tab bars use for the chosen tab.
 */
const SELECTED = [
  '[role="tab"][aria-selected="true"]',
  '[aria-pressed="true"]',
  '[role="radio"][aria-checked="true"]',
  '[role="menuitemradio"][aria-checked="true"]',
  '[aria-current="true"]',
  '[aria-current="page"]',
  '[data-state="active"]',
  '[data-state="on"]',
  'input[type="radio"]:checked',
  'select',
  '[role="tab"].active, [role="tab"].is-active, [role="tab"].selected',
  '.tab.active, .tab.is-active, .tab.selected, .tabs .active, .tabs .is-active',
].join(', ');

const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

// "Public reply", "Reply to customer", "Respond", "Answer": the customer reads it.
const REPLY_WORDS = /\b(?:public|reply|replies|respond|response|answer)\b/i;
// "Internal note", "Add a note", "Private comment", "Whisper": only colleagues read it.
const NOTE_WORDS = /\b(?:internal|private|notes?|comments?|whisper)\b/i;
// Channel words in labels and placeholders: unambiguous ones only ("message" alone names any text).
const CHAT_LABEL_WORDS = /\b(?:chat|messaging|messenger|sms|whatsapp|live chat|instant message)\b/i;
// A selected tab or toggle named "Message(s)" next to "Email" is the chat channel.
const CHAT_TAB_WORDS = /^(?:chat|live chat|messages?|messaging|messenger|sms|whatsapp)$/i;
const EMAIL_WORDS = /\be-?mail\b/i;

interface Heard {
  mode?: ComposerContext['mode'];
  channel?: Channel;
}

/** The composer's mode and channel from the words near it; `mode` is undefined when nothing says. */
export function readComposerWords(root: Element): Heard {
  const heard: Heard = {};
  listen(heard, ownLabels(root), false);
  let node: Element | null = root.parentElement;
  for (let depth = 0; node && depth < MAX_DEPTH && !(heard.mode && heard.channel); depth += 1, node = node.parentElement) {
    // A level that holds another composer is the page around both: its tabs are not this one's.
    if (holdsAnotherComposer(node, root)) break;
    listen(heard, [attribute(node, 'aria-label'), ...labelledBy(node)], false);
    listen(heard, selectedNames(node), true);
  }
  return heard;
}

/** The generic reader's answer: a reply unless the page says note. */
export function composerFromWords(root: Element): ComposerContext {
  const { mode, channel } = readComposerWords(root);
  return channel ? { mode: mode ?? 'reply', channel } : { mode: mode ?? 'reply' };
}

function listen(heard: Heard, texts: readonly string[], fromTabs: boolean): void {
  for (const text of texts) {
    if (!text) continue;
    heard.mode ??= modeIn(text);
    heard.channel ??= channelIn(text, fromTabs);
  }
}

/** A text naming both ("Reply or add a note") says nothing about which one this is. */
function modeIn(text: string): ComposerContext['mode'] | undefined {
  const reply = REPLY_WORDS.test(text);
  const note = NOTE_WORDS.test(text);
  if (reply === note) return /\bpublic\b/i.test(text) && !/\b(?:internal|private)\b/i.test(text) ? 'reply' : undefined;
  return note ? 'internal-note' : 'reply';
}

function channelIn(text: string, fromTabs: boolean): Channel | undefined {
  const chat = CHAT_LABEL_WORDS.test(text) || (fromTabs && CHAT_TAB_WORDS.test(text.trim()));
  const email = EMAIL_WORDS.test(text);
  if (chat === email) return undefined;
  return chat ? 'chat' : 'email';
}

function attribute(el: Element, name: string): string {
  return (el.getAttribute(name) ?? '').slice(0, MAX_LABEL_CHARS);
}

/** The composer's own names: ARIA label and placeholder (also on its empty first paragraph), <label for>. */
function ownLabels(root: Element): string[] {
  const texts = LABEL_ATTRIBUTES.map((name) => attribute(root, name));
  const placeholder = root.querySelector('[data-placeholder]');
  if (placeholder) texts.push(attribute(placeholder, 'data-placeholder'));
  texts.push(...labelledBy(root));
  const labels = (root as HTMLInputElement).labels;
  if (labels) for (const label of [...labels].slice(0, 3)) texts.push(nameOf(label));
  return texts;
}

function labelledBy(el: Element): string[] {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).slice(0, 4);
  return ids.map((id) => {
    const label = el.ownerDocument.getElementById(id);
    return label ? nameOf(label) : '';
  });
}

/** The names of the chosen controls in `scope` (a tab, a pressed toggle, a checked radio, a select's option). */
function selectedNames(scope: Element): string[] {
  const names: string[] = [];
  for (const control of [...scope.querySelectorAll(SELECTED)].slice(0, MAX_SELECTED)) {
    if (control.tagName === 'SELECT') {
      const select = control as HTMLSelectElement;
      const option = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
      if (option) names.push(nameOf(option));
      continue;
    }
    if (control.tagName === 'INPUT') {
      const input = control as HTMLInputElement;
      const label = input.labels?.[0] ?? input.closest('label');
      names.push(label ? nameOf(label) : attribute(input, 'aria-label') || input.value.slice(0, MAX_NAME_CHARS));
      continue;
    }
    names.push(attribute(control, 'aria-label') || nameOf(control));
  }
  return names.filter((name) => name.length > 0 && name.length <= MAX_NAME_CHARS);
}

function nameOf(el: Element): string {
  return (el.textContent ?? '').slice(0, MAX_LABEL_CHARS).replace(/\s+/g, ' ').trim();
}

function holdsAnotherComposer(scope: Element, root: Element): boolean {
  for (const editable of [...scope.querySelectorAll(EDITABLE)].slice(0, 8)) {
    // A hidden composer (the other mode's box, kept in the page) does not split the tab bar from this one.
    if (editable.closest('[hidden], [aria-hidden="true"]')) continue;
    if (editable !== root && !root.contains(editable) && !editable.contains(root)) return true;
  }
  return false;
}
