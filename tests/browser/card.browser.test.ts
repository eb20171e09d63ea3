// The in-page card, list and badge with the built extension on the demo helpdesk, in Chromium: the card
// shows the change in place (struck and marked words), insertions as insertions; the keyboard path
// (Alt+Shift+R at the underlined words, arrows between findings, Tab round the card's buttons with a visible focus
// ring, Enter applies, Escape back to the same caret), whole where the window has room; the list
// never covers the draft (rects compared, wide, at 420 px and at 420 px × 125% zoom); the badge sits
// outside the editor, off the Send button, with a name and a tooltip; a control Tab or Shift+Tab reaches in a long list
// is never under its sticky heading; axe finds nothing serious in the in-page UI, light or
// dark. Waits on the coach's own signal (data-rapport-timing), never on a fixed sleep.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeProblems } from './support/axe';
import { useBrowserSession } from './support/session';
import { coachFrame, editorFrameSelector, EDITABLE as DEMO_EDITABLE, FRAME_UI_HOST } from './support/underlines';

const COLD_REPLY = 'Per our records, there are no outages in your area. You need to restart your router.';
const FLAGGED = 'You need to restart your router.';
const REWORDED = 'Could you restart your router?';
/** A reply cold in many places, so the list of findings is longer than a short window. */
const LONG_COLD_REPLY =
  'Per our records, there are no outages in your area. You need to restart your router. As previously stated, we are unable to ' +
  'offer a refund. Please note that it is your responsibility to check the cables. You should have read the FAQ. ' +
  'Ticket closed.';
/** A reply whose findings carry fill-in templates (a gap only the agent can fill). */
const FILL_IN_REPLY = `${COLD_REPLY} Unfortunately there is nothing we can do. Please allow some time for it to be processed.`;
const EDITABLE = { gmail: '#gmail-editable', textarea: '#textarea-input', ckeditor5: '.ck-editor__editable' } as const;
type EditorId = keyof typeof EDITABLE;

const session = useBrowserSession();
let page: Page;

/** A fresh demo tab holding only the reply box `id` (each test drives one editor). */
async function openDemo(id: EditorId): Promise<void> {
  page = await session.openDemo([id]);
}

const card = () => page.locator('[data-rapport="card"][role="dialog"]');
const panel = () => page.locator('[data-rapport="panel"][role="dialog"]');
const badge = () => page.locator('[data-rapport="badge"]');

/** The coach's own signal: it has analysed (and painted) a draft of exactly `chars` characters. */
async function waitForAnalysis(chars: number): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => JSON.parse(document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? '{}').chars), { timeout: 30_000 })
    .toBe(chars);
}

async function writeReply(id: EditorId, text = COLD_REPLY): Promise<void> {
  await page.evaluate(([editor]) => window.__demo.editors[editor]!.setText(''), [id] as const);
  await page.evaluate(([editor]) => window.__demo.editors[editor]!.focus(), [id] as const);
  await page.locator(EDITABLE[id]).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
  await waitForAnalysis(text.length);
}

type Rect = { top: number; left: number; right: number; bottom: number };
const rectOf = async (selector: string): Promise<Rect> => {
  const box = (await page.locator(selector).first().boundingBox())!;
  return { top: box.y, left: box.x, right: box.x + box.width, bottom: box.y + box.height };
};
const overlap = (a: Rect, b: Rect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** The caret in the Gmail-like editor: the text before it. */
const textBeforeCaret = () =>
  page.evaluate(() => {
    const selection = document.getSelection()!;
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('#gmail-editable')!);
    range.setEnd(selection.focusNode!, selection.focusOffset);
    return range.toString();
  });

/** The finding the card shows: its rule and its words. */
const shownFinding = async () => {
  const finding = card().locator('[data-rapport="finding"]');
  return `${await finding.getAttribute('data-rule')}: ${await finding.locator('[data-rapport="flagged"]').textContent()}`;
};

