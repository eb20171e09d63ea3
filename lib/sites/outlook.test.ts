import { describe, expect, it } from 'vitest';
import { buildTextModel } from '../editors/dom-text';
import { NOT_THE_AGENTS, QUOTE_STARTS } from '../editors/contenteditable';
import { composerContext, readCustomerContext } from './index';
import { outlook, OUTLOOK_HOSTS } from './outlook';
import { byId, loadFixture } from './testing/fixture';

const URL = 'https://outlook.office.com/mail/inbox/id/AAQkAD';

describe('Outlook on the web', () => {
  it('is recognised on each of its hosts', () => {
    for (const host of OUTLOOK_HOSTS) expect(outlook.matches(loadFixture('outlook.html', `https://${host}/mail/`))).toBe(true);
  });

  it('reads the customer\u2019s latest message up to the quoted reply, with their name', () => {
    const doc = loadFixture('outlook.html', URL);
    expect(readCustomerContext(doc, byId(doc, 'owa-body'))).toEqual({
      message: 'Three days later the money is still gone and our accounts close on Friday. This is getting frustrating; please tell me when the refund will arrive.\nThanks, Priya',
      name: 'Priya',
    });
  });

  it('skips the agent\u2019s own message when it is the latest', () => {
    const doc = loadFixture('outlook.html', URL);
    const own = doc.querySelectorAll('.owa-item')[1]!.cloneNode(true) as Element;
    own.querySelector('[id^="UniqueMessageBody"]')!.id = 'UniqueMessageBody_4';
    own.querySelector('[id$="_FROM"]')!.id = 'item4_FROM';
    doc.querySelector('.owa-actions')!.before(own);
    expect(readCustomerContext(doc)?.message).toMatch(/^Three days later/);
  });

  it('leaves the reply header and the quoted message out of the draft', () => {
    const doc = loadFixture('outlook.html', URL);
    const body = byId(doc, 'owa-body');
    body.firstElementChild!.textContent = 'Hi Priya, you need to wait.';
    expect(buildTextModel(body, { skip: NOT_THE_AGENTS, cutAt: QUOTE_STARTS }).text).toBe('Hi Priya, you need to wait.');
    expect(composerContext(body)).toEqual({ mode: 'reply', channel: 'email' });
  });
});
