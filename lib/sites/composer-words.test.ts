// Helpdesk layouts invented for these tests (none is a copy of a site fixture in demo/): the generic
// reader must tell a reply from an internal note, and email from chat, from the words near the composer.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { composerContext } from './index';

function page(body: string): Document {
  return new JSDOM(`<!doctype html><body>${body}</body>`, { url: 'https://desk.example.net/t/88' }).window.document;
}

const composer = (doc: Document, id = 'box') => doc.getElementById(id)!;

describe('the generic reader: mode and channel from what the page says near the composer', () => {
  it('a pair of toggle buttons above the box ("Reply to customer" | "Add internal note"): the pressed one', () => {
    const doc = page(`
      <section class="panel">
        <div class="toolbar"><button aria-pressed="true">Reply to customer</button><button aria-pressed="false">Add internal note</button></div>
        <div class="frame"><div class="inner"><div id="box" contenteditable="true"></div></div></div>
      </section>`);
    expect(composerContext(composer(doc))).toEqual({ mode: 'reply' });
    const [reply, note] = doc.querySelectorAll('button');
    reply!.setAttribute('aria-pressed', 'false');
    note!.setAttribute('aria-pressed', 'true');
    expect(composerContext(composer(doc)).mode).toBe('internal-note');
  });

  it('ARIA tabs ("Respond" | "Private comment") and a channel picker (a select showing "WhatsApp")', () => {
    const doc = page(`
      <div class="workspace">
        <div role="tablist"><span role="tab" aria-selected="false">Respond</span><span role="tab" aria-selected="true">Private comment</span></div>
        <label>Send via <select><option>E-mail</option><option selected>WhatsApp</option></select></label>
        <textarea id="box"></textarea>
      </div>`);
    expect(composerContext(composer(doc))).toEqual({ mode: 'internal-note', channel: 'chat' });
    doc.querySelectorAll('[role="tab"]')[0]!.setAttribute('aria-selected', 'true');
    doc.querySelectorAll('[role="tab"]')[1]!.setAttribute('aria-selected', 'false');
    doc.querySelector('select')!.selectedIndex = 0;
    expect(composerContext(composer(doc))).toEqual({ mode: 'reply', channel: 'email' });
  });

  it("the composer's own placeholder wins over tabs further up", () => {
    const doc = page(`
      <div><ul class="tabs"><li class="active">Email</li><li>Chat</li></ul>
        <form><textarea id="box" placeholder="Leave a note for your team (customers never see it)"></textarea></form>
      </div>`);
    expect(composerContext(composer(doc))).toEqual({ mode: 'internal-note', channel: 'email' });
  });

  it('a rich editor whose empty paragraph carries the placeholder, in a region labelled for live chat', () => {
    const doc = page(`
      <aside aria-label="Live chat with Ingrid">
        <div id="box" contenteditable="true"><p data-placeholder="Write something to Ingrid…"><br></p></div>
      </aside>`);
    expect(composerContext(composer(doc))).toEqual({ mode: 'reply', channel: 'chat' });
  });

  it('radio buttons ("Answer" | "Whisper to a colleague") and a "Message" tab next to "Email"', () => {
    const doc = page(`
      <fieldset>
        <nav><a aria-current="page">Message</a><a>Email</a></nav>
        <label><input type="radio" name="kind" value="a"> Answer</label>
        <label><input type="radio" name="kind" value="w" checked> Whisper to a colleague</label>
        <div><div id="box" contenteditable="plaintext-only"></div></div>
      </fieldset>`);
    expect(composerContext(composer(doc))).toEqual({ mode: 'internal-note', channel: 'chat' });
  });

  it('aria-labelledby naming the box, and a Radix-style data-state tab', () => {
    const doc = page(`
      <h3 id="h">Public reply</h3>
      <div><div role="tablist"><button role="tab" data-state="active">SMS</button><button role="tab" data-state="inactive">Email</button></div>
        <textarea id="box" aria-labelledby="h"></textarea></div>`);
    expect(composerContext(composer(doc))).toEqual({ mode: 'reply', channel: 'chat' });
  });

  it("never reads the tabs of a neighbouring composer (the level that holds both is not this one's)", () => {
    const doc = page(`
      <div class="split">
        <div class="left"><div class="bar"><button aria-pressed="true">Internal note</button></div><textarea id="other"></textarea></div>
        <div class="right"><textarea id="box"></textarea></div>
      </div>`);
    expect(composerContext(composer(doc))).toEqual({ mode: 'reply' });
    expect(composerContext(composer(doc, 'other')).mode).toBe('internal-note');
  });

  it('a hidden composer of the other mode does not hide the tab bar', () => {
    const doc = page(`
      <div><div role="tablist"><b role="tab" aria-selected="true">Note</b><b role="tab">Reply</b></div>
        <div hidden><textarea id="reply-box"></textarea></div><div><textarea id="box"></textarea></div></div>`);
    expect(composerContext(composer(doc)).mode).toBe('internal-note');
  });

  it('says nothing it cannot tell: both words in one label, a long paragraph, a tab far above', () => {
    const both = page('<textarea id="box" placeholder="Reply or add a note"></textarea>');
    expect(composerContext(composer(both))).toEqual({ mode: 'reply' });
    const paragraph = page(`<div><button aria-pressed="true">${'This internal note explains how the team works. '.repeat(3)}</button><textarea id="box"></textarea></div>`);
    expect(composerContext(composer(paragraph))).toEqual({ mode: 'reply' });
    const deep = page(`<div><button aria-pressed="true">Internal note</button>${'<div>'.repeat(12)}<textarea id="box"></textarea>${'</div>'.repeat(12)}</div>`);
    expect(composerContext(composer(deep))).toEqual({ mode: 'reply' });
  });
});
