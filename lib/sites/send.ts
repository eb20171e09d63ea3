/**
 * Which controls and keys send a reply, and for which composer. Pure functions of the DOM and the
 * event's fields: the coach decides whether an event may act at all (only trusted events do).
 *
 * Site controls (language-independent), with where each was confirmed:
 * - Zendesk Submit `[data-test-id="submit_button-button"]` and its menu items "Submit as Pending…"
 *   `[data-test-id^="submit_button-menu-"]` (Cypress page object "submitTicket(status?)", and an
 *   extension's "Submit dropdown menu items only (not the dropdown trigger)"); the trigger
 *   `submit_button-menu-button` only opens the status menu (Playwright scripts click it, then "Submit as Pending")
 * - Zendesk messaging send `[data-test-id="omnichannel-omnicomposer-send-button"]` (ZD Workflow Helper clicks it to send)
 * - Zendesk save `[data-test-id="omni-save-button"]` (a status-tracking userscript treats it like Submit:
 *   `closest('[data-test-id="omni-save-button"], [data-test-id="submit_button-button"], …')`)
 * - Gmail Send `div.T-I.J-J5-Ji.aoO` (nramesh91/selenium_test src/test/java/or/Compose_Page.java:
 *   ".T-I.J-J5-Ji.aoO.T-I-atl.L3"; the same in many Gmail scripts); its tooltip and label are translated
 * - Outlook Send `[data-testid="ComposeSendButton"]` (Outlook extension compose detection in the library)
 * Anything else counts only when its label reads as sending (the table in send.test.ts).
 */
import { isZendeskMessagingComposer } from './zendesk';

const SITE_SEND = [
  '[data-test-id="submit_button-button"]',
  '[data-test-id^="submit_button-menu-"]:not([data-test-id="submit_button-menu-button"])',
  '[data-test-id="omnichannel-omnicomposer-send-button"]',
  '[data-test-id="omni-save-button"]',
  '.T-I.J-J5-Ji.aoO',
  '[data-testid="ComposeSendButton"]',
].join(', ');

/** Opens a menu or a list; never sends by itself (Zendesk's status menu, "Send later" arrows). */
const MENU_TRIGGER = '[data-test-id="submit_button-menu-button"], [aria-haspopup]:not([aria-haspopup="false"])';

const CONTROL = 'button, [role="button"], [role="menuitem"], input[type="submit"], input[type="button"]';

/**
 * Labels that send: "Send", "Send reply", "Submit", "Submit as Solved", "Send and close", "Post reply".
 * Not: "Reply" / "Reply all" (they open a reply box), "Forward", "Send feedback", "Send to back",
 * "Submit a bug report", "Respond later".
 */
const SEND_LABEL = /^(?:(?:send|submit)(?: (?:reply|message|email|response|now))?(?: (?:as|and) [a-z]+(?: [a-z]+)?)?|post reply)$/;

/** How far up from a control to look for the composer it belongs to. */
const MAX_DEPTH = 40;
const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], iframe';

/** The send control an event target belongs to, or null. */
export function sendControlOf(target: EventTarget | null): Element | null {
  if (!isElement(target)) return null;
  const control = target.closest(`${SITE_SEND}, ${CONTROL}`);
  if (!control || control.matches(MENU_TRIGGER) || isDisabled(control)) return null;
  if (control.matches(SITE_SEND)) return control;
  return SEND_LABEL.test(labelOf(control)) ? control : null;
}

/** The control's visible or accessible name, lower-cased, without shortcut hints like "(Ctrl-Enter)". */
export function labelOf(control: Element): string {
  const raw =
    nonEmpty(control.getAttribute('aria-label')) ??
    nonEmpty(control.textContent) ??
    nonEmpty(control.getAttribute('title')) ??
    nonEmpty((control as HTMLInputElement).value) ??
    '';
  return raw
    .slice(0, 200)
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/**
 * True when `control` sends the draft in `root`: the control sits in the composer that holds `root`
 * (its nearest container with an editor), so another box's Send never records this draft.
 */
function controlSendsDraft(control: Element, root: Element): boolean {
  let node: Element | null = control.parentElement;
  for (let depth = 0; node && depth < MAX_DEPTH; depth += 1, node = node.parentElement) {
    if (node.contains(root)) return true;
    if (node.querySelector(EDITABLE)) return false; // The nearest composer is another one.
  }
  return false;
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
  target: EventTarget | null;
}

/**
 * A key press that sends the draft in `root`: Ctrl/Cmd+Enter in the editor (Gmail, Zendesk, Outlook,
 * most helpdesks), a plain Enter in Zendesk's messaging composer, or Enter / Space on a send control.
 */
export function keySendsDraft(event: KeyLike, root: Element): boolean {
  if (event.isComposing || event.altKey) return false; // An IME is still composing; Alt+Enter is not a send.
  const target = isElement(event.target) ? event.target : null;
  const inEditor = !!target && (target === root || root.contains(target));
  if (inEditor) {
    if (event.key !== 'Enter') return false;
    if (event.ctrlKey || event.metaKey) return true;
    return !event.shiftKey && isZendeskMessagingComposer(root);
  }
  if (event.key !== 'Enter' && event.key !== ' ') return false;
  const control = sendControlOf(target);
  return !!control && control.matches('[role="button"], [role="menuitem"]') && controlSendsDraft(control, root);
}

/** A click that sends the draft in `root`. */
export function clickSendsDraft(target: EventTarget | null, root: Element): boolean {
  const control = sendControlOf(target);
  return !!control && controlSendsDraft(control, root);
}

function isElement(target: EventTarget | null): target is Element {
  return !!target && typeof (target as Element).closest === 'function' && (target as Node).nodeType === 1;
}

function isDisabled(control: Element): boolean {
  return (control as HTMLButtonElement).disabled === true || control.getAttribute('aria-disabled') === 'true';
}

function nonEmpty(value: string | null | undefined): string | undefined {
  return value && value.trim() !== '' ? value : undefined;
}