/** ArrowDown through the findings until the card shows `ruleId` (at most once round). */
async function stepTo(ruleId: string): Promise<void> {
  const total = Number(await badge().getAttribute('data-count'));
  for (let i = 0; i <= total && !(await shownFinding()).startsWith(`${ruleId}:`); i += 1) {
    const before = await shownFinding();
    await page.keyboard.press('ArrowDown');
    await expect.poll(shownFinding).not.toBe(before);
  }
  expect(await shownFinding()).toBe(`${ruleId}: ${FLAGGED}`);
}

/** Only Rapport's own UI (its open shadow root), not the demo page around it. */
const axeProblems = (scheme: 'light' | 'dark') => seriousAxeProblems(page, scheme, { include: ['rapport-coach'], minPasses: 5 });

describe('the card', () => {
  it('shows the change in place, steps between findings with the keyboard, applies with Enter and goes back to the same caret with Escape', async () => {
    await openDemo('gmail');
    await writeReply('gmail');
    await page.keyboard.press('ArrowLeft'); // the caret inside "…restart your router."
    const caret = await textBeforeCaret();
    expect(caret).toBe(COLD_REPLY.slice(0, -1));

    await page.keyboard.press('Alt+Shift+R');
    await expect.poll(() => card().count()).toBe(1);
    // The card opens on a finding at the caret (several rules may flag the last sentence).
    expect(await card().locator('[data-rapport="flagged"]').textContent()).toBe(FLAGGED);
    const opened = await shownFinding();

    // The arrows move to the next and previous finding; the focus stays in the card.
    await page.keyboard.press('ArrowDown');
    await expect.poll(shownFinding).not.toBe(opened);
    await page.keyboard.press('ArrowUp');
    await expect.poll(shownFinding).toBe(opened);
    // Tab reaches Dismiss (and every button), each with a visible focus ring, and comes round within the card (a dialog):
    // the same finding all the way, the focus never on the page behind.
    const focused = () =>
      card().evaluate((el) => {
        const active = (el.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
        const style = active ? getComputedStyle(active) : null;
        return { in: !!active && el.contains(active), what: active?.getAttribute('data-rapport') ?? '', ring: !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
    const buttons = await card().locator('button').count();
    const first = (await focused()).what;
    const reached: string[] = [];
    for (let press = 0; press < buttons; press += 1) {
      await page.keyboard.press('Tab');
      const now = await focused();
      expect(now, `Tab ${press + 1}`).toEqual({ in: true, what: expect.any(String), ring: true });
      reached.push(now.what);
    }
    expect(reached).toContain('dismiss');
    expect(reached.at(-1), 'round to the button focused first').toBe(first);
    expect(await shownFinding()).toBe(opened);
    await page.keyboard.press('Shift+Tab');
    expect((await focused()).what, 'Shift+Tab round to the last button').toBe(reached.at(-2));
    // Each finding's card whole in a window with room: every button and the keys line ("… · 2 of 3") in sight, nothing
    // to scroll inside it (capped at 320 px before session 43, most cards lost their last buttons and the keys line).
    const total = Number(await badge().getAttribute('data-count'));
    for (let step = 0; step < total; step += 1) {
      const shown = await shownFinding();
      expect(await card().evaluate((el) => el.scrollHeight - el.clientHeight), shown).toBeLessThanOrEqual(1);
      await page.keyboard.press('ArrowDown');
      await expect.poll(shownFinding).not.toBe(shown);
    }
    await stepTo('you-need-to');

    // The change in place: "need to" and the full stop struck, "Could" and "?" marked, the rest plain.
    expect(await card().locator('[data-rapport="change"] del').allTextContents()).toEqual(['need to ', '.']);
    expect(await card().locator('[data-rapport="change"] ins').allTextContents()).toEqual(['Could ', '?']);
    expect(await card().locator('[data-rapport="change"]').textContent()).toBe('Could you need to restart your router.?');
    const apply = card().locator('[data-rapport="apply"]');
    expect(await apply.textContent()).toBe(`“${REWORDED}”`);
    // One principle label, and the focused choice is the first one.
    expect(await card().locator('.principle').textContent()).toMatch(/^Respect/);
    expect((await card().textContent())!.match(/Respect/g)).toHaveLength(1);
    expect(await apply.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);

    // Escape: back in the editor, at the same caret, nothing changed.
    await page.keyboard.press('Escape');
    await expect.poll(() => card().count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gmail-editable');
    expect(await textBeforeCaret()).toBe(caret);
    expect(await page.evaluate(() => window.__demo.editors.gmail!.getText())).toBe(COLD_REPLY);

    // Enter applies the focused choice.
    await page.keyboard.press('Alt+Shift+R');
    await expect.poll(() => card().count()).toBe(1);
    await stepTo('you-need-to');
    await page.keyboard.press('Enter');
    const applied = COLD_REPLY.replace(FLAGGED, REWORDED);
    await expect.poll(() => page.evaluate(() => window.__demo.editors.gmail!.getText())).toBe(applied);
    await waitForAnalysis(applied.length);
  });

  it('never opens over the composer’s Send button: with no room below clear of it, it ends above the flagged text', async () => {
    await openDemo('gmail');
    await page.setViewportSize({ width: 1280, height: 900 });
    // The Gmail-like box 300 px from the top: below the flagged words there is room for a card, but only over Send.
    await page.evaluate(() => {
      document.body.style.paddingBottom = '1200px';
      window.scrollBy(0, document.querySelector('#gmail-editable')!.getBoundingClientRect().top - 300);
    });
    const reply = "I'm sorry the router keeps dropping. You need to restart it and wait two minutes. We cannot refund the monthly fee.";
    await writeReply('gmail', reply);
    // The caret in "We cannot refund", at the right of the line, so the card's column reaches the Send button.
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('#gmail-editable')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent!.includes('We cannot')) continue;
        const range = document.createRange();
        range.setStart(n, n.textContent!.indexOf('We cannot') + 3);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
      }
    });
    await page.keyboard.press('Alt+Shift+R');
    await expect.poll(() => card().count()).toBe(1);
    expect(await card().locator('[data-rapport="finding"]').getAttribute('data-rule')).toBe('we-are-unable-to');
    const cardBox = await rectOf('[data-rapport="card"]');
    const send = await rectOf('[data-send="gmail"]');
    const flagged = await page.evaluate(() => {
      const text = document.querySelector('#gmail-editable')!;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf('We cannot refund');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + 'We cannot refund'.length);
        const r = range.getBoundingClientRect();
        return { top: r.top, left: r.left, right: r.right, bottom: r.bottom };
      }
      throw new Error('no flagged text');
    });
    expect(send.left).toBeLessThan(cardBox.right);
    expect(overlap(cardBox, send)).toBe(false);
    expect(overlap(cardBox, flagged)).toBe(false);
  });

  it('shows a missing greeting as an insertion, named by what it adds', async () => {
    await openDemo('gmail');
    await writeReply('gmail');
    await badge().click();
    const greeting = panel().locator('[data-rapport="finding"][data-rule="greeting-missing"]');
    await expect.poll(() => greeting.count()).toBe(1);
    expect(await greeting.locator('[data-rapport="change"] del').count()).toBe(0);
    expect((await greeting.locator('[data-rapport="change"] ins').allTextContents()).join('')).toMatch(/^Hi\b.*,\n\n$/);
    expect(await greeting.locator('[data-rapport="apply"]').textContent()).toMatch(/^Add “Hi\b[^”]*,” on its own paragraph$/);
  });
});

