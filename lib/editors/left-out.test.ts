// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { contenteditable, MAIL_REGIONS } from './contenteditable';
import { leftOutKinds } from './left-out';
import { roosterjs } from './roosterjs';

function box(html: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

// Gmail's reply box as in demo/gmail.html: the agent's lines, the "-- " prefix, the signature, the quoted email.
const GMAIL =
  '<div>Hi Lena, the label is on its way.</div><span class="gmail_signature_prefix">-- </span><br>' +
  '<div class="gmail_signature" data-smartmail="gmail_signature">Sam Patel<br>Acme Support</div>' +
  '<div class="gmail_quote"><div class="gmail_attr">On Mon, Lena wrote:</div><blockquote class="gmail_quote">Where is my label?</blockquote></div>';

// One box at a time in the document (jsdom's id lookup would find an earlier box's #appendonsend).
afterEach(() => document.body.replaceChildren());

describe('leftOutKinds', () => {
  it('names the Gmail signature and quoted email it left out, in document order, each once', () => {
    const root = box(GMAIL);
    expect(leftOutKinds(root, MAIL_REGIONS, '#appendonsend')).toEqual(['signature', 'quote']);
    expect(contenteditable.readText(root)).toBe('Hi Lena, the label is on its way.\n');
    expect(contenteditable.leftOut?.(root)).toEqual(['signature', 'quote']);
  });

  it('counts the quoted message after Outlook\'s #appendonsend marker as the quoted email', () => {
    const root = box('<div>Thanks, Priya.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Priya</div><div>Still waiting.</div>');
    expect(leftOutKinds(root, MAIL_REGIONS, '#appendonsend')).toEqual(['quote']);
    expect(roosterjs.leftOut?.(root)).toEqual(['quote']);
  });

  it('takes a signature inside the quoted email as part of the quote, not the agent\'s signature', () => {
    const root = box('<div>Done.</div><div class="gmail_quote">On Mon, Lena wrote:<div class="gmail_signature">Lena</div></div>');
    expect(leftOutKinds(root, MAIL_REGIONS)).toEqual(['quote']);
  });

  it('names nothing for regions without text, an empty marker at the end, or a box with none', () => {
    expect(leftOutKinds(box('<div>Hello.</div><div class="gmail_signature"><br></div><div class="gmail_quote"> </div>'), MAIL_REGIONS)).toEqual([]);
    expect(leftOutKinds(box('<div>Hello.</div><div id="appendonsend"></div><div><br></div>'), MAIL_REGIONS, '#appendonsend')).toEqual([]);
    expect(leftOutKinds(box('<div>Hello.</div><blockquote>typed quote</blockquote>'), MAIL_REGIONS, '#appendonsend')).toEqual([]);
  });

  it('leaves what follows the marker to the quote: a Gmail class there adds no kind of its own', () => {
    const root = box('<div>Hi.</div><div id="appendonsend"></div><div class="gmail_signature">Old signature</div>');
    expect(leftOutKinds(root, MAIL_REGIONS, '#appendonsend')).toEqual(['quote']);
  });
});
