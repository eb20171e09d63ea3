import { describe, expect, it } from 'vitest';
import { composerContext, readCustomerContext } from './index';
import { byId, loadFixture } from './testing/fixture';
import { zendesk } from './zendesk';

const URL = 'https://acme.zendesk.com/agent/tickets/4530';

/** What the fixture's tab bar does: one pane shown and marked active, the others hidden. */
function activate(doc: Document, ticket: string) {
  for (const pane of doc.querySelectorAll<HTMLElement>('#main_panes > .zd-pane')) {
    pane.hidden = pane.dataset.ticket !== ticket;
    pane.querySelector('.zd-pane__grid')!.setAttribute('data-is-active', String(pane.dataset.ticket === ticket));
  }
}

describe('Zendesk: the customer of the ticket being answered', () => {
  it('reads the latest end-user message of the active messaging ticket, not the agent reply after it', () => {
    const doc = loadFixture('zendesk.html', URL);
    expect(readCustomerContext(doc)).toEqual({
      message: "it's for my daughter's birthday on saturday, I'm really worried it won't make it",
      name: 'Tomás',
    });
  });

  it('reads the ticket that holds the focused composer, even in a background tab, and skips notes, agent replies and quotes', () => {
    const doc = loadFixture('zendesk.html', URL);
    const context = readCustomerContext(doc, byId(doc, 'zd-email-editor'))!;
    expect(context.name).toBe('Maria');
    expect(context.message).toMatch(/^This is unacceptable\. My order #4521 arrived BROKEN/);
    expect(context.message).not.toMatch(/thanks for the photos/); // quoted agent reply
    expect(context.message).not.toMatch(/Warehouse says/); // internal note after it
  });

  it('never reads the other tab', () => {
    const doc = loadFixture('zendesk.html', URL);
    const chat = readCustomerContext(doc, byId(doc, 'zd-chat-editor'))!;
    expect(chat.message).not.toMatch(/4521|lamp|BROKEN/);
    activate(doc, '4521');
    expect(readCustomerContext(doc)?.name).toBe('Maria');
    activate(doc, '4530');
    expect(readCustomerContext(doc)?.name).toBe('Tomás');
  });

  it('finds the active pane by visibility when no pane is marked', () => {
    const doc = loadFixture('zendesk.html', URL);
    doc.querySelectorAll('[data-is-active]').forEach((el) => el.removeAttribute('data-is-active'));
    expect(readCustomerContext(doc)?.name).toBe('Tomás');
  });

  it('recognises a messaging-only page (no .zd-comment) as Zendesk', () => {
    const doc = loadFixture('zendesk.html', 'http://127.0.0.1:5178/zendesk.html');
    byId(doc, 'main_panes').querySelector('[data-ticket="4521"]')!.remove();
    expect(doc.querySelector('.zd-comment')).toBeNull();
    expect(zendesk.matches(doc)).toBe(true);
    expect(zendesk.read(doc)?.name).toBe('Tomás');
  });

  it('reads nothing when the log does not say who wrote what (instead of guessing the agent reply)', () => {
    const doc = loadFixture('zendesk.html', URL);
    doc.querySelectorAll('[type]').forEach((el) => el.removeAttribute('type'));
    expect(zendesk.read(doc)).toBeNull();
    expect(readCustomerContext(doc)).toBeNull(); // and no page-wide guess either
  });

  it('knows the channel and the internal-note mode of each composer', () => {
    const doc = loadFixture('zendesk.html', URL);
    expect(composerContext(byId(doc, 'zd-chat-editor'))).toEqual({ mode: 'reply', channel: 'chat' });
    expect(composerContext(byId(doc, 'zd-email-editor'))).toEqual({ mode: 'reply', channel: 'email' });
    const switcher = doc.querySelector<HTMLElement>('[data-demo-switch]')!;
    switcher.dataset.channel = 'internal';
    switcher.setAttribute('aria-label', 'Internal note');
    expect(composerContext(byId(doc, 'zd-email-editor')).mode).toBe('internal-note');
  });
});
