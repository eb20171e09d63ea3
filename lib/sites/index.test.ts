import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { composerContext, readCustomerContext } from './index';

function page(html: string, url = 'https://support.example.com/tickets/1'): Document {
  return new JSDOM(html, { url }).window.document;
}

describe('site readers together', () => {
  it('falls back to the page\u2019s main text on helpdesks Rapport has no reader for, leaving the draft out', () => {
    const story = 'My printer stopped working after the update and I have a deadline tomorrow, please help me get it running again. '.repeat(3);
    const doc = page(`<main><article><h1>Ticket 1</h1><p>${story}</p></article><textarea>Per our policy you need to wait.</textarea></main>`);
    const context = readCustomerContext(doc);
    expect(context?.message).toContain('My printer stopped working');
    expect(context?.message).not.toContain('Per our policy');
  });

  it('says a composer is a reply with no known channel when the page does not tell', () => {
    const doc = page('<div contenteditable="true" id="c"></div>');
    const composer = doc.getElementById('c')!;
    expect(composerContext(composer)).toEqual({ mode: 'reply' });
  });
});
