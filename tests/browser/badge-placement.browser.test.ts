// The badge never covers the agent's text or caret, in every demo editor, with the built extension in
// Chromium: long lines reaching the badge's corner and the caret at the end of the last line, at
// 1280 px, 420 px and 420 px at 125% zoom (336 CSS px). Where the editor leaves room around it the badge
// sits outside; where the editor fills the viewport (a tall reply scrolled to its end) it shrinks to its
// dot and count in the page's margin, or sits inside and steps aside from the text and the caret, also
// while the agent types on. TinyMCE's editor fills its own frame: its badge is drawn on the page, outside the frame.
// The text's and caret's rectangles are measured here on their own (the field's text through a copy
// of the field made by this test), and compared with the badge's. No fixed sleeps: every wait is on the
// coach's own signals (its badge's state) or on the geometry being right.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DemoEditorId } from '../../demo/src/types';
import { useBrowserSession } from './support/session';
import { coachFrame as coachFrameOf, EDITABLE, editorFrameSelector, FRAME_UI_HOST } from './support/underlines';

const EDITORS = ['ckeditor5', 'gmail', 'prosemirror', 'lexical', 'quill', 'tinymce', 'textarea'] as const satisfies readonly DemoEditorId[];
const SIZES = [
  { name: '1280 px', width: 1280, height: 900 },
  { name: '420 px', width: 420, height: 800 },
  { name: '420 px at 125% zoom (336 CSS px)', width: 336, height: 640 },
] as const;
const NARROW = SIZES.slice(1);

/**
 * A real reply's layout: greeting, long paragraphs whose wrapped lines reach the editor's right edge
 * (blank lines between them, as agents write), the last one still being written (the caret at its end);
 * cold, so there is something to count.
 */
const PARAGRAPH =
  'Per our records, there are no outages in your area and the line tests came back clean this morning. ' +
  'You need to restart your router, then wait two full minutes before you plug the network cable back into the wall socket again.';
const LONG_REPLY = ['Hi Maria,', ...Array.from({ length: 9 }, (_, i) => `${i + 1}. ${PARAGRAPH}`)].join('\n\n');
const SHORT_REPLY = `${PARAGRAPH}\n\n${PARAGRAPH}`;

type Rect = { top: number; left: number; right: number; bottom: number };
interface Geometry {
  view: { width: number; height: number };
  badge: Rect | null;
  where: string | null;
  compact: string;
  lines: Rect[];
  caret: Rect | null;
}

const session = useBrowserSession();
let page: Page;

/** The demo helpdesk with only the editor under test mounted (loading all ten per test doubled this file's time). */
async function openEditor(id: DemoEditorId): Promise<void> {
  page = await session.openDemo([id]);
}

const coachFrame = (id: DemoEditorId) => coachFrameOf(page, id);

async function writeReply(id: DemoEditorId, text: string): Promise<Frame> {
  await page.evaluate(([editor, value]) => window.__demo.editors[editor]!.setText(value), [id, text] as const);
  await page.evaluate(([editor]) => window.__demo.editors[editor]!.focus(), [id] as const);
  await page.keyboard.press('Control+End');
  const frame = await coachFrame(id);
  // The coach's own signal: its badge shows a finished check of a draft with something to fix.
  const badge = page.locator(editorFrameSelector(id) ? FRAME_UI_HOST : 'rapport-coach').locator('[data-rapport="badge"]');
  await expect
    .poll(async () => (await badge.count()) === 1 && (await badge.getAttribute('data-checking')) === 'false' && Number(await badge.getAttribute('data-count')) > 0, { timeout: 60_000 })
    .toBe(true);
  return frame;
}

/**
 * The badge's pill in the coach frame's viewport. An editor in a frame has its badge drawn on the page
 * around the frame (lib/coach/surface.ts): its box is moved into the frame's viewport to compare it with
 * the text there.
 */
