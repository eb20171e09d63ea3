/**
 * The plain text of a message element without what the customer did not write for this message:
 * quoted history, signatures and the reply header of the mail client. Uses the same text model as
 * the editors (blocks become lines), so no clone of the page is made.
 */
import { buildTextModel } from '../editors/dom-text';

export interface MessageTextOptions {
  /** Subtrees that are not the customer's new words (quotes, signatures). */
  skip?: string;
  /** Everything from the first element matching this on is quoted history (Outlook's reply header). */
  cutAt?: string;
}

/** A line holding only "-- " (RFC 3676) starts a plain-text signature. */
const SIGNATURE_DELIMITER = /^-- ?$/;

export function messageText(element: Element, options: MessageTextOptions = {}): string {
  const { text } = buildTextModel(element, { ...options, ignoreSourceWhitespace: true });
  const lines = text.split('\n');
  const signature = lines.findIndex((line) => SIGNATURE_DELIMITER.test(line));
  return (signature >= 0 ? lines.slice(0, signature) : lines).join('\n');
}

/** Quoted history and signatures in mail bodies, whichever client wrote them (see each site file). */
export const QUOTES_AND_SIGNATURES = [
  'blockquote',
  '.gmail_quote', // Gmail's quote: FlowCrypt/flowcrypt-browser extension/js/content_scripts/webmail/gmail/gmail-element-replacer.ts
  '.gmail_extra', // older Gmail quote wrapper: Infomaniak mail quote descriptors (library excerpt "gmail_extra // Gmail")
  '.gmail_signature', // Gmail signature (class and data-smartmail in real Gmail HTML, e.g. mailing-list archives in the library)
  '[data-smartmail="gmail_signature"]',
  '.gmail_signature_prefix', // the "-- " before a Gmail signature (real Gmail HTML in the library)
  '[id$="divRplyFwdMsg"]', // Outlook's From/Sent/To header (id, or x_-prefixed once received)
  '.freshdesk_quote', // Freshdesk's quoted history (see freshdesk.ts)
  '.front-blockquote', // Front's quoted history (see front.ts)
].join(', ');
