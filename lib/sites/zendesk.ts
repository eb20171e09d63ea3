import { clip, firstName, type SiteAdapter } from './types';

const COMMENT = '[data-test-id="omni-log-comment-item"]';

/** Zendesk's agent workspace: the ticket log's comments, newest last. */
export const zendesk: SiteAdapter = {
  id: 'zendesk',
  matches: (doc) => doc.querySelector(`${COMMENT} .zd-comment`) !== null,
  read(doc) {
    const comments = [...doc.querySelectorAll<HTMLElement>(COMMENT)];
    // Prefer the customer's own comments when the log marks the author's role.
    const fromCustomer = comments.filter((c) => c.dataset.authorRole === 'end-user');
    const latest = (fromCustomer.length > 0 ? fromCustomer : comments).at(-1);
    const body = latest?.querySelector<HTMLElement>('.zd-comment');
    if (!latest || !body) return null;
    const author = latest.querySelector('[data-test-id="omni-log-item-sender"]')?.textContent;
    return { message: clip(body.innerText || body.textContent || ''), name: firstName(author) };
  },
};
