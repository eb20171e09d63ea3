// What the agent sees is what the editor holds (issue 11): in editors whose DOM is only a rendering of
// their own model (Draft.js, Slate), text written beside that model shows on screen without being in the
// reply, and an undo then leaves it orphaned there. After a multi-line Apply (the greeting) and after
// Ctrl+Z, the lines on screen must be exactly the lines of the editor's model.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DemoEditorId } from '../../demo/src/types';
import { useBrowserSession } from './support/session';
import { EDITABLE } from './support/underlines';

const COLD_REPLY = 'Per our records, there are no outages in your area. You need to restart your router.';
const MODEL_RENDERING: readonly DemoEditorId[] = ['draftjs', 'slate'];

const session = useBrowserSession();
let page: Page;

/** Non-empty, trimmed lines (editors write an empty line differently). */
const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
const modelLines = async (id: DemoEditorId) => lines(await page.evaluate((editorId) => window.__demo.editors[editorId]!.getText(), id));
const screenLines = async (id: DemoEditorId) =>
  lines(await page.evaluate((selector) => (document.querySelector(selector) as HTMLElement).innerText, EDITABLE[id]));
const status = () => page.locator('[data-rapport="panel"] .status').textContent();

describe.each([...MODEL_RENDERING])('screen and model agree in %s', (id) => {
  beforeEach(async () => {
    page = await session.openDemo([id]);
  });

  it('after a multi-line Apply and after Ctrl+Z, the screen shows exactly the model', async () => {
    await page.evaluate((editorId) => window.__demo.editors[editorId]!.focus(), id);
    await page.keyboard.type(COLD_REPLY);
    // The coach's own signal that it checked the whole reply (a count above 0 comes already from a check of part of it).
    const analysedChars = () => page.evaluate(() => JSON.parse(document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? '{}').chars as number | undefined);
    await expect.poll(analysedChars, { timeout: 30_000 }).toBe(COLD_REPLY.length);
    expect(Number(await page.locator('[data-rapport="badge"]').getAttribute('data-count'))).toBeGreaterThan(0);
    await page.locator('[data-rapport="badge"]').click();
    await page.locator('[data-rapport="panel"] [data-rapport="finding"][data-rule="greeting-missing"] [data-rapport="apply"]').click();

    await expect.poll(status).toMatch(/^Applied/);
    expect(await modelLines(id)).toEqual([expect.stringMatching(/^Hi (Maria|there),$/), COLD_REPLY]);
    expect(await screenLines(id)).toEqual(await modelLines(id));

    await page.evaluate((editorId) => window.__demo.editors[editorId]!.focus(), id);
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelLines(id)).toEqual([COLD_REPLY]);
    await expect.poll(() => screenLines(id)).toEqual([COLD_REPLY]);
  });
});
