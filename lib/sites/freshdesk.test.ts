import { describe, expect, it } from 'vitest';
import { freshdesk } from './freshdesk';
import { composerContext, readCustomerContext } from './index';
import { byId, loadFixture } from './testing/fixture';

const URL = 'https://acme.freshdesk.com/a/tickets/5521';

describe('Freshdesk: the requester of the ticket being answered', () => {
  it("reads the customer's latest reply, without its quoted history, the agent's reply or the private note", () => {
    const doc = loadFixture('freshdesk.html', URL);
    const context = readCustomerContext(doc, byId(doc, 'fd-reply-editor'))!;
    expect(context.name).toBe('Ingrid');
    expect(context.message).toMatch(/^It has been four days and the parts never arrived\. I'm really frustrated/);
    expect(context.message).not.toMatch(/QUOTED-HISTORY-MARKER|Warehouse lost|replied/);
  });

  it('falls back to the original request (always the requester\u2019s) when no later entry is marked as theirs', () => {
    const doc = loadFixture('freshdesk.html', URL);
    doc.querySelectorAll('.incoming-msg').forEach((el) => el.classList.remove('incoming-msg'));
    const context = readCustomerContext(doc)!;
    expect(context).toEqual({ message: expect.stringMatching(/^Hello, I ordered the oak bookshelf/), name: 'Ingrid' });
    expect(context.message).not.toMatch(/reported via email/);
  });

  it('is recognised by host name, and by its thread on a self-hosted or test page', () => {
    expect(freshdesk.matches(loadFixture('freshdesk.html', URL))).toBe(true);
    expect(freshdesk.matches(loadFixture('freshdesk.html', 'http://127.0.0.1:5178/freshdesk.html'))).toBe(true);
    expect(freshdesk.matches(loadFixture('zendesk.html', 'http://127.0.0.1:5178/zendesk.html'))).toBe(false);
  });

  it('coaches the Reply editor as an email, and never the Add note editor', () => {
    const doc = loadFixture('freshdesk.html', URL);
    expect(composerContext(byId(doc, 'fd-reply-editor'))).toEqual({ mode: 'reply', channel: 'email' });
    expect(composerContext(byId(doc, 'fd-note-editor')).mode).toBe('internal-note');
    // A note form Freshdesk does not mark still says "Private" next to its checked box.
    byId(doc, 'cnt-note').querySelector('form')!.removeAttribute('rel');
    expect(composerContext(byId(doc, 'fd-note-editor')).mode).toBe('internal-note');
  });
});
