import { describe, expect, it } from 'vitest';
import { helpscout } from './helpscout';
import { composerContext, readCustomerContext } from './index';
import { byId, loadFixture } from './testing/fixture';

const URL = 'https://secure.helpscout.net/conversation/2001/3187/';

describe('Help Scout: the customer of the conversation', () => {
  it("reads the customer's latest thread without signature or quote, and skips the agent's reply and the note", () => {
    const doc = loadFixture('helpscout.html', URL);
    const context = readCustomerContext(doc, byId(doc, 'hs-reply-editor'))!;
    expect(context.name).toBe('Rafael');
    expect(context.message).toMatch(/^This is the third time I'm asking\./);
    expect(context.message).not.toMatch(/Finance lead|QUOTED-HISTORY-MARKER|Escalating|reissue/);
  });

  it('is recognised by host name and by its thread markup', () => {
    expect(helpscout.matches(loadFixture('helpscout.html', 'http://127.0.0.1:5178/helpscout.html'))).toBe(true);
    expect(helpscout.matches(loadFixture('gmail.html', 'http://127.0.0.1:5178/gmail.html'))).toBe(false);
  });

  it('coaches the reply as an email and never the note; a Beacon chat conversation is chat', () => {
    const doc = loadFixture('helpscout.html', URL);
    expect(composerContext(byId(doc, 'hs-reply-editor'))).toEqual({ mode: 'reply', channel: 'email' });
    expect(composerContext(byId(doc, 'hs-note-editor')).mode).toBe('internal-note');
    // Unmarked note editor: its placeholder ("Add a note") still says so.
    byId(doc, 'hs-note-editor').closest('form')!.classList.remove('note');
    expect(composerContext(byId(doc, 'hs-note-editor')).mode).toBe('internal-note');
    byId(doc, 'thread-9003').className = 'thread beaconchat';
    expect(composerContext(byId(doc, 'hs-reply-editor'))).toEqual({ mode: 'reply', channel: 'chat' });
  });
});
