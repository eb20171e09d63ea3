// From the helpdesk to the daily summary: two replies sent on the demo helpdesk (a textarea's Send
// button and the Gmail-like compose's Send) are counted on the summary page, and nothing Rapport
// stored contains a word of either reply.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/session';

const session = useBrowserSession();
let demo: Page;

async function writeAndSend(editor: string, selector: string, text: string, send: string) {
  await demo.locator(selector).click();
  await demo.keyboard.type(text);
  // The coach's own signal that it has checked this reply, all of it (the page has one coach: a badge left visible by the
  // reply sent before says nothing of this one).
  const analysedChars = () => demo.evaluate(() => JSON.parse(document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? '{}').chars as number | undefined);
  await expect.poll(analysedChars, { timeout: 30_000 }).toBe(text.length);
  expect(await demo.locator('[data-rapport="badge"]').first().isVisible()).toBe(true);
  await demo.locator(send).click();
  await expect.poll(() => demo.evaluate((e) => window.__demo.sent.filter((s) => s.editor === e).length, editor)).toBe(1);
}

beforeEach(async () => {
  demo = await session.openDemo(['textarea', 'gmail']);
});

describe('sending replies on the helpdesk', () => {
  it('counts each sent reply once on the summary page, and stores no reply text', async () => {
    await writeAndSend('textarea', '#textarea-input', 'Per our records, there are no outages. You need to restart your zebrafish router.', '[data-send="textarea"]');
    await writeAndSend('gmail', '#gmail-editable', "Hi Maria, I'm so sorry about the broken order. I've sent a replacement quokka today.", '[data-send="gmail"]');

    const summary = await session.openExtensionPage('summary.html');
    await summary.getByText('2 replies today').waitFor();

    const stored = await summary.evaluate(async () => {
      const chromeApi = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> }; sync: { get(k: null): Promise<unknown> } } } }).chrome;
      return JSON.stringify([await chromeApi.storage.local.get(null), await chromeApi.storage.sync.get(null)]);
    });
    expect(stored).toContain('127.0.0.1');
    expect(stored).not.toMatch(/zebrafish|quokka|outages|replacement/);
  });
});
