import { editableAdapter } from './editable';
import { editingHost, MAIL_REGIONS, NOT_THE_AGENTS, QUOTE_STARTS } from './contenteditable';

/**
 * Fastmail's webmail, whose composer is Squire (Squire's README: written for "email composition for the Fastmail web
 * app"; its repository is Fastmail's). GUESS: the hosts, not confirmed from a public project's selectors.
 */
const FASTMAIL_HOSTS = ['app.fastmail.com', 'www.fastmail.com', 'beta.fastmail.com'] as const;
/** SnappyMail's and RainLoop's composer: `new Squire(div)` on a `div.squire-wysiwyg` (their dev/External/SquireUI.js). */
const SQUIRE_UI = '.squire-wysiwyg';

/**
 * Squire (Fastmail's composer; SnappyMail's and RainLoop's webmail). It keeps its own undo stack of HTML snapshots,
 * taken on a space, Enter or Backspace and before its own commands and a paste, not per keystroke, and takes Ctrl+Z
 * itself: text the browser inserts for Apply joins the agent's last typed word, and Ctrl+Z took back both. A paste it
 * records as one step of its own, so the text goes in as a paste first (as for RoosterJS). Squire marks nothing in
 * the DOM: it is known by the class SnappyMail and RainLoop give its editable, or by Fastmail's hosts; elsewhere it is
 * the generic adapter's, where Apply still works and Ctrl+Z takes back the last typed word with it.
 */
export const squire = editableAdapter({
  id: 'squire',
  findRoot(el) {
    const host = editingHost(el);
    if (!host) return null;
    return host.matches(SQUIRE_UI) || (FASTMAIL_HOSTS as readonly string[]).includes(host.ownerDocument.location?.hostname ?? '') ? host : null;
  },
  skip: NOT_THE_AGENTS,
  cutAt: QUOTE_STARTS,
  leftOut: MAIL_REGIONS,
  routes: () => ['paste', 'execCommand'],
});
