// The textarea mirror lays the draft out in blocks cut after line breaks (lib/highlight/mirror-chunks.ts),
// so a long paste is laid out a block per batch and a keystroke re-lays one block. In Chromium with the
// built extension: every underline sits exactly where the same text sits in one unbroken copy of the
// draft (same box and styles), the mirror is as tall as the field's text, and a keystroke keeps the
// other blocks' elements. Waits on the coach's own signal (its timing record for the draft's length).
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/session';

const session = useBrowserSession();
let page: Page;

beforeEach(async () => {
  page = await session.openDemo(['textarea']);
});

const PARAGRAPH = 'Per our records, there are no outages in your area, and you need to restart your router before we look again. ';
const DRAFT = [
  'Hi Dana,',
  '',
  PARAGRAPH.repeat(4).trim(),
  '',
  `${PARAGRAPH.repeat(3)}Ticket closed.`,
  '1. Unplug it.',
  '2. You need to wait.',
  '',
  '',
  `${PARAGRAPH.repeat(2)}Per our policy, no refunds.`,
  'Best,',
  'Sam',
  '',
].join('\n');

async function writeDraft(text: string): Promise<void> {
  await page.evaluate(([value]) => window.__demo.editors.textarea!.setText(value), [text] as const);
  await page.evaluate(() => window.__demo.editors.textarea!.focus());
  await page.keyboard.press('Control+End');
  await page.keyboard.type('.');
  await expect
    .poll(() => page.evaluate(() => JSON.parse(document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? '{}').chars), { timeout: 60_000 })
    .toBe(text.length + 1);
}

/** Each underline's rectangle beside the rectangle of the same characters in one unbroken copy of the text. */
const alignment = () =>
  page.evaluate(() => {
    const shadow = document.querySelector('rapport-coach')!.shadowRoot!;
    const mirror = shadow.querySelector<HTMLElement>('[data-rapport="mirror"]')!;
    const field = document.querySelector('textarea')!;
    const copy = mirror.cloneNode(false) as HTMLElement;
    copy.textContent = `${field.value} `;
    mirror.after(copy);
    copy.scrollTop = mirror.scrollTop;
    const rows: { text: string; mark: number[]; copy: number[] }[] = [];
    const walker = document.createTreeWalker(mirror, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const mark = node.parentElement!.closest('mark');
      if (mark) {
        const range = document.createRange();
        range.setStart(copy.firstChild!, offset);
        range.setEnd(copy.firstChild!, offset + node.data.length);
        const a = mark.getBoundingClientRect();
        const b = range.getBoundingClientRect();
        rows.push({ text: node.data, mark: [a.left, a.top, a.right, a.bottom].map(Math.round), copy: [b.left, b.top, b.right, b.bottom].map(Math.round) });
      }
      offset += node.data.length;
    }
    const heights = { mirror: mirror.scrollHeight, copy: copy.scrollHeight, text: mirror.textContent };
    copy.remove();
    return { rows, ...heights, value: field.value };
  });

describe('the textarea mirror in blocks', () => {
  it('puts every underline over the same characters as one unbroken copy of the draft, through blank lines, lists and a signature', async () => {
    await writeDraft(DRAFT);
    const { rows, mirror, copy, text, value } = await alignment();
    expect(text).toBe(`${value} `);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row.mark, row.text).toEqual(row.copy);
    expect(mirror).toBe(copy);
  });

  it('keeps the elements of the blocks a keystroke did not touch', async () => {
    await writeDraft(DRAFT);
    await page.evaluate(() => {
      const blocks = [...document.querySelector('rapport-coach')!.shadowRoot!.querySelector('[data-rapport="mirror"]')!.children];
      (window as unknown as { __blocks: Element[] }).__blocks = blocks;
    });
    await page.keyboard.type(' Thanks again');
    const value = await page.evaluate(() => document.querySelector('textarea')!.value);
    await expect
      .poll(() => page.evaluate(() => JSON.parse(document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? '{}').chars), { timeout: 60_000 })
      .toBe(value.length);
    const kept = await page.evaluate(() => {
      const before = (window as unknown as { __blocks: Element[] }).__blocks;
      const now = [...document.querySelector('rapport-coach')!.shadowRoot!.querySelector('[data-rapport="mirror"]')!.children];
      return { before: before.length, now: now.length, same: now.filter((block) => before.includes(block)).length };
    });
    expect(kept.now).toBeGreaterThan(3);
    // The edit is in the last block (the signature); every block before it is the same element.
    expect(kept.same).toBeGreaterThanOrEqual(kept.now - 2);
    const { rows } = await alignment();
    for (const row of rows) expect(row.mark, row.text).toEqual(row.copy);
  });
});
