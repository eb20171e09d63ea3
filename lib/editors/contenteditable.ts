import { editableAdapter } from './editable';

/**
 * Parts of a mail composer that the agent did not write for this reply. Gmail: quoted history, the
 * signature and its "-- " prefix (class names and data-smartmail as in real Gmail HTML; see
 * lib/sites/message-text.ts). Outlook on the web: the reply header `#divRplyFwdMsg` and the quoted
 * message after the `#appendonsend` marker (real Outlook HTML in mailing-list archives in the library).
 * Freshdesk and Front: their quoted history in the reply editor.
 */
export const NOT_THE_AGENTS = [
  '.gmail_quote',
  '.gmail_extra',
  '.gmail_signature',
  '[data-smartmail="gmail_signature"]',
  '.gmail_signature_prefix',
  '#divRplyFwdMsg',
  // Outlook's newer reply editor keeps the quoted message in its own container (quote-detection code in the library).
  '#mail-editor-reference-message-container',
  // Freshdesk's reply editor quotes the thread in div.freshdesk_quote; Front's draft in blockquote.front-blockquote
  // (lib/sites/freshdesk.ts and front.ts name the sources).
  '.freshdesk_quote',
  '.front-blockquote',
].join(', ');
export const QUOTE_STARTS = '#appendonsend';

/** Any other contenteditable (Gmail's and Outlook's compose bodies): the editing host is the root. Tried last. */
export const contenteditable = editableAdapter({
  id: 'contenteditable',
  findRoot: editingHost,
  skip: NOT_THE_AGENTS,
  cutAt: QUOTE_STARTS,
});

/** The editing host above (or at) a focus target: the outermost contenteditable element, or null outside one. */
export function editingHost(el: Element): HTMLElement | null {
  if (!(el as HTMLElement).isContentEditable) return null;
  let host = el as HTMLElement;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}
