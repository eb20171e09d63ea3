/**
 * What the helpdesk adapters without several open tabs share (Freshdesk, Help Scout, Intercom, Front): the
 * customer's latest message in the conversation that holds the composer, and the nearest landmark to a
 * composer. Each site file names its selectors and where they come from.
 */
import { messageText, QUOTES_AND_SIGNATURES } from './message-text';
import { clip, firstName, type CustomerContext } from './types';

export interface ThreadLandmarks {
  /** The one conversation on screen that holds the composer (pages may keep others in the DOM). */
  conversation?: string;
  /** Every message the customer wrote, in page order. */
  customerMessage: string;
  /** The message's text inside a customer message (the message itself when absent or not found). */
  body?: string;
  /** The author's name inside a customer message. */
  sender?: string;
  /** Parts of a message that are not the customer's new words, besides the mail clients' quotes and signatures. */
  skip?: string;
}

/** Messages scanned from the end: the latest customer message is near it. */
const MAX_MESSAGES = 200;
/** Levels climbed from a composer to find the landmark that belongs to it. */
const MAX_DEPTH = 12;

/** The customer's latest message (and first name) in the conversation that holds `composer`, else the page. */
export function latestCustomerMessage(doc: Document, composer: Element | null | undefined, landmarks: ThreadLandmarks): CustomerContext | null {
  const scope = (landmarks.conversation && composer?.closest(landmarks.conversation)) || doc;
  const messages = [...scope.querySelectorAll(landmarks.customerMessage)].slice(-MAX_MESSAGES);
  const skip = landmarks.skip ? `${QUOTES_AND_SIGNATURES}, ${landmarks.skip}` : QUOTES_AND_SIGNATURES;
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const item = messages[i]!;
    if (composer && (item.contains(composer) || composer.contains(item))) continue;
    const body = (landmarks.body && item.querySelector(landmarks.body)) || item;
    if ((body as HTMLElement).isContentEditable) continue;
    const message = clip(messageText(body, { skip }));
    if (!message) continue;
    const sender = landmarks.sender ? item.querySelector(landmarks.sender) : null;
    return { message, name: firstName(sender?.textContent) };
  }
  return null;
}

/** The landmark nearest to `root`: the first match in the smallest ancestor that holds one (bounded walk). */
export function nearest(root: Element, selector: string): Element | null {
  let node: Element | null = root;
  for (let depth = 0; node && depth < MAX_DEPTH; depth += 1, node = node.parentElement) {
    if (node.matches(selector)) return node;
    const found = node.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** True when the page's host is `host` or one of its subdomains (`*.freshdesk.com`). */
export function onHost(doc: Document, host: string, subdomains = false): boolean {
  const name = doc.location?.hostname ?? '';
  return name === host || (subdomains && name.endsWith(`.${host}`));
}
