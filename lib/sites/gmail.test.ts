import { describe, expect, it } from 'vitest';
import { buildTextModel, rangeFromModel } from '../editors/dom-text';
import { NOT_THE_AGENTS, QUOTE_STARTS } from '../editors/contenteditable';
import { agentAddress, gmail } from './gmail';
import { readCustomerContext } from './index';
import { byId, loadFixture } from './testing/fixture';
import { MAX_MESSAGE_CHARS } from './types';

const URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ';

describe('Gmail: the customer\u2019s own latest words', () => {
  it('skips the agent\u2019s own messages, quoted history and the signature, and names the sender of that message', () => {
    const doc = loadFixture('gmail.html', URL);
    const context = readCustomerContext(doc, byId(doc, 'gmail-reply-body'))!;
    expect(context.name).toBe('Lena');
    expect(context.message).toBe(
      "It has been ten days and the label never came. I'm leaving on a hiking trip on Friday and really need the jacket. Could you please check what happened?\n\nLena",
    );
  });

  it('knows the signed-in agent from the compose window, else from the tab title', () => {
    const doc = loadFixture('gmail.html', URL);
    expect(agentAddress(doc, byId(doc, 'gmail-reply-body'))).toBe('sam.agent@acme.example');
    byId(doc, 'gmail-reply-body').closest('.M9')!.remove();
    expect(agentAddress(doc)).toBe('sam.agent@acme.example');
    expect(gmail.read(doc)?.name).toBe('Lena');
  });

  it('keeps the beginning of a long message and drops the long quote after it', () => {
    const doc = loadFixture('gmail.html', URL);
    const body = doc.querySelectorAll('div.adn')[2]!.querySelector('div.a3s > div')!;
    body.textContent = `START ${'My order never came and I need it. '.repeat(200)}`;
    const message = gmail.read(doc, byId(doc, 'gmail-reply-body'))!.message;
    expect(message.startsWith('START My order never came')).toBe(true);
    expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    expect(message).not.toContain('QUOTED-HISTORY-MARKER');
  });

  it('leaves the signature, its "-- " and the quote out of the draft, with exact offsets', () => {
    const doc = loadFixture('gmail.html', URL);
    const body = byId(doc, 'gmail-reply-body');
    const options = { skip: NOT_THE_AGENTS, cutAt: QUOTE_STARTS };
    expect(buildTextModel(body, options).text.trim()).toBe('');
    body.firstElementChild!.textContent = 'Hi Lena, per our policy you need to wait.';
    const model = buildTextModel(body, options);
    expect(model.text.trimEnd()).toBe('Hi Lena, per our policy you need to wait.');
    const start = model.text.indexOf('you need');
    expect(rangeFromModel(model, start, start + 'you need to wait'.length)!.toString()).toBe('you need to wait');
    expect(model.text).not.toMatch(/Sam Patel|Acme Outdoor|a écrit|--/);
  });
});
