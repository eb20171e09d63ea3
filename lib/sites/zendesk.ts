/**
 * Zendesk's agent workspace. Where each selector was confirmed on the real site:
 * - holatuwol/liferay-zendesk-userscript (user_script.ts, src/*.ts): Liferay's support team userscript
 * - "ZD Workflow Helper" extension (library excerpt of workflow-helper main-world script): open tabs and send button
 * - a Cypress page object for the agent workspace (library excerpt "submitTicket(status?)"): the Submit button
 * Anything else is marked as a guess and only used behind a confirmed selector.
 */
import { messageText, QUOTES_AND_SIGNATURES } from './message-text';
import { clip, firstName, type Channel, type SiteAdapter } from './types';

// Every open ticket tab stays in the DOM as a child of main#main_panes (ZD Workflow Helper:
// "Zendesk keeps the DOM of ALL open ticket tabs alive inside main#main_panes").
const PANES = 'main#main_panes';
// The active pane's layout carries data-is-active="true" (issue #16's reading of the live DOM; the
// Workflow Helper finds it by visibility instead, which is the fallback below).
const ACTIVE_MARK = '[data-is-active="true"]';
// One log entry (liferay userscript: `article` in the conversation; ZD Workflow Helper waits for it).
const LOG_ITEM = '[data-test-id="omni-log-comment-item"]';
// The message bubble, typed end-user | agent | internal (userscript "Remove the blue background on
// user-comments": [data-test-id="omni-log-item-message"][type="end-user"]; tampermonkey scripts
// checking article.querySelector('div[type="end-user"]')).
const MESSAGE = '[data-test-id="omni-log-item-message"]';
// Body of email AND messaging items (liferay userscript: div[data-test-id="omni-log-message-content"];
// Zendesk Auto Translator scans the same for customer messages).
const CONTENT = '[data-test-id="omni-log-message-content"]';
// Older email body class, inside the content element ("[data-test-id="omni-log-message-content"] .zd-comment").
const LEGACY_BODY = '.zd-comment';
// Sender (selector map of a Zendesk composer userscript: messageSender).
const SENDER = '[data-test-id="omni-log-item-sender"]';
// Internal notes carry this tag (ticket-details scraper: isInternal = querySelector(...) !== null).
const INTERNAL_TAG = '[data-test-id="omni-log-internal-note-tag"]';
// Composers: rich text for email and notes (liferay userscript: div[data-test-id="omnicomposer-rich-text-ckeditor"]),
// plain text for messaging (issue #16; GUESS beyond the issue's reading, so only used for the channel).
const RICH_COMPOSER = '[data-test-id="omnicomposer-rich-text-ckeditor"]';
const MESSAGING_COMPOSER = '[data-test-id="omnicomposer-plain-text-ckeditor"]';
// The channel switcher above the composer (ZD Workflow Helper: button[data-test-id="omnichannel-channel-switcher-button"]
// with aria-label="Email" or data-channel="web" for messaging). data-channel="internal" and an aria-label
// naming an internal note are GUESSES (not seen in a public project).
const CHANNEL_SWITCHER = '[data-test-id="omnichannel-channel-switcher-button"]';

const MAX_PANES = 50;

export const zendesk: SiteAdapter = {
  id: 'zendesk',
  matches: (doc) => /(^|\.)zendesk\.com$/.test(doc.location?.hostname ?? '') || doc.querySelector(`${LOG_ITEM}, ${MESSAGE}`) !== null,
  read(doc, composer) {
    const scope = ticketScope(doc, composer);
    const fromCustomer = [...scope.querySelectorAll<HTMLElement>(`${MESSAGE}[type="end-user"]`)].filter((m) => !isInternal(m));
    const latest = fromCustomer.at(-1);
    if (!latest) return null;
    const body = latest.querySelector(CONTENT) ?? latest.querySelector(LEGACY_BODY) ?? latest.closest(LOG_ITEM)?.querySelector(CONTENT);
    if (!body) return null;
    const message = clip(messageText(body, { skip: QUOTES_AND_SIGNATURES }));
    if (!message) return null;
    const sender = latest.querySelector(SENDER) ?? latest.closest(LOG_ITEM)?.querySelector(SENDER);
    return { message, name: firstName(sender?.textContent) };
  },
  composer(root) {
    const mode = isNoteComposer(root) ? 'internal-note' : 'reply';
    return { mode, channel: channelOf(root) };
  },
};

function isInternal(message: Element): boolean {
  return message.getAttribute('type') === 'internal' || message.querySelector(INTERNAL_TAG) !== null || !!message.closest(LOG_ITEM)?.querySelector(INTERNAL_TAG);
}

/** The ticket pane that holds the composer; without one, the active pane; without panes, the page. */
function ticketScope(doc: Document, composer?: Element | null): ParentNode {
  const panes = doc.querySelector(PANES);
  if (!panes) return doc;
  const children = [...panes.children].slice(0, MAX_PANES);
  const holding = composer ? children.find((pane) => pane.contains(composer)) : undefined;
  if (holding) return holding;
  const marked = children.find((pane) => pane.matches(ACTIVE_MARK) || pane.querySelector(ACTIVE_MARK) !== null);
  if (marked) return marked;
  const shown = children.filter((pane) => !isHidden(pane));
  return shown.length === 1 ? shown[0]! : doc.createDocumentFragment();
}

function isHidden(pane: Element): boolean {
  if ((pane as HTMLElement).hidden) return true;
  const style = pane.ownerDocument.defaultView?.getComputedStyle(pane);
  return style?.display === 'none' || style?.visibility === 'hidden';
}

/** The switcher that belongs to this composer: the nearest one up the tree (bounded walk). */
function switcherOf(root: Element): Element | null {
  let node: Element | null = root;
  for (let depth = 0; node && depth < 12; depth += 1, node = node.parentElement) {
    const found = node.querySelector(CHANNEL_SWITCHER);
    if (found) return found;
  }
  return null;
}

function isNoteComposer(root: Element): boolean {
  const switcher = switcherOf(root);
  if (!switcher) return false;
  const channel = switcher.getAttribute('data-channel') ?? '';
  const label = `${switcher.getAttribute('aria-label') ?? ''} ${switcher.textContent ?? ''}`;
  return channel === 'internal' || /\binternal note\b/i.test(label);
}

function channelOf(root: Element): Channel | undefined {
  if (root.closest(MESSAGING_COMPOSER)) return 'chat';
  const channel = switcherOf(root)?.getAttribute('data-channel');
  if (channel === 'web' || channel === 'native_messaging' || channel === 'chat') return 'chat';
  if (channel === 'email' || root.closest(RICH_COMPOSER)) return 'email';
  return undefined;
}

/** Zendesk's messaging composer sends on a plain Enter (issue #16; the ZD Workflow Helper binds Ctrl+Enter to its send button). */
export function isZendeskMessagingComposer(root: Element): boolean {
  return root.closest(MESSAGING_COMPOSER) !== null;
}
