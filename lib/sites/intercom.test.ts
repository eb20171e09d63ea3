import { describe, expect, it } from 'vitest';
import { composerContext, readCustomerContext } from './index';
import { intercom } from './intercom';
import { byId, loadFixture } from './testing/fixture';

const URL = 'https://app.intercom.com/a/inbox/abc123/inbox/conversation/77';

describe('Intercom: the customer in the conversation', () => {
  it("reads the customer's latest message, not the agent's", () => {
    const doc = loadFixture('intercom.html', URL);
    expect(readCustomerContext(doc, byId(doc, 'ic-editor'))).toEqual({
      message: "I was charged twice for my subscription this month. This is the second time it has happened and I'm really annoyed.",
      name: 'Kofi',
    });
  });

  it('is recognised by host name and by its stream', () => {
    expect(intercom.matches(loadFixture('intercom.html', 'http://127.0.0.1:5178/intercom.html'))).toBe(true);
    expect(intercom.matches(loadFixture('outlook.html', 'http://127.0.0.1:5178/outlook.html'))).toBe(false);
  });

  it('is chat, email when the customer wrote by e-mail, and a note when the Note tab is selected', () => {
    const doc = loadFixture('intercom.html', URL);
    const editor = byId(doc, 'ic-editor');
    expect(composerContext(editor)).toEqual({ mode: 'reply', channel: 'chat' });
    doc.querySelector('[data-intercom-target="last-user-comment"] .interface-icon')!.setAttribute('class', 'interface-icon o__email');
    expect(composerContext(editor)).toEqual({ mode: 'reply', channel: 'email' });
    // The Note tab selected (the site marks the tab; the composer's container gets .o__note): either one says note.
    doc.querySelector('[data-intercom-target="note-tab"]')!.classList.add('o__selected');
    expect(composerContext(editor).mode).toBe('internal-note');
    doc.querySelector('[data-intercom-target="note-tab"]')!.classList.remove('o__selected');
    byId(doc, 'ic-composer').classList.add('o__note');
    expect(composerContext(editor).mode).toBe('internal-note');
  });
});
