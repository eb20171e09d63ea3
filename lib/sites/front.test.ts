import { describe, expect, it } from 'vitest';
import { front } from './front';
import { composerContext, readCustomerContext } from './index';
import { byId, loadFixture } from './testing/fixture';

const URL = 'https://app.frontapp.com/open/cnv_55';

describe('Front: the customer of the open conversation', () => {
  it("reads the latest inbound message without its quote, never the teammate's comment", () => {
    const doc = loadFixture('front.html', URL);
    const context = readCustomerContext(doc, byId(doc, 'front-reply-editor'))!;
    expect(context).toEqual({
      message: "The wedding is on Saturday and the right size still hasn't arrived. I'm really worried I won't have a suit to wear.",
      name: 'Amara',
    });
  });

  it('is recognised by host name and by its conversation header', () => {
    expect(front.matches(loadFixture('front.html', 'http://127.0.0.1:5178/front.html'))).toBe(true);
    expect(front.matches(loadFixture('intercom.html', 'http://127.0.0.1:5178/intercom.html'))).toBe(false);
  });

  it('coaches the reply draft in the channel the header names, never the comment box', () => {
    const doc = loadFixture('front.html', URL);
    expect(composerContext(byId(doc, 'front-reply-editor'))).toEqual({ mode: 'reply', channel: 'email' });
    expect(composerContext(byId(doc, 'front-comment-editor')).mode).toBe('internal-note');
    const icon = doc.querySelector('[data-channel]')!;
    icon.setAttribute('data-channel', 'sms');
    icon.setAttribute('aria-label', 'SMS');
    expect(composerContext(byId(doc, 'front-reply-editor')).channel).toBe('chat');
    // The comment box unmarked: its own label ("Comment or @mention") still says it is a comment.
    byId(doc, 'front-comment-editor').parentElement!.className = 'x';
    expect(composerContext(byId(doc, 'front-comment-editor')).mode).toBe('internal-note');
  });
});
