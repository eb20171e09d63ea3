/**
 * Recognises the controls that send a reply, so the daily summary counts a reply when it goes out.
 * Zendesk's and Gmail's own markup first, then any button that says Send, Reply or Submit.
 */
const SITE_SEND_CONTROLS = [
  '[data-test-id^="submit_button"]', // Zendesk agent workspace
  '[role="button"][data-tooltip^="Send"]', // Gmail compose
  '.T-I.aoO', // Gmail compose (class names)
].join(', ');

const CONTROL = 'button, [role="button"], input[type="submit"]';
const SEND_WORDS = /^\s*(send|reply|submit|respond|post reply|send reply)\b/i;

export function sendControlOf(target: EventTarget | null): Element | null {
  if (!(target instanceof Element)) return null;
  const site = target.closest(SITE_SEND_CONTROLS);
  if (site) return site;
  const control = target.closest(CONTROL);
  if (!control) return null;
  const label = [control.getAttribute('aria-label'), control.getAttribute('title'), (control as HTMLInputElement).value, control.textContent]
    .filter((s): s is string => !!s && s.trim() !== '')
    .join(' ');
  return SEND_WORDS.test(label) ? control : null;
}

/** Ctrl+Enter / Cmd+Enter sends in Gmail, Zendesk and most helpdesks. */
export function isSendShortcut(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey;
}
