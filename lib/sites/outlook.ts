/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com, outlook.cloud.microsoft).
 * Evidence, from Outlook extensions and scripts in the library (their repositories were not resolved;
 * the excerpts are quoted in docs/site-evidence.md):
 * - a message body is `div[id^="UniqueMessageBody"]` (role="document", aria-label "Message body"),
 *   its sender the element whose id ends in `_FROM` ("one message: body [id^=UniqueMessageBody], sender [id$=_FROM]")
 * - the Send button is `[data-testid="ComposeSendButton"]` (see send.ts)
 * - quoted history in a reply: the `#divRplyFwdMsg` header, after the empty `#appendonsend` marker
 *   (real Outlook HTML in mailing-list archives; received copies prefix ids with `x_`)
 */
import { messageText, QUOTES_AND_SIGNATURES } from './message-text';
import { addressIn, clip, firstName, type SiteAdapter } from './types';

export const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'] as const;

/** Whether a page's host is Outlook on the web's. */
export function isOutlookHost(hostname: string): boolean {
  return (OUTLOOK_HOSTS as readonly string[]).includes(hostname);
}

const BODY = 'div[id^="UniqueMessageBody"]';
const SENDER = '[id$="_FROM"]';
const QUOTE_STARTS = '[id$="appendonsend"], [id$="divRplyFwdMsg"]';
// GUESS: the account button's label holds the agent's address (not confirmed in a public project).
const ACCOUNT = '#O365_MainLink_Me, [data-testid="AccountManager"]';
const MAX_MESSAGES = 200;
const MAX_DEPTH = 12;

export const outlook: SiteAdapter = {
  id: 'outlook',
  matches: (doc) => isOutlookHost(doc.location?.hostname ?? '') || doc.querySelector(BODY) !== null,
  read(doc, composer) {
    const agent = agentAddress(doc);
    const bodies = [...doc.querySelectorAll<HTMLElement>(BODY)].slice(-MAX_MESSAGES);
    for (let i = bodies.length - 1; i >= 0; i -= 1) {
      const body = bodies[i]!;
      if (body.isContentEditable || (composer && body.contains(composer))) continue;
      const sender = senderOf(body);
      const from = sender?.textContent ?? '';
      if (agent && from.toLowerCase().includes(agent)) continue; // The agent's own earlier reply.
      const message = clip(messageText(body, { skip: QUOTES_AND_SIGNATURES, cutAt: QUOTE_STARTS }));
      if (message) return { message, name: firstName(from.replace(/^from:\s*/i, '')) };
    }
    return null;
  },
  composer: () => ({ mode: 'reply', channel: 'email' }),
};

/** The sender shown with this message: the nearest `_FROM` element up the tree (bounded walk). */
function senderOf(body: Element): Element | null {
  let node: Element | null = body.parentElement;
  for (let depth = 0; node && depth < MAX_DEPTH; depth += 1, node = node.parentElement) {
    const found = node.querySelector(SENDER);
    if (found) return found;
  }
  return null;
}

function agentAddress(doc: Document): string | undefined {
  const label = doc.querySelector(ACCOUNT)?.getAttribute('aria-label') ?? '';
  return addressIn(label)?.toLowerCase();
}
