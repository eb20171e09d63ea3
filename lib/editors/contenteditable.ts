import { editableAdapter } from './editable';
import { skipSelector, type LeftOutRegion } from './left-out';

/**
 * Parts of a mail composer that the agent did not write for this reply. Gmail: quoted history, the
 * signature and its "-- " prefix (class names and data-smartmail as in real Gmail HTML; see
 * lib/sites/message-text.ts). Outlook on the web: the reply header `#divRplyFwdMsg` and the quoted
 * message after the `#appendonsend` marker (real Outlook HTML in mailing-list archives in the library).
 * Freshdesk and Front: their quoted history in the reply editor.
 */
export const MAIL_REGIONS: readonly LeftOutRegion[] = [
  { selector: '.gmail_quote', kind: 'quote' },
  { selector: '.gmail_extra', kind: 'quote' },
  { selector: '.gmail_signature', kind: 'signature' },
  { selector: '[data-smartmail="gmail_signature"]', kind: 'signature' },
  { selector: '.gmail_signature_prefix', kind: 'signature' },
  // The reply header ("From: … Sent: …") that heads the quoted message.
  { selector: '#divRplyFwdMsg', kind: 'quote' },
  // Outlook's newer reply editor keeps the quoted message in its own container (quote-detection code in the library).
  { selector: '#mail-editor-reference-message-container', kind: 'quote' },
  // Freshdesk's reply editor quotes the thread in div.freshdesk_quote; Front's draft in blockquote.front-blockquote
  // (lib/sites/freshdesk.ts and front.ts name the sources).
  { selector: '.freshdesk_quote', kind: 'quote' },
  { selector: '.front-blockquote', kind: 'quote' },
];
export const NOT_THE_AGENTS = skipSelector(MAIL_REGIONS);
export const QUOTE_STARTS = '#appendonsend';

/** Any other contenteditable (Gmail's and Outlook's compose bodies): the editing host is the root. Tried last. */
export const contenteditable = editableAdapter({
  id: 'contenteditable',
  findRoot: editingHost,
  skip: NOT_THE_AGENTS,
  cutAt: QUOTE_STARTS,
  leftOut: MAIL_REGIONS,
});

/** The editing host above (or at) a focus target: the outermost contenteditable element, or null outside one. */
export function editingHost(el: Element): HTMLElement | null {
  if (!(el as HTMLElement).isContentEditable) return null;
  let host = el as HTMLElement;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}
