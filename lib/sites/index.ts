/** Reads the customer's message from the page: site adapters first, the generic reader last. */
import { freshdesk } from './freshdesk';
import { front } from './front';
import { generic } from './generic';
import { gmail } from './gmail';
import { helpscout } from './helpscout';
import { intercom } from './intercom';
import { outlook } from './outlook';
import type { ComposerContext, CustomerContext, SiteAdapter } from './types';
import { zendesk } from './zendesk';

export type { Channel, ComposerContext, CustomerContext, SiteAdapter } from './types';

const SITES: readonly SiteAdapter[] = [zendesk, gmail, outlook, freshdesk, helpscout, intercom, front, generic];

/** The customer's latest message in the conversation that holds `composer` (when given). */
export function readCustomerContext(doc: Document, composer?: Element | null): CustomerContext | null {
  for (const site of SITES) {
    if (!site.matches(doc)) continue;
    try {
      // A site reader that finds no customer message means there is none (a new ticket, only the
      // agent's replies): Readability would only guess, and guessed the agent's own words.
      return site.read(doc, composer);
    } catch {
      // A page that changed its markup must not break coaching; try the next reader.
    }
  }
  return null;
}

/**
 * What the page says about the composer: a reply or an internal note, email or chat. Asked of the
 * composer's own document (the site that matches it first).
 */
export function composerContext(root: Element): ComposerContext {
  const doc = conversationDocument(root.ownerDocument);
  for (const site of SITES) {
    if (!site.composer || !site.matches(doc)) continue;
    try {
      return site.composer(root);
    } catch {
      break;
    }
  }
  return { mode: 'reply' };
}

/**
 * The document that shows the conversation: an editor in a same-origin iframe (TinyMCE) reads
 * its parent page; cross-origin parents are out of reach and that is fine.
 */
export function conversationDocument(doc: Document): Document {
  let win: Window | null = doc.defaultView;
  try {
    while (win && win.parent !== win && win.parent.document) win = win.parent;
  } catch {
    // Cross-origin parent: stop at the last readable one.
  }
  try {
    return win?.document ?? doc;
  } catch {
    return doc;
  }
}
