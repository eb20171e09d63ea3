// Apply is its own undo step in Quill, with the built extension on the demo helpdesk's real Quill 2, in Chromium.
// Quill's history merges every change made within a second of a step's first change into that step, so an Apply right
// after the agent typed used to share their step: one Ctrl+Z took back the typing too. The page's clock is fixed
// (Date.now never moves, so Quill would merge everything) to make that certain rather than a matter of speed: one
// Ctrl+Z restores exactly the draft before Apply, in Quill's own model, and typing right after Apply is a step of its own.
// Waits on the coach's own signals (data-rapport-timing, the card), never on a sleep.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/session';

const REPLY = 'Per our policy, refunds take 14 days to reach your card.';
const RULE = 'per-our-policy';
const MORE = ' Thanks for your patience.';

// Its own browser: it fixes the clock of every page of the browser.
const session = useBrowserSession({ ownBrowser: true });
let page: Page;

const card = () => page.locator('[data-rapport="card"][role="dialog"]');
const quillText = () => page.evaluate(() => window.__demo.editors.quill!.getText());
const analysedChars = () =>
  page.evaluate(() => JSON.parse(document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? '{}').chars as number | undefined);

/** Presses `keys` in Quill and waits until its model's text has changed. */
async function pressAndWait(keys: string): Promise<string> {
  const before = await quillText();
  await page.keyboard.press(keys);
  await expect.poll(quillText).not.toBe(before);
  return quillText();
}

describe('Apply in Quill', () => {
  it('is one undo step of its own, apart from the typing just before and just after it', async () => {
    // Date.now stands still in the page (its timers run): every change falls within Quill's merging window.
    await session.context.clock.setFixedTime(new Date('2026-12-04T09:00:00Z'));
    page = await session.openDemo(['quill']);
    await page.evaluate(() => window.__demo.editors.quill!.setText(''));
    await page.locator('.ql-editor').click();
    await page.keyboard.type(REPLY);
    await expect.poll(analysedChars, { timeout: 30_000 }).toBe(REPLY.length);

    // The card for the policy line, from the keyboard; Enter applies its first rewording.
    await page.keyboard.press('Home');
    await page.keyboard.press('Alt+Shift+R');
    await expect.poll(() => card().count()).toBe(1);
    const rule = () => card().locator('[data-rapport="finding"]').getAttribute('data-rule');
    for (let i = 0; i < 10 && (await rule()) !== RULE; i += 1) {
      const before = await rule();
      await page.keyboard.press('ArrowDown');
      await expect.poll(rule).not.toBe(before);
    }
    expect(await rule()).toBe(RULE);
    await page.keyboard.press('Enter');
    await expect.poll(quillText).not.toBe(REPLY);
    const applied = await quillText();
    expect(applied).not.toContain('Per our policy');
    await expect.poll(analysedChars, { timeout: 30_000 }).toBe(applied.length);

    // Typing right after Apply is its own step: one Ctrl+Z takes back only the typing.
    await page.keyboard.press('Control+End');
    await page.keyboard.type(MORE);
    await expect.poll(quillText).toBe(applied + MORE);
    expect(await pressAndWait('Control+z')).toBe(applied);
    // And one more restores exactly the draft before Apply.
    expect(await pressAndWait('Control+z')).toBe(REPLY);
    await expect.poll(analysedChars, { timeout: 30_000 }).toBe(REPLY.length);
    // Redo brings Apply back whole.
    expect(await pressAndWait('Control+Shift+z')).toBe(applied);
  });
});
