// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextModel, rangeFromModel, textOffset } from './dom-text';

function model(html: string, skip?: string) {
  const root = document.createElement('div');
  root.innerHTML = html;
  return { root, model: buildTextModel(root, { skip }) };
}

describe('buildTextModel', () => {
  it.each([
    ['<p>One.</p><p>Two.</p>', 'One.\nTwo.'],
    ['<p>One.</p><p><br></p><p>Two.</p>', 'One.\n\nTwo.'],
    ['<br>', ''],
    ['First<div>Second</div><div><br></div><div>Fourth</div>', 'First\nSecond\n\nFourth'],
    ['<p>a<br>b</p>', 'a\nb'],
    ['<p>a<br></p>', 'a'],
    ['<p>a<br><br></p>', 'a\n'],
    ['<ul><li>x</li><li>y</li></ul><p>z</p>', 'x\ny\nz'],
    ['<p><span>Hel</span><strong>lo</strong> there</p>', 'Hello there'],
    ['<p>\u2060\u2060\u2060Hi</p>', 'Hi'],
    ['<p>Hi<img src="data:,"></p>', 'Hi'],
    ['<p>Reply</p><div class="gmail_quote">old</div>', 'Reply'],
  ])('%s -> %j', (html, text) => {
    expect(model(html, '.gmail_quote').model.text).toBe(text);
  });
});

describe('rangeFromModel / textOffset', () => {
  const html = '<p>Per our records, there are no outages.</p><p>You <em>need</em> to restart your router.</p>';

  it('covers exactly the requested text, across inline elements and blocks', () => {
    const { model: m } = model(html);
    const start = m.text.indexOf('You need');
    const end = m.text.indexOf(' your router');
    expect(rangeFromModel(m, start, end)!.toString()).toBe('You need to restart');
    const across = rangeFromModel(m, m.text.indexOf('outages'), m.text.indexOf(' need'))!;
    expect(across.toString()).toBe('outages.You'); // Range.toString has no block separators.
  });

  it('maps every offset back to itself', () => {
    const { model: m } = model('<p>ab<b>cd</b></p><p>\u2060ef</p>');
    for (let offset = 0; offset <= m.text.length; offset += 1) {
      if (m.text[offset - 1] === '\n') continue; // a line start is reached from the next piece
      const range = rangeFromModel(m, offset, offset)!;
      expect(textOffset(m, range.startContainer, range.startOffset)).toBe(offset);
    }
  });

  it('maps element positions to the next text', () => {
    const { root, model: m } = model('<p>ab</p><p>cd</p>');
    expect(textOffset(m, root, 1)).toBe(3);
    expect(textOffset(m, root, 2)).toBe(5);
  });
});

describe('skipped and cut-off parts (mail composers)', () => {
  it('ends the line before a skipped block, so the words around it stay apart', () => {
    expect(model('Hi<div class="gmail_signature">Sam</div>there', '.gmail_signature').model.text).toBe('Hi\nthere');
  });

  it('leaves out everything from the cut marker on, and keeps the offsets before it exact', () => {
    const root = document.createElement('div');
    root.innerHTML = '<div>You <b>need</b> to wait.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: x</div><div>old text</div>';
    const m = buildTextModel(root, { cutAt: '#appendonsend' });
    expect(m.text).toBe('You need to wait.');
    expect(rangeFromModel(m, 4, 16)!.toString()).toBe('need to wait');
  });

  it('cuts inside nested blocks too, without an empty line for the block that held the marker', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>Thanks!</p><div><div id="appendonsend"></div><p>quoted</p></div><p>after</p>';
    expect(buildTextModel(root, { cutAt: '#appendonsend' }).text).toBe('Thanks!');
  });

  it('ignores source indentation between blocks only when asked (page reading, not editors)', () => {
    const root = document.createElement('div');
    root.innerHTML = '<div>One</div>\n    <div>Two</div>';
    expect(buildTextModel(root, { ignoreSourceWhitespace: true }).text).toBe('One\nTwo');
    expect(buildTextModel(root).text).toBe('One\n\n    \nTwo');
  });
});

describe('model-rendering editors: only what the editor rendered (textIn, lineBlocks)', () => {
  const draft = { textIn: '[data-text="true"]', lineBlocks: '[data-block="true"]' };
  const block = (text: string) =>
    `<div data-block="true"><div><span>${text === '' ? '<br data-text="true">' : `<span data-text="true">${text}</span>`}</span></div></div>`;

  it.each([
    [block('Hi Maria,') + block('') + block('Per our records.'), 'Hi Maria,\n\nPer our records.'],
    // execCommand wrote beside Draft's leaves: on screen, but not in its model.
    [block('Per our records.') + '<div>Hi Maria,</div><div><br></div>', 'Per our records.'],
    [`<div data-block="true"><div><span><span data-text="true">Per our</span></span>stray<span><span data-text="true"> records.</span></span></div></div>`, 'Per our records.'],
  ])('Draft.js markup %s -> %j', (html, text) => {
    const root = document.createElement('div');
    root.innerHTML = html;
    expect(buildTextModel(root, draft).text).toBe(text);
  });

  it('reads Slate leaves and empty lines, not its placeholder', () => {
    const root = document.createElement('div');
    const leaf = (inner: string) => `<span data-slate-node="text"><span data-slate-leaf="true">${inner}</span></span>`;
    root.innerHTML =
      `<p data-slate-node="element">${leaf('<span data-slate-string="true">Hi Maria,</span>')}</p>` +
      `<p data-slate-node="element">${leaf('<span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span>')}</p>` +
      `<p data-slate-node="element">${leaf('<span data-slate-placeholder="true">Reply…</span><span data-slate-string="true">Thanks.</span>')}</p>`;
    const model = buildTextModel(root, { textIn: '[data-slate-string], [data-slate-zero-width]', lineBlocks: '[data-slate-node="element"]' });
    expect(model.text).toBe('Hi Maria,\n\nThanks.');
    expect(rangeFromModel(model, 11, 18)!.toString()).toBe('Thanks.');
  });
});
