/** Reads the customer's message from the page: site adapters first, the generic reader last. */
import { generic } from './generic';
import { gmail } from './gmail';
import type { CustomerContext, SiteAdapter } from './types';
import { zendesk } from './zendesk';

export type { CustomerContext, SiteAdapter } from './types';

export const SITES: readonly SiteAdapter[] = [zendesk, gmail, generic];

export function readCustomerContext(doc: Document): CustomerContext | null {
  for (const site of SITES) {
    if (!site.matches(doc)) continue;
    try {
      const context = site.read(doc);
      if (context) return context;
    } catch {
      // A page that changed its markup must not break coaching; try the next reader.
    }
  }
  return null;
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