// TinyMCE's and CKEditor 4's classic editors live in an iframe a few lines tall: drawn inside it, the card
// covered the text it was about and lost its buttons below the frame's edge. It is drawn on the page.
describe('the card of an editor in a frame', () => {
  for (const id of ['tinymce', 'ckeditor4'] as const) {
    it(`in ${id}: drawn on the page around the frame, whole in the window, off the flagged text; a click on Apply reaches the editor`, async () => {
      page = await session.openDemo([id]);
      const frame = await coachFrame(page, id);
      await page.evaluate(([editor, text]) => window.__demo.editors[editor]!.setText(text), [id, COLD_REPLY] as const);
      await page.evaluate(([editor]) => window.__demo.editors[editor]!.focus(), [id] as const);
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' ');
      await expect
        .poll(() => frame.evaluate(() => JSON.parse(document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? '{}').chars), { timeout: 30_000 })
        .toBe(COLD_REPLY.length + 1);
      // The flagged sentence's box, in the page's viewport (the frame's content box moves it).
      const inFrame = await frame.evaluate(
        ([selector, flagged]) => {
          const root = document.querySelector(selector)!;
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = (node as Text).data.indexOf(flagged);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + flagged.length);
            const r = range.getBoundingClientRect();
            return { top: r.top, left: r.left, right: r.right, bottom: r.bottom };
          }
          return null;
        },
        [DEMO_EDITABLE[id], FLAGGED] as const,
      );
      expect(inFrame, 'flagged text laid out in the frame').not.toBeNull();
      const offset = await page.locator(editorFrameSelector(id)!).evaluate((f) => {
        const r = f.getBoundingClientRect();
        return { x: r.left + f.clientLeft, y: r.top + f.clientTop };
      });
      const flagged: Rect = { top: inFrame!.top + offset.y, bottom: inFrame!.bottom + offset.y, left: inFrame!.left + offset.x, right: inFrame!.right + offset.x };

      await page.mouse.click(flagged.left + 4, (flagged.top + flagged.bottom) / 2);
      const frameCard = page.locator(FRAME_UI_HOST).locator('[data-rapport="card"][role="dialog"]');
      await expect.poll(() => frameCard.count()).toBe(1);
      const cardBox = (await frameCard.boundingBox())!;
      const cardRect: Rect = { top: cardBox.y, left: cardBox.x, right: cardBox.x + cardBox.width, bottom: cardBox.y + cardBox.height };
      const view = page.viewportSize()!;
      expect(cardRect.top >= 0 && cardRect.left >= 0 && cardRect.bottom <= view.height && cardRect.right <= view.width, `card ${JSON.stringify(cardRect)} in the window ${JSON.stringify(view)}`).toBe(true);
      expect(overlap(cardRect, flagged), `card ${JSON.stringify(cardRect)} over the flagged text ${JSON.stringify(flagged)}`).toBe(false);
      // The badge sits outside the frame, on the page.
      const pill = page.locator(FRAME_UI_HOST).locator('[data-rapport="badge-pill"]');
      const badgeBox = (await pill.boundingBox())!;
      const badgeRect: Rect = { top: badgeBox.y, left: badgeBox.x, right: badgeBox.x + badgeBox.width, bottom: badgeBox.y + badgeBox.height };
      const frameRect = await rectOf(editorFrameSelector(id)!);
      expect(overlap(badgeRect, frameRect), `badge (${await pill.getAttribute('data-where')}) ${JSON.stringify(badgeRect)} over the frame ${JSON.stringify(frameRect)}`).toBe(false);

      const apply = frameCard.locator('[data-rapport="finding"][data-rule="you-need-to"] [data-rapport="apply"]');
      await expect.poll(() => apply.count()).toBe(1);
      await apply.click();
      await expect.poll(() => page.evaluate(([editor]) => window.__demo.editors[editor]!.getText(), [id] as const)).toContain(REWORDED);
    });
  }
});