async function badgeOf(id: DemoEditorId): Promise<Pick<Geometry, 'badge' | 'where' | 'compact'>> {
  const frameSelector = editorFrameSelector(id);
  const pill = page.locator(frameSelector ? FRAME_UI_HOST : 'rapport-coach').locator('[data-rapport="badge-pill"]');
  if ((await pill.count()) !== 1) return { badge: null, where: null, compact: 'false' };
  const box = await pill.boundingBox();
  const offset = frameSelector
    ? await page.locator(frameSelector).evaluate((f) => ({ x: f.getBoundingClientRect().left + f.clientLeft, y: f.getBoundingClientRect().top + f.clientTop }))
    : { x: 0, y: 0 };
  return {
    badge: box && box.width > 0 ? { top: box.y - offset.y, left: box.x - offset.x, right: box.x + box.width - offset.x, bottom: box.y + box.height - offset.y } : null,
    where: await pill.getAttribute('data-where'),
    compact: (await pill.getAttribute('data-compact')) ?? 'false',
  };
}

/**
 * The badge's pill, and the editor's visible lines of text and its caret, in the coach frame's viewport.
 * A form field's text is not in the DOM: a copy of the field (every computed style, the same box and
 * scroll) lays it out, and is removed again.
 */
async function geometry(frame: Frame, id: DemoEditorId): Promise<Geometry> {
  const text = await frame.evaluate((editableSelector) => {
    const plain = (r: DOMRect) => ({ top: r.top, left: r.left, right: r.right, bottom: r.bottom });
    // Only the part of a line that shows through the editor's box (a scrolled editor clips the rest).
    const visible = (r: DOMRect, box: DOMRect) => {
      const line = { top: Math.max(r.top, box.top, 0), bottom: Math.min(r.bottom, box.bottom, innerHeight), left: Math.max(r.left, box.left), right: Math.min(r.right, box.right) };
      return line.right > line.left && line.bottom > line.top ? line : null;
    };
    const root = document.querySelector(editableSelector)!;
    const lines: Rect[] = [];
    let caret: Rect | null = null;
    const range = document.createRange();
    if (root instanceof HTMLTextAreaElement) {
      const box = root.getBoundingClientRect();
      const copy = document.createElement('div');
      const computed = getComputedStyle(root);
      for (const name of computed) copy.style.setProperty(name, computed.getPropertyValue(name));
      Object.assign(copy.style, { position: 'fixed', top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px`, margin: '0', whiteSpace: 'pre-wrap', overflow: 'hidden', visibility: 'hidden', pointerEvents: 'none', overflowWrap: 'break-word' });
      copy.textContent = `${root.value} `;
      document.body.append(copy);
      copy.scrollTop = root.scrollTop;
      const text = copy.firstChild as Text;
      range.selectNodeContents(copy);
      for (const r of range.getClientRects()) {
        const line = visible(r, box);
        if (line) lines.push(line);
      }
      if (document.activeElement === root) {
        range.setStart(text, root.selectionEnd);
        range.collapse(true);
        const r = range.getClientRects()[0];
        caret = r ? plain(r) : null;
      }
      copy.remove();
    } else {
      const box = root.getBoundingClientRect();
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          const line = visible(r, box);
          if (line) lines.push(line);
        }
      }
      const selection = document.getSelection();
      if (selection?.focusNode && root.contains(selection.focusNode)) {
        range.setStart(selection.focusNode, selection.focusOffset);
        range.collapse(true);
        const r = range.getClientRects()[0];
        caret = r ? plain(r) : null;
        // Between elements a caret has no rectangle: it sits at the end of what comes before it.
        const before = selection.focusNode.childNodes[selection.focusOffset - 1];
        if (!caret && before) {
          range.selectNodeContents(before);
          const all = range.getClientRects();
          const last = all[all.length - 1];
          caret = last ? { top: last.top, bottom: last.bottom, left: last.right, right: last.right + 1 } : null;
        }
      }
    }
    return { view: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight }, lines, caret };
  }, EDITABLE[id]);
  return { ...text, ...(await badgeOf(id)) };
}

const overlap = (a: Rect, b: Rect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** What the badge covers: the caret and any line of text under it (empty when it covers nothing). */
function covered(g: Geometry): string[] {
  if (!g.badge) return ['no badge'];
  const hits = g.lines.filter((line) => overlap(g.badge!, line)).map((line) => `text ${JSON.stringify(line)}`);
  if (g.caret && overlap(g.badge, g.caret)) hits.unshift(`caret ${JSON.stringify(g.caret)}`);
  return hits.length ? [`badge (${g.where}) ${JSON.stringify(g.badge)}`, ...hits] : [];
}

/** Waits until the badge has been placed for what is on screen now and covers nothing; returns the geometry. */
async function expectBadgeClear(frame: Frame, id: DemoEditorId, what: string): Promise<Geometry> {
  let last: Geometry | null = null;
  await expect
    .poll(async () => {
      last = await geometry(frame, id);
      return covered(last);
    }, { message: `${id}, ${what}: the badge covers` })
    .toEqual([]);
  return last!;
}

/** Makes the editor fill the viewport with the end of the reply (and the caret) at the viewport's bottom edge. */
async function fillViewport(frame: Frame, id: DemoEditorId): Promise<void> {
  if (id === 'tinymce') {
    // TinyMCE's frame is the coach's viewport: its body fills it; scroll the frame to the reply's end.
    await page.locator('.tox-tinymce').first().scrollIntoViewIfNeeded();
    await frame.evaluate(() => document.scrollingElement!.scrollTo(0, document.scrollingElement!.scrollHeight));
    return;
  }
  await frame.evaluate((selector) => {
    const el = document.querySelector<HTMLElement>(selector)!;
    // A full textarea: taller than the window, its text scrolled to the caret at its end.
    if (el instanceof HTMLTextAreaElement) {
      el.style.height = `${Math.round(innerHeight * 1.6)}px`;
      el.setSelectionRange(el.value.length, el.value.length);
      el.scrollTop = el.scrollHeight;
    } else {
      // The caret at the end of the last line, as the agent's own Ctrl+End leaves it (the editors follow the DOM selection).
      document.getSelection()!.selectAllChildren(el);
      document.getSelection()!.collapseToEnd();
    }
    const rect = el.getBoundingClientRect();
    window.scrollBy(0, rect.bottom - innerHeight + 4);
  }, EDITABLE[id]);
}

describe('the badge never covers the text or the caret', () => {
  for (const id of EDITORS) {
    it(`in ${id}: outside the editor when there is room, at every width`, async () => {
      await openEditor(id);
      const frame = await writeReply(id, SHORT_REPLY);
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.evaluate(([editor]) => window.__demo.editors[editor]!.focus(), [id] as const);
        await page.keyboard.press('Control+End');
        await frame.evaluate((selector) => document.querySelector(selector)!.scrollIntoView({ block: 'center' }), EDITABLE[id]);
        const g = await expectBadgeClear(frame, id, size.name);
        expect(g.lines.length, `${id}: no text measured`).toBeGreaterThan(0);
        expect(g.caret, `${id}: no caret measured`).not.toBeNull();
      }
    });

    it(`in ${id}: steps aside from long lines and the caret when the editor fills a narrow viewport`, async () => {
      await openEditor(id);
      const frame = await writeReply(id, LONG_REPLY);
      const places: string[] = [];
      for (const size of NARROW) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.evaluate(([editor]) => window.__demo.editors[editor]!.focus(), [id] as const);
        await page.keyboard.press('Control+End');
        await fillViewport(frame, id);
        const g = await expectBadgeClear(frame, id, `${size.name}, caret at the end`);
        places.push(`${size.name}: ${g.where}${g.compact === 'false' ? '' : ` (${g.compact})`}`);
        expect(g.caret, `${id}: no caret measured`).not.toBeNull();
        // Lines reach the badge's home corner (the bottom-right of what shows), so it had to step aside.
        const corner = (line: Rect) => line.right > g.view.width - 140 && line.bottom > g.view.height - 60;
        expect(g.lines.some(corner), `${id}: no text in the bottom-right corner`).toBe(true);
        // The agent types on at the end: the badge keeps out of the way of the new words and the caret.
        await page.keyboard.type(' Thanks for your patience while we sort this out today.');
        await expectBadgeClear(frame, id, `${size.name}, after typing on`);
      }
      // The full badge had no room outside, at one width at least: it went into the page's margin in a
      // smaller form, or inside the editor beside the text (otherwise this case proved nothing).
      if (editorFrameSelector(id)) {
        // An editor in its own frame fills that frame, not the window: the badge is drawn on the page around the frame, outside it.
        expect(places.every((place) => /^[^:]+: (below|above|beside)$/.test(place)), `${id}: ${places.join('; ')}`).toBe(true);
      } else {
        expect(places.some((place) => !/^[^:]+: (below|above|beside)$/.test(place)), `${id}: ${places.join('; ')}`).toBe(true);
      }
    });
  }
});
