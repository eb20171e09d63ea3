/**
 * Help Scout's conversation page (secure.helpscout.net). Where each selector comes from:
 * - trentslutzky/helpscout-thread-hider threadhider.js (a Help Scout extension, matches
 *   https://secure.helpscout.net/*): a customer's message is `article.thread.customer` (id "thread-<n>"),
 *   its body `section.js-thread-content > section.messageBodyWrap > section.message > section.messageBody`,
 *   its header `section.threadHeader`
 * - Help Scout's Mailbox API thread types (customer, message, note, chat, beaconchat; a support-export
 *   script in the library keeps "customer" and "beaconchat" as the customer's and drops "note"): the
 *   thread classes follow them, so a Beacon chat is `article.thread.beaconchat` (GUESS beyond "customer")
 * GUESSES: the author's name in `.threadHeader .name`; the note editor marked by a `note` class on its
 * form or container. Where the page does not mark the note editor, the words near it ("Note",
 * "Add a note") decide (composer-words.ts).
 */
import { readComposerWords } from './composer-words';
import { latestCustomerMessage, onHost, type ThreadLandmarks } from './thread';
import type { SiteAdapter } from './types';

const THREAD = 'article.thread';
const FROM_CUSTOMER = 'article.thread.customer, article.thread.beaconchat, article.thread.chat';
const BEACON_CHAT = 'article.thread.beaconchat, article.thread.chat';
const LANDMARKS: ThreadLandmarks = {
  customerMessage: FROM_CUSTOMER,
  body: 'section.messageBody',
  sender: 'section.threadHeader .name',
};
const NOTE_EDITOR = 'form.note, .note-editor, [data-editor-mode="note"]';

export const helpscout: SiteAdapter = {
  id: 'helpscout',
  matches: (doc) => onHost(doc, 'secure.helpscout.net') || doc.querySelector(`${THREAD} section.messageBody`) !== null,
  read: (doc, composer) => latestCustomerMessage(doc, composer, LANDMARKS),
  composer(root) {
    const words = readComposerWords(root);
    const mode = root.closest(NOTE_EDITOR) ? 'internal-note' : (words.mode ?? 'reply');
    // Help Scout is an email helpdesk; a conversation whose latest customer thread is a Beacon chat is a chat.
    const threads = [...root.ownerDocument.querySelectorAll(FROM_CUSTOMER)];
    const chat = threads.at(-1)?.matches(BEACON_CHAT) === true;
    return { mode, channel: chat ? 'chat' : (words.channel ?? 'email') };
  },
};
