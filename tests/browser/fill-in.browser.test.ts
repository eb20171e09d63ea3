// A fill-in template in the in-page card (issue #10, item 3), with the built extension on the demo helpdesk, in
// Chromium, on a textarea and on CKEditor 5 (a rich editor with its own model): the card opens on the gaps, the
// agent fills them by keyboard (Tab between gaps, Insert only once all hold text), Enter inserts through the
// editor, the editor's own model holds the filled sentence, the coach re-checks it (the finding is gone), and one
// Ctrl+Z restores the draft exactly. Waits on the coach's own signals (data-rapport-timing), never on a sleep.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardOf, openCardAtStart } from './support/card-keys';
import { useBrowserSession } from './support/session';

// wait-without-a-time flags it; its template joins the sentence: ", and I'll {what you will do next} and update you by {when}".
// A wait only wait-without-a-time reads (session 41: "…when the bank has processed it" is also wait-on-an-event's, whose
// merged card offers its own one-gap template).
const REPLY = 'Your refund will be processed when the bank is ready.';
const FILLED = "Your refund will be processed when the bank is ready, and I'll chase the bank and update you by Friday.";
const RULE = 'wait-without-a-time';
const EDITABLE = { textarea: '#textarea-input', ckeditor5: '.ck-editor__editable' } as const;
type EditorId = keyof typeof EDITABLE;

const session = useBrowserSession();
let page: Page;

const card = () => cardOf(page);
const slot = (label: string) => card().locator(`[data-rapport="slot"][data-slot="${label}"]`);
const insert = () => card().locator('[data-rapport="insert-template"]');
const textOf = (id: EditorId) => page.evaluate(([editor]) => window.__demo.editors[editor]!.getText().trim(), [id] as const);
/** What has focus inside Rapport's shadow root: the gap's label, or the control's role in the card. */
const focusedInCard = () =>
  page.evaluate(() => {
    const active = document.querySelector('rapport-coach')?.shadowRoot?.activeElement;
    return active?.getAttribute('data-slot') ?? active?.getAttribute('data-rapport') ?? null;
  });

/** The coach's own signal: it has analysed (and painted) a draft of exactly `chars` characters. */
async function waitForAnalysis(chars: number): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => JSON.parse(document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? '{}').chars), { timeout: 30_000 })
    .toBe(chars);
}

async function writeReply(id: EditorId): Promise<void> {
  await page.evaluate(([editor]) => window.__demo.editors[editor]!.setText(''), [id] as const);
  await page.evaluate(([editor]) => window.__demo.editors[editor]!.focus(), [id] as const);
  await page.locator(EDITABLE[id]).click();
  await page.keyboard.type(REPLY);
  await waitForAnalysis(REPLY.length);
}

describe('a fill-in template in the card', () => {
  for (const id of ['textarea', 'ckeditor5'] as const) {
    it(`is filled by keyboard and inserted into the ${id} through the editor, re-checked, and undone by one Ctrl+Z`, async () => {
      page = await session.openDemo([id]);
      await writeReply(id);
      await openCardAtStart(page, RULE);

      // Opened from the keyboard, the first gap has focus; nothing can be inserted yet.
      await expect.poll(focusedInCard).toBe('what you will do next');
      expect(await insert().isDisabled()).toBe(true);
      expect(await slot('what you will do next').getAttribute('aria-label')).toBe('what you will do next (gap 1 of 2)');
      await page.keyboard.type('chase the bank');
      // Tab goes to the next gap, not to the next finding; Insert waits for it.
      await page.keyboard.press('Tab');
      await expect.poll(focusedInCard).toBe('when');
      expect(await insert().isDisabled()).toBe(true);
      await page.keyboard.press('Enter'); // a gap is still empty: nothing goes in
      expect(await textOf(id)).toBe(REPLY);
      await page.keyboard.type('Friday');
      expect(await insert().isDisabled()).toBe(false);
      // The live preview shows the sentence with the change in place.
      expect(await card().locator('[data-rapport="template-preview"]').textContent()).toBe(FILLED);
      // The keys typed in the gaps stayed in the card: the draft is untouched and still coached.
      expect(await textOf(id)).toBe(REPLY);

      await page.keyboard.press('Enter');
      await expect.poll(() => textOf(id)).toBe(FILLED);
      await waitForAnalysis(FILLED.length);
      // The coach's state: card closed, the change announced, and the finding it answered is gone.
      expect(await card().count()).toBe(0);
      expect(await page.locator('rapport-coach').evaluate((host) => host.shadowRoot!.querySelector('[role="status"]')!.textContent)).toBe('Applied. Ctrl+Z undoes it.');
      // A pointer click on the badge: it holds still under the pointer (badge-click.browser.test.ts).
      await page.locator('[data-rapport="badge"]').click();
      await expect.poll(() => page.locator('[data-rapport="panel"][role="dialog"]').count()).toBe(1);
      expect(await page.locator(`[data-rapport="panel"] [data-rapport="finding"][data-rule="${RULE}"]`).count()).toBe(0);
      await page.keyboard.press('Escape');

      // One undo step restores the draft exactly.
      await page.locator(EDITABLE[id]).click();
      await page.keyboard.press('Control+z');
      await expect.poll(() => textOf(id)).toBe(REPLY);
      await waitForAnalysis(REPLY.length);
    });
  }
});

describe('a fill-in card in a short window', () => {
  it('keeps its keys line in sight at its foot, and the focused gap above it, without scrolling the card by hand', async () => {
    page = await session.openDemo(['textarea']);
    await page.setViewportSize({ width: 900, height: 440 });
    await writeReply('textarea');
    await openCardAtStart(page, RULE);
    await expect.poll(focusedInCard).toBe('what you will do next');
    const boxes = await card().evaluate((el) => {
      const box = (e: Element | null | undefined) => (e ? { top: e.getBoundingClientRect().top, bottom: e.getBoundingClientRect().bottom } : null);
      return { card: box(el), keys: box(el.querySelector('.keys')), gap: box(el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).activeElement : null), scrolls: el.scrollHeight > el.clientHeight };
    });
    // The window is short enough that the card scrolls: that is the case where the keys line was cut off.
    expect(boxes.scrolls).toBe(true);
    expect(boxes.keys!.top).toBeGreaterThanOrEqual(boxes.card!.top);
    expect(boxes.keys!.bottom).toBeLessThanOrEqual(boxes.card!.bottom + 1);
    expect(boxes.gap!.bottom).toBeLessThanOrEqual(boxes.keys!.top);
    expect(boxes.gap!.top).toBeGreaterThanOrEqual(boxes.card!.top);
  });
});
