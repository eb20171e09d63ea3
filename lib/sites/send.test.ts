// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clickSendsDraft, keySendsDraft, labelOf, sendControlOf } from './send';
import { byId, keyEvent, loadFixture } from './testing/fixture';

/** Renders a control and returns the element a click would land on (`[data-hit]`, else the control). */
function control(html: string): Element {
  document.body.innerHTML = html;
  return document.querySelector('[data-hit]') ?? document.body.firstElementChild!;
}

describe('send controls: real labels and markup', () => {
  // Markup of the site rows is from the projects named in send.ts; label-only rows are how those
  // helpdesks name their button (their markup is not assumed).
  const sends: [string, string][] = [
    ['plain Send', '<button type="button">Send</button>'],
    ['Send reply', '<button>Send reply</button>'],
    ['Submit as Solved', '<button>Submit as Solved</button>'],
    ['Send and close', '<button>Send and close</button>'],
    ['Post reply', '<button>Post reply</button>'],
    ['the icon inside a Send button', '<button aria-label="Send"><svg data-hit><path d="M0 0"/></svg></button>'],
    ['input type=submit', '<input type="submit" value="Submit">'],
    ['Zendesk Submit', '<button data-test-id="submit_button-button">Submit as Open</button>'],
    ['Zendesk status menu item', '<ul role="menu"><li role="menuitem" data-test-id="submit_button-menu-pending" data-hit>Submit as Pending</li></ul>'],
    ['Zendesk save', '<button data-test-id="omni-save-button">Save</button>'],
    ['Zendesk messaging send (icon only)', '<button data-test-id="omnichannel-omnicomposer-send-button"><svg><path data-hit d="M0 0"/></svg></button>'],
    ['Gmail Send, English', '<div class="T-I J-J5-Ji aoO v7 T-I-atl L3" role="button" data-tooltip="Send \u202a(Ctrl-Enter)\u202c" aria-label="Send \u202a(Ctrl-Enter)\u202c">Send</div>'],
    ['Gmail Send, French', '<div class="T-I J-J5-Ji aoO v7 T-I-atl L3" role="button" aria-label="Envoyer \u202a(Ctrl-Entrée)\u202c">Envoyer</div>'],
    ['Gmail Send, Japanese', '<div class="T-I J-J5-Ji aoO v7 T-I-atl L3" role="button" aria-label="送信">送信</div>'],
    ['Outlook Send', '<button data-testid="ComposeSendButton" aria-label="Send" title="Send (Ctrl+Enter)"><span data-hit>Send</span></button>'],
    ['Outlook Send, German', '<button data-testid="ComposeSendButton" aria-label="Senden">Senden</button>'],
    ['Freshdesk (label)', '<button class="btn btn-primary">Send</button>'],
    ['Help Scout (label)', '<button type="submit">Send</button>'],
    ['Intercom (label with shortcut)', '<button aria-label="Send (⌘↵)">Send</button>'],
    ['Front (label)', '<div role="button" tabindex="0">Send</div>'],
  ];
  const notSends: [string, string][] = [
    ['Reply', '<button>Reply</button>'],
    ['Reply all', '<button>Reply all</button>'],
    ['Forward', '<button>Forward</button>'],
    ['Send feedback', '<button>Send feedback</button>'],
    ['Submit a bug report', '<button>Submit a bug report</button>'],
    ['Respond later', '<button>Respond later</button>'],
    ['Send to back', '<div role="button">Send to back</div>'],
    ['Send later (scheduling)', '<button>Send later</button>'],
    ['Zendesk status menu trigger', '<button data-test-id="submit_button-menu-button" aria-haspopup="true" aria-label="Select a status">▾</button>'],
    ['Gmail more send options', '<div class="T-I J-J5-Ji hG T-I-atl L3" role="button" aria-haspopup="true" aria-label="More send options"></div>'],
    ['Outlook more send options', '<button aria-label="More send options" aria-haspopup="menu">▾</button>'],
    ['a menu trigger that says Send', '<button aria-haspopup="menu">Send</button>'],
    ['a disabled Send', '<button disabled>Send</button>'],
    ['an aria-disabled Send', '<div role="button" aria-disabled="true">Send</div>'],
    ['Gmail Reply, French', '<span class="ams bkH" role="button">Répondre</span>'],
    ['text that is not a control', '<div>Send</div>'],
    ['a link', '<a href="#">Send</a>'],
    ['Sender field label', '<button>Sender</button>'],
    ['a Save elsewhere (settings, a form)', '<button>Save</button>'],
  ];

  it.each(sends)('%s counts', (_name, html) => {
    expect(sendControlOf(control(html))).not.toBeNull();
  });
  it.each(notSends)('%s does not count', (_name, html) => {
    expect(sendControlOf(control(html))).toBeNull();
  });

  it('reads the label without shortcut hints or direction marks', () => {
    expect(labelOf(control('<div role="button" aria-label="Send \u202a(Ctrl-Enter)\u202c"></div>'))).toBe('send');
  });
});

