/**
 * Front (app.frontapp.com). Front's app is React with styled-components: class names start with the
 * component's name and end in a hash that changes on deploys, so selectors match the stable prefix.
 * Where each selector comes from:
 * - a Front content script in the library ("Central", injected into app.frontapp.com, "Based on Front's actual
 *   DOM … Class prefixes are stable (component name), the hash suffix changes on deploys"): the open
 *   conversation's header `[class*="conversationHeader__StyledContainer"]`
 * - `.front-blockquote` (a `blockquote type="cite"` around quoted history in mail Front sends): several
 *   quote-stripping libraries ("Front: .front-blockquote") and their Front test fixtures
 * - Front's help center: teammates discuss a conversation in comments, written in the comment box under it;
 *   replies are drafts that go to the customer
 * GUESSES, in the same prefix scheme (not seen in a public project): a message `[class*="message__StyledMessage"]`
 * marked inbound by `data-direction="inbound"`, its body `[class*="messageBody__"]`, its sender
 * `[class*="messageHeader__StyledSender"]`, the comment composer `[class*="commentComposer__"]`; the channel
 * named by the header's channel icon label ("Email", "SMS", "WhatsApp", "Chat").
 */
import { readComposerWords } from './composer-words';
import { latestCustomerMessage, onHost, type ThreadLandmarks } from './thread';
import type { Channel, SiteAdapter } from './types';

const HEADER = '[class*="conversationHeader__StyledContainer"]';
const MESSAGE = '[class*="message__StyledMessage"]';
const COMMENT_COMPOSER = '[class*="commentComposer__"]';
const CHANNEL_ICON = '[data-channel], [aria-label]';
const MAX_ICONS = 20;
const LANDMARKS: ThreadLandmarks = {
  customerMessage: `${MESSAGE}[data-direction="inbound"]`,
  body: '[class*="messageBody__"]',
  sender: '[class*="messageHeader__StyledSender"]',
};

export const front: SiteAdapter = {
  id: 'front',
  matches: (doc) => onHost(doc, 'app.frontapp.com') || doc.querySelector(HEADER) !== null,
  read: (doc, composer) => latestCustomerMessage(doc, composer, LANDMARKS),
  composer(root) {
    const words = readComposerWords(root);
    // A comment is for teammates; the comment box says so in its own words too ("Comment or @mention").
    const mode = root.closest(COMMENT_COMPOSER) ? 'internal-note' : (words.mode ?? 'reply');
    return { mode, channel: words.channel ?? channelOf(root.ownerDocument) ?? 'email' };
  },
};

/** The conversation's channel as its header names it (an icon's label or data-channel); undefined when it does not. */
function channelOf(doc: Document): Channel | undefined {
  const header = doc.querySelector(HEADER);
  if (!header) return undefined;
  for (const icon of [...header.querySelectorAll(CHANNEL_ICON)].slice(0, MAX_ICONS)) {
    const name = `${icon.getAttribute('data-channel') ?? ''} ${icon.getAttribute('aria-label') ?? ''}`.slice(0, 80);
    if (/\b(?:chat|sms|whatsapp|messenger|messaging)\b/i.test(name)) return 'chat';
    if (/\be-?mail\b/i.test(name)) return 'email';
  }
  return undefined;
}
