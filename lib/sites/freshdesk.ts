/**
 * Freshdesk's ticket page (*.freshdesk.com). Where each selector comes from:
 * - Freshdesk's own ticket-details script (the open-sourced "helpkit" Rails app, library excerpt of its
 *   ticket_details.js): the thread `.conversation_thread`, the first message `#original_request` with its
 *   `.commentbox`, later entries `.conversation` in `[rel=activity_container]`, their header
 *   `.author-mail-detail` and `.subject`, the reply panel `#cnt-reply` (forms `.request_panel form`,
 *   a note's form `rel="note_form"` with the `#helpdesk_note_private` checkbox) and the quote `div.freshdesk_quote`
 * - `div.freshdesk_quote` / `blockquote.freshdesk_quote` for quoted history: helpkit's mail parser and
 *   several quote-stripping libraries ("Freshdesk: div.freshdesk_quote")
 * - Freshdesk's help article on the ticket action bar (support.freshdesk.com, article 231527): "Reply",
 *   "Add note" (a public or private note), "Forward"
 * GUESSES (not seen in a public project, used only behind the confirmed ones): `#cnt-note` for the note
 * panel (by analogy with `#cnt-reply` and `#cnt-fwd`), `.incoming-msg` / `[data-incoming="true"]` marking a
 * later entry as the customer's (without it only the original request is read: always the requester's).
 */
import { readComposerWords } from './composer-words';
import { latestCustomerMessage, nearest, onHost, type ThreadLandmarks } from './thread';
import type { SiteAdapter } from './types';

const THREAD = '.conversation_thread';
const ORIGINAL_REQUEST = '#original_request';
const HEADER = '.author-mail-detail, .subject';
const NOTE_FORM = 'form[rel="note_form"], #cnt-note';
const PRIVATE_NOTE = '#helpdesk_note_private';

/** Later entries the customer wrote (guessed marker), then the original request (confirmed, always theirs). */
const LATER_FROM_CUSTOMER: ThreadLandmarks = {
  conversation: THREAD,
  customerMessage: '[rel="activity_container"] .conversation.incoming-msg, [rel="activity_container"] .conversation[data-incoming="true"]',
  sender: '.author-mail-detail',
  skip: HEADER,
};
const ORIGINAL: ThreadLandmarks = { ...LATER_FROM_CUSTOMER, customerMessage: `${ORIGINAL_REQUEST} .commentbox` };

export const freshdesk: SiteAdapter = {
  id: 'freshdesk',
  matches: (doc) => onHost(doc, 'freshdesk.com', true) || doc.querySelector(`${THREAD} ${ORIGINAL_REQUEST}`) !== null,
  read: (doc, composer) => latestCustomerMessage(doc, composer, LATER_FROM_CUSTOMER) ?? latestCustomerMessage(doc, composer, ORIGINAL),
  composer(root) {
    // "Add note" opens the note form; the page's words ("Add note", "Private") answer where the form is not marked.
    const words = readComposerWords(root);
    const note = root.closest(NOTE_FORM) !== null || nearest(root, `${PRIVATE_NOTE}:checked`)?.closest('form')?.contains(root) === true;
    // The Reply editor is an email ("similar to an email editor", the help article); Freshdesk's chat is a separate product.
    return { mode: note ? 'internal-note' : (words.mode ?? 'reply'), channel: words.channel ?? 'email' };
  },
};
