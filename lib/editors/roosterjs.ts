import { editableAdapter } from './editable';
import { isOutlookHost } from '../sites/outlook';
import { editingHost, MAIL_REGIONS, NOT_THE_AGENTS, QUOTE_STARTS } from './contenteditable';

/** Outlook on the web's Send button (lib/sites/send.ts names the source). */
const OUTLOOK_SEND = '[data-testid="ComposeSendButton"]';
/** How far up from the editable to look for the compose form around it. */
const MAX_FORM_DEPTH = 8;
/** Send buttons looked at on one page (one per open compose form). */
const MAX_SEND_BUTTONS = 20;

/**
 * RoosterJS, the editor of Outlook on the web's compose pane. It keeps its own undo stack, snapshotting on keyboard
 * events (a space, Enter, arrows), so text the browser inserts behind its back joins the agent's last typed words and
 * Ctrl+Z takes both; a paste it records as one step of its own. It marks nothing in the DOM, so it is known by where it
 * sits: any editable on Outlook on the web's own hosts (its compose body, the only editor those pages run), elsewhere
 * an editable in a compose form that holds Outlook's Send button (a page built like Outlook's). (A paste is not the
 * generic adapter's first route: Trix, for one, mangles a replacement pasted over a selection.)
 */
export const roosterjs = editableAdapter({
  id: 'roosterjs',
  findRoot(el) {
    const host = editingHost(el);
    return host && (isOutlookHost(host.ownerDocument.location?.hostname ?? '') || inOutlookComposeForm(host)) ? host : null;
  },
  skip: NOT_THE_AGENTS,
  cutAt: QUOTE_STARTS,
  leftOut: MAIL_REGIONS,
  routes: () => ['paste', 'execCommand'],
});

/** Detection runs on every focus: one scan of the page for the button, then only a walk up the ancestors. */
function inOutlookComposeForm(host: HTMLElement): boolean {
  const buttons = [...host.ownerDocument.querySelectorAll(OUTLOOK_SEND)].slice(0, MAX_SEND_BUTTONS);
  if (buttons.length === 0) return false;
  let node: HTMLElement | null = host.parentElement;
  for (let depth = 0; node && depth < MAX_FORM_DEPTH; depth += 1, node = node.parentElement) {
    const form = node;
    if (buttons.some((button) => form.contains(button))) return true;
  }
  return false;
}