describe('a send belongs to its own composer', () => {
  it('counts a box\u2019s own Send and not another box\u2019s', () => {
    document.body.innerHTML = `
      <section id="a"><textarea id="ta"></textarea><div><button id="sa">Send</button></div></section>
      <section id="b"><div contenteditable="true" id="tb"></div><div><button id="sb">Send</button></div></section>`;
    const [ta, tb, sa, sb] = ['ta', 'tb', 'sa', 'sb'].map((id) => document.getElementById(id)!) as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(clickSendsDraft(sa, ta)).toBe(true);
    expect(clickSendsDraft(sb, ta)).toBe(false);
    expect(clickSendsDraft(sb, tb)).toBe(true);
  });

  it('Zendesk: the Submit of one ticket tab never sends the other tab\u2019s draft', () => {
    const doc = loadFixture('zendesk.html', 'https://acme.zendesk.com/agent/tickets/4530');
    const submits = [...doc.querySelectorAll('[data-test-id="submit_button-button"]')];
    const email = byId(doc, 'zd-email-editor');
    const chat = byId(doc, 'zd-chat-editor');
    expect(clickSendsDraft(submits[0]!, email)).toBe(true);
    expect(clickSendsDraft(submits[0]!, chat)).toBe(false);
    expect(clickSendsDraft(submits[1]!, chat)).toBe(true);
    expect(clickSendsDraft(doc.querySelector('[data-test-id="omnichannel-omnicomposer-send-button"] svg'), chat)).toBe(true);
    expect(clickSendsDraft(doc.querySelector('[data-test-id="submit_button-menu-solved"]'), email)).toBe(true);
    expect(clickSendsDraft(doc.querySelector('[data-test-id="submit_button-menu-button"]'), email)).toBe(false);
  });
});

describe('keys that send', () => {
  it('Ctrl/Cmd+Enter in the editor; plain Enter only in Zendesk messaging; not while composing or with Alt', () => {
    const doc = loadFixture('zendesk.html', 'https://acme.zendesk.com/agent/tickets/4530');
    const email = byId(doc, 'zd-email-editor');
    const chat = byId(doc, 'zd-chat-editor');
    const line = email.querySelector('p')!;
    expect(keySendsDraft(keyEvent(line, 'Enter', { ctrlKey: true }), email)).toBe(true);
    expect(keySendsDraft(keyEvent(line, 'Enter', { metaKey: true }), email)).toBe(true);
    expect(keySendsDraft(keyEvent(line, 'Enter'), email)).toBe(false);
    expect(keySendsDraft(keyEvent(chat, 'Enter'), chat)).toBe(true);
    expect(keySendsDraft(keyEvent(chat, 'Enter', { shiftKey: true }), chat)).toBe(false);
    expect(keySendsDraft(keyEvent(chat, 'Enter', { isComposing: true }), chat)).toBe(false);
    expect(keySendsDraft(keyEvent(email, 'Enter', { ctrlKey: true, altKey: true }), email)).toBe(false);
    expect(keySendsDraft(keyEvent(email, 'a', { ctrlKey: true }), email)).toBe(false);
  });

  it('Enter or Space on Gmail\u2019s Send (a div role=button), but not on a native button (the browser clicks it)', () => {
    const doc = loadFixture('gmail.html', 'https://mail.google.com/mail/u/0/#inbox/FMfcg');
    const body = byId(doc, 'gmail-reply-body');
    const send = doc.querySelector('.T-I.aoO')!;
    expect(keySendsDraft(keyEvent(send, 'Enter'), body)).toBe(true);
    expect(keySendsDraft(keyEvent(send, ' '), body)).toBe(true);
    expect(keySendsDraft(keyEvent(send, 'x'), body)).toBe(false);
    expect(keySendsDraft(keyEvent(doc.querySelector('.ams.bkH')!, 'Enter'), body)).toBe(false);
    document.body.innerHTML = '<form><textarea id="t"></textarea><button id="b">Send</button></form>';
    expect(keySendsDraft(keyEvent(document.getElementById('b')!, 'Enter'), document.getElementById('t')!)).toBe(false);
  });
});
