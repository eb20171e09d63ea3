/**
 * Intercom's inbox (app.intercom.com). Where each selector comes from:
 * - "Intercom Tag Enforcer" userscript (gunnyarts, @match https://app.intercom.com/*): the stream
 *   `.conversation__stream`; a customer's message `.conversation__bubble-container.o__user-comment` (an
 *   agent's holds `.o__admin`); the latest one wrapped in `[data-intercom-target="last-user-comment"]`, whose
 *   `.conversation__bubble__meta .interface-icon` names "email" when it came by e-mail; the composer tabs
 *   `.inbox__conversation-controls__pane-selector.tabs` with the note tab `[data-intercom-target="note-tab"]`
 *   selected as `.o__selected`; the note composer inside `.conversation__text.o__note`, the editor
 *   `.embercom-prosemirror-composer-editor`
 * - "Set Intercom RTL" userscript (@include https://app.intercom.com/*): message text in `.intercom-interblocks`
 * GUESS: the author's name as the first words of the bubble's meta line.
 */
import { readComposerWords } from './composer-words';
import { latestCustomerMessage, onHost, type ThreadLandmarks } from './thread';
import type { Channel, SiteAdapter } from './types';

const STREAM = '.conversation__stream';
const USER_COMMENT = '.conversation__bubble-container.o__user-comment';
const LAST_USER_COMMENT = '[data-intercom-target="last-user-comment"]';
const META = '.conversation__bubble__meta';
const CHANNEL_ICON = `${META} .interface-icon`;
const NOTE_COMPOSER = '.conversation__text.o__note';
const NOTE_TAB_SELECTED = '.inbox__conversation-controls__pane-selector [data-intercom-target="note-tab"].o__selected';
const CONTROLS = '.inbox__conversation-controls';
const LANDMARKS: ThreadLandmarks = { customerMessage: USER_COMMENT, body: '.intercom-interblocks', sender: `${META} .name, ${META}` };

export const intercom: SiteAdapter = {
  id: 'intercom',
  matches: (doc) => onHost(doc, 'app.intercom.com') || doc.querySelector(`${STREAM} ${USER_COMMENT}`) !== null,
  read: (doc, composer) => latestCustomerMessage(doc, composer, LANDMARKS),
  composer(root) {
    const controls = root.closest(CONTROLS);
    const note = root.closest(NOTE_COMPOSER) !== null || controls?.querySelector(NOTE_TAB_SELECTED) != null;
    const words = readComposerWords(root);
    return { mode: note ? 'internal-note' : (words.mode ?? 'reply'), channel: channelOf(root.ownerDocument) };
  },
};

/** Intercom conversations are chat; one whose latest customer message came by e-mail is answered by e-mail. */
function channelOf(doc: Document): Channel {
  const last = doc.querySelector(LAST_USER_COMMENT) ?? [...doc.querySelectorAll(USER_COMMENT)].at(-1);
  const icon = last?.querySelector(CHANNEL_ICON);
  const names = `${icon?.getAttribute('class') ?? ''} ${icon?.getAttribute('aria-label') ?? ''}`;
  return /\bemail\b|\bo__email\b/i.test(names) ? 'email' : 'chat';
}
