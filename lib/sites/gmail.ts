/**
 * Gmail. Where each selector was confirmed on the real site:
 * - KartikTalwar/gmail.js src/gmail.js: one message is `div.adn` (api.dom.email), its body `div.ii.gt .a3s`,
 *   the compose window's sender field `input[name=from]`
 * - FlowCrypt/flowcrypt-browser extension/js/content_scripts/webmail/gmail/gmail-element-replacer.ts:
 *   msgOuter `div.adn`, msgInner `div.a3s`, the sender `span.gD` with an `email` attribute, `.gmail_quote`
 */
import { messageText, QUOTES_AND_SIGNATURES } from './message-text';
import { addressIn, clip, firstName, type SiteAdapter } from './types';

const MESSAGE = 'div.adn';
const BODY = 'div.a3s';
const SENDER = '.gD';
const COMPOSE_FROM = 'input[name="from"]';
// GUESS (not in a public project): the tab title "Inbox (3) - agent@acme.com - Gmail" names the account.
const TITLE_ADDRESS = /\s-\s([^\s@]+@[^\s@]+)\s-\s/;
const MAX_MESSAGES = 200;

export const gmail: SiteAdapter = {
  id: 'gmail',
  matches: (doc) => doc.location?.hostname === 'mail.google.com' || doc.querySelector(`${MESSAGE} ${BODY}`) !== null,
  read(doc, composer) {
    const agent = agentAddress(doc, composer);
    const messages = [...doc.querySelectorAll<HTMLElement>(MESSAGE)].slice(-MAX_MESSAGES);
    for (let i = messages.length - 1; i >= 0; i -= 1) {
      const item = messages[i]!;
      if (composer && item.contains(composer)) continue;
      const sender = item.querySelector(`${SENDER}[email], ${SENDER}[name]`);
      const address = sender?.getAttribute('email')?.trim().toLowerCase();
      if (agent && address === agent) continue; // The agent's own earlier reply.
      const body = item.querySelector(BODY);
      if (!body || body.closest('[contenteditable="true"]')) continue;
      const message = clip(messageText(body, { skip: QUOTES_AND_SIGNATURES }));
      if (message) return { message, name: firstName(sender?.getAttribute('name') ?? sender?.textContent) };
    }
    return null;
  },
  composer: () => ({ mode: 'reply', channel: 'email' }),
};

/** The signed-in agent's address: the compose window's From field, else the tab title (a guess). */
export function agentAddress(doc: Document, composer?: Element | null): string | undefined {
  const form = composer?.closest('form') ?? composer?.closest('[role="dialog"]') ?? null;
  const from = (form ?? doc).querySelector<HTMLInputElement>(COMPOSE_FROM)?.value;
  const address = (from && addressIn(from)) ?? TITLE_ADDRESS.exec(doc.title)?.[1];
  return address?.toLowerCase();
}
