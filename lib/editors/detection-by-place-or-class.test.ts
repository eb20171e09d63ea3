// @vitest-environment jsdom
// Which adapter takes a focus target, for the editors known by where they sit or by a class: RoosterJS on Outlook
// on the web's hosts or in a compose form holding Outlook's Send button (any other editable stays the generic
// adapter's), Summernote only while its editable is editable, Squire by SnappyMail's class or on Fastmail's hosts, CKEditor 4
// by its class but never its paste bin.
import { JSDOM } from 'jsdom';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findEditor } from './index';

beforeAll(() => {
  // jsdom has no isContentEditable: read it from the nearest contenteditable attribute, as a browser does.
  Object.defineProperty(HTMLElement.prototype, 'isContentEditable', {
    configurable: true,
    get(this: HTMLElement) {
      const host = this.closest('[contenteditable]');
      return host !== null && host.getAttribute('contenteditable') !== 'false';
    },
  });
});
afterEach(() => document.body.replaceChildren());

function mount(html: string): void {
  document.body.innerHTML = html;
}
const paragraph = () => document.querySelector<HTMLElement>('#typed')!;

describe('RoosterJS (Outlook on the web)', () => {
  it('takes the editing host of an editable in a compose form holding the Send button', () => {
    mount(`<div class="compose"><div class="toolbar"><button data-testid="ComposeSendButton">Send</button></div>
      <div id="body" contenteditable="true" role="textbox"><div id="typed">Hi Priya,</div></div></div>`);
    const match = findEditor(paragraph());
    expect(match?.adapter.id).toBe('roosterjs');
    expect(match?.root.id).toBe('body');
  });

  it('leaves an editable on a page without that button to the generic adapter', () => {
    mount(`<div class="compose"><button aria-label="Send">Send</button>
      <div id="body" contenteditable="true"><div id="typed">Hi Priya,</div></div></div>`);
    expect(findEditor(paragraph())?.adapter.id).toBe('contenteditable');
  });

  it('looks only a bounded way up: a Send button beyond the compose form is not this editable’s', () => {
    const nested = '<div>'.repeat(9) + '<div id="body" contenteditable="true"><div id="typed">Hi</div></div>' + '</div>'.repeat(9);
    mount(`<main><button data-testid="ComposeSendButton">Send</button>${nested}</main>`);
    expect(findEditor(paragraph())?.adapter.id).toBe('contenteditable');
  });
});

/** An editable on a page at `url` (the hostname decides for RoosterJS and Squire). */
const pageAt = (url: string) => {
  const { window } = new JSDOM('<div id="body" contenteditable="true"><div id="typed">Hi Priya,</div></div>', { url });
  const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'isContentEditable')!;
  Object.defineProperty(window.HTMLElement.prototype, 'isContentEditable', descriptor);
  return window.document.querySelector<HTMLElement>('#typed')!;
};

describe('RoosterJS on Outlook on the web itself', () => {
  it('takes any editable on its hosts, wherever the Send button sits', () =>
    expect(findEditor(pageAt('https://outlook.office.com/mail/deeplink/compose'))?.adapter.id).toBe('roosterjs'));
  it('leaves the same editable elsewhere to the generic adapter', () =>
    expect(findEditor(pageAt('https://helpdesk.example/mail/'))?.adapter.id).toBe('contenteditable'));
});

describe('Summernote', () => {
  it('takes its .note-editable', () => {
    mount('<div class="note-editor"><div class="note-editable" contenteditable="true"><p id="typed">Hi</p></div></div>');
    expect(findEditor(paragraph())?.adapter.id).toBe('summernote');
  });

  it('does not take a disabled one (summernote("disable") sets contenteditable="false")', () => {
    mount('<div class="note-editor"><div class="note-editable" contenteditable="false"><p id="typed">Hi</p></div></div>');
    expect(findEditor(paragraph())).toBeNull();
  });
});

describe('Squire', () => {
  it("takes SnappyMail's and RainLoop's div.squire-wysiwyg", () => {
    mount('<div class="textAreaParent"><div class="squire-wysiwyg" contenteditable="true"><div id="typed">Hi</div></div></div>');
    expect(findEditor(paragraph())?.adapter.id).toBe('squire');
  });
  it("takes any editable on Fastmail's hosts", () => expect(findEditor(pageAt('https://app.fastmail.com/mail/Inbox/compose'))?.adapter.id).toBe('squire'));
  it('leaves an unmarked editable elsewhere to the generic adapter', () => {
    mount('<div id="body" contenteditable="true"><div id="typed">Hi</div></div>');
    expect(findEditor(paragraph())?.adapter.id).toBe('contenteditable');
  });
});

describe('CKEditor 4', () => {
  it('takes its editable body, and never the paste bin it focuses for a moment while it reads a paste (Firefox)', () => {
    mount('<div class="cke_editable" contenteditable="true"><p id="typed">Hi</p></div>');
    expect(findEditor(paragraph())?.adapter.id).toBe('ckeditor4');
    // In its frame the bin is a second <body>, beside the editable one; here a div stands for it.
    mount('<div id="cke_pastebin" data-cke-temp="1" contenteditable="true"><p id="typed">Could you</p></div>');
    expect(findEditor(paragraph())).toBeNull();
  });
});