// Each frame has its own coach. Moving from a plain reply box into TinyMCE's frame (or back) left the first
// box's list open on the page, over the other editor's: the coach the agent left closes its list.
describe('moving between an editor on the page and one in a frame', () => {
  it('closes the list of the editor the agent left, both ways', async () => {
    page = await session.openDemo(['textarea', 'tinymce']);
    const mainPanel = page.locator('rapport-coach').locator('[data-rapport="panel"][role="dialog"]');
    const framePanel = page.locator(FRAME_UI_HOST).locator('[data-rapport="panel"][role="dialog"]');
    await writeReply('textarea');
    await page.locator('rapport-coach').locator('[data-rapport="badge"]').click();
    await expect.poll(() => mainPanel.count()).toBe(1);

    const frame = await coachFrame(page, 'tinymce');
    await page.evaluate(([text]) => window.__demo.editors.tinymce!.setText(text), [COLD_REPLY] as const);
    // A click into the frame's empty bottom corner, off the flagged text (a click on it would open its card over the badge).
    const tinymceFrame = page.locator(editorFrameSelector('tinymce')!);
    const frameBox = (await tinymceFrame.boundingBox())!;
    await tinymceFrame.click({ position: { x: frameBox.width - 8, y: frameBox.height - 8 } });
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ');
    await expect
      .poll(() => frame.evaluate(() => JSON.parse(document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? '{}').chars), { timeout: 30_000 })
      .toBe(COLD_REPLY.length + 1);
    await expect.poll(() => mainPanel.count()).toBe(0);

    await page.locator(FRAME_UI_HOST).locator('[data-rapport="badge"]').click();
    await expect.poll(() => framePanel.count()).toBe(1);
    // Focus in its own list drawn on the page keeps it open (the frame's check runs on a timer queued before
    // this one); moving back to the plain box closes it.
    await framePanel.locator('button').first().focus();
    await frame.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(await framePanel.count()).toBe(1);
    await page.locator(EDITABLE.textarea).click();
    await expect.poll(() => framePanel.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('textarea-input');
  });
});

describe('the list and the badge', () => {
  const sizes = [
    { name: 'a wide window', width: 1280, height: 900 },
    { name: 'a 420 px window', width: 420, height: 800 },
    { name: 'a 420 px window at 125% zoom (336 CSS px)', width: 336, height: 640 },
  ];
  for (const size of sizes) {
    for (const id of ['textarea', 'gmail'] as const) {
      it(`never covers the ${id} draft in ${size.name}; the badge sits outside it`, async () => {
        await openDemo(id);
        await page.setViewportSize({ width: size.width, height: size.height });
        await writeReply(id);
        const editor = await rectOf(EDITABLE[id]);
        const badgeRect = await rectOf('[data-rapport="badge-pill"]');
        expect(overlap(badgeRect, editor), 'badge over the editor').toBe(false);
        expect(overlap(badgeRect, await rectOf(`[data-send="${id}"]`)), 'badge over the Send button').toBe(false);
        await badge().click();
        await expect.poll(() => panel().count()).toBe(1);
        const list = await rectOf('[data-rapport="panel"]');
        const editorNow = await rectOf(EDITABLE[id]);
        expect(overlap(list, editorNow), `list ${JSON.stringify(list)} over the editor ${JSON.stringify(editorNow)}`).toBe(false);
        // Grouped and counted like the popup: the groups' counts add up to the badge's.
        const counts = (await panel().locator('[data-rapport="panel-group"] h3 .count').allTextContents()).map((c) => Number(c.replace(/\D/g, '')));
        expect(counts.reduce((a, b) => a + b, 0)).toBe(Number(await badge().getAttribute('data-count')));
      });
    }
  }

  it('keeps every control Tab reaches in a long list in view, never under its sticky heading', async () => {
    await openDemo('textarea');
    await page.setViewportSize({ width: 420, height: 520 });
    await writeReply('textarea', LONG_COLD_REPLY);
    await badge().click();
    await expect.poll(() => panel().count()).toBe(1);
    const scrolls = await panel().evaluate((list) => list.scrollHeight > list.clientHeight);
    expect(scrolls, 'the list is long enough to scroll').toBe(true);
    const controls = await panel().locator('button, a[href], [tabindex="0"]').count();
    /** Where the focused control sits against the sticky heading and the list's bottom edge, or null once focus left. */
    const focusedPlace = () =>
      panel().evaluate((list) => {
        const focused = (list.getRootNode() as ShadowRoot).activeElement;
        if (!focused || !list.contains(focused)) return null;
        const header = list.querySelector('header')!;
        // The heading's own controls (Close) sit in it; only the list's items scroll under it.
        if (header.contains(focused)) return { label: 'heading control', top: Infinity, bottom: -Infinity, headingBottom: 0, listBottom: 0 };
        const box = focused.getBoundingClientRect();
        return { label: focused.textContent?.trim().slice(0, 40), top: box.top, bottom: box.bottom, headingBottom: header.getBoundingClientRect().bottom, listBottom: list.getBoundingClientRect().bottom };
      });
    // Down the list with Tab, then back up with Shift+Tab: going up is where a control lands under the heading.
    await panel().locator('button').first().focus();
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let step = 0; step < controls - 1; step += 1) {
        await page.keyboard.press(key);
        const seen = await focusedPlace();
        expect(seen, `focus stays in the list (${key} ${step + 1})`).not.toBeNull();
        expect(seen!.top, `"${seen!.label}" under the heading (${key})`).toBeGreaterThanOrEqual(seen!.headingBottom - 1);
        expect(seen!.bottom, `"${seen!.label}" below the list's edge (${key})`).toBeLessThanOrEqual(seen!.listBottom + 1);
      }
    }
  });

  it('has an accessible name and a tooltip in words, shows the band as a word, and keeps clear of CKEditor’s own marks', async () => {
    await openDemo('ckeditor5');
    await writeReply('ckeditor5');
    const count = Number(await badge().getAttribute('data-count'));
    expect(count).toBeGreaterThan(0);
    const band = (await badge().getAttribute('data-band'))!;
    expect(await badge().getAttribute('aria-label')).toMatch(new RegExp(`^Rapport: ${count} suggestions?, warmth \\d+ of 100 \\(${band}\\)\\. Open the list\\.$`));
    expect(await badge().getAttribute('title')).toMatch(new RegExp(`^${count} suggestions? · warmth \\d+ of 100, ${band}$`));
    // The band as a word beside the count, in the same pill.
    expect((await page.locator('[data-rapport="badge-pill"]').textContent())!.toLowerCase()).toContain(band);
    const badgeRect = await rectOf('[data-rapport="badge-pill"]');
    expect(overlap(badgeRect, await rectOf(EDITABLE.ckeditor5))).toBe(false);
    const marks = await page.locator('.ck-powered-by').evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => ({ top: r.top, left: r.left, right: r.right, bottom: r.bottom })),
    );
    for (const mark of marks) expect(overlap(badgeRect, mark), 'badge over "Powered by"').toBe(false);
  });
});

describe('accessibility of the in-page UI', () => {
  it('has no serious or critical axe violation with the list and the card open, in light and dark', async () => {
    await openDemo('gmail');
    await writeReply('gmail');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Alt+Shift+R');
    await expect.poll(() => card().count()).toBe(1);
    expect(await axeProblems('light')).toEqual([]);
    expect(await axeProblems('dark')).toEqual([]);
    await page.keyboard.press('Escape');
    await badge().click();
    await expect.poll(() => panel().count()).toBe(1);
    expect(await axeProblems('light')).toEqual([]);
    expect(await axeProblems('dark')).toEqual([]);
  });

  it('has none with a fill-in template open and with the status an Apply leaves, in light and dark', async () => {
    await openDemo('gmail');
    await writeReply('gmail', FILL_IN_REPLY);
    await badge().click();
    await expect.poll(() => panel().count()).toBe(1);
    // The list shows fill-in templates' gaps and Insert ("nothing we can do": what you can; "allow some time": by when).
    await expect.poll(() => panel().locator('[data-rapport="fill-in"]').count()).toBeGreaterThan(0);
    expect(await axeProblems('light')).toEqual([]);
    expect(await axeProblems('dark')).toEqual([]);
    await panel().locator('[data-rapport="finding"][data-rule="you-need-to"] [data-rapport="apply"]').first().click();
    await expect.poll(() => panel().locator('.status').textContent()).toMatch(/^Applied/);
    expect(await axeProblems('light')).toEqual([]);
    expect(await axeProblems('dark')).toEqual([]);
  });
});
