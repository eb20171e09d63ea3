// The three extension pages as one product, in Chromium with the built extension: the popup leads
// with the fixes (same count as the in-page badge) and offers "Turn on for this site" when the site
// is off; the options list rules by title and fold by principle; the summary teaches (axis titles,
// a visible table, the cold and warmer wording of a top habit). Each page passes axe-core with no
// serious or critical violation, in light and in dark. Each test sets up what it needs itself.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeProblems } from './support/axe';
import { useBrowserSession } from './support/session';

const COLD_REPLY = 'Per our records, there are no outages in your area. You need to restart your router.';

// Fresh tabs and empty extension storage for every test (support/session.ts).
const session = useBrowserSession();

const axeProblems = (page: Page, scheme: 'light' | 'dark') => seriousAxeProblems(page, scheme);

/** Opens the demo helpdesk, writes `text` in its text box, and returns the in-page badge's count once analysed. */
async function writeDraft(text: string): Promise<{ demo: Page; count: number }> {
  const demo = await session.openDemo(['textarea']);
  await demo.bringToFront();
  await demo.evaluate(() => window.__demo.editors.textarea!.setText(''));
  await demo.locator('#textarea-input').click();
  await demo.keyboard.type(text);
  const badge = demo.locator('[data-rapport="badge"]').first();
  // The coach's own signal: it has analysed exactly this draft.
  await expect
    .poll(() => demo.evaluate(() => JSON.parse(document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? '{}').chars), { timeout: 30_000 })
    .toBe(text.length);
  return { demo, count: Number(await badge.getAttribute('data-count')) };
}

const openPage = (file: string) => session.openExtensionPage(file);

describe('the popup', () => {
  it('leads with the fixes, counted as the in-page badge counts them, and passes axe in light and dark', async () => {
    const { count } = await writeDraft(COLD_REPLY);
    expect(count).toBeGreaterThan(0);
    const popup = await openPage('popup.html');
    const fixes = popup.getByRole('heading', { name: /^To fix in this draft/ });
    await expect.poll(() => fixes.textContent(), { timeout: 30_000 }).toBe(`To fix in this draft (${count})`);
    const listed = (await popup.locator('[data-rapport="popup-finding"]').count()) + (await popup.locator('.whole li').count());
    expect(listed).toBe(count);
    // The score is one compact line above the fixes, with its word and a sentence of why.
    const scoreBox = await popup.locator('.overview').boundingBox();
    const fixesBox = await fixes.boundingBox();
    expect(scoreBox!.y + scoreBox!.height).toBeLessThanOrEqual(fixesBox!.y);
    expect(fixesBox!.y).toBeLessThan(200);
    expect(await popup.locator('.overview__why').textContent()).toMatch(/this reply/);
    expect(await axeProblems(popup, 'light')).toEqual([]);
    expect(await axeProblems(popup, 'dark')).toEqual([]);
    await popup.close();
  }, 180_000);

  it('offers "Turn on for this site" when the site is off, and it turns coaching back on', async () => {
    await writeDraft(COLD_REPLY);
    const popup = await openPage('popup.html');
    await popup.getByRole('meter', { name: 'Warmth of this draft' }).waitFor({ timeout: 30_000 });
    await popup.getByRole('switch', { name: /Coach on 127\.0\.0\.1/ }).click();
    const turnOn = popup.getByRole('button', { name: 'Turn on for this site' });
    await turnOn.waitFor({ timeout: 30_000 });
    expect(await popup.getByRole('heading', { name: 'Rapport is off on this site' }).isVisible()).toBe(true);
    expect(await axeProblems(popup, 'light')).toEqual([]);
    expect(await axeProblems(popup, 'dark')).toEqual([]);
    await turnOn.click();
    await popup.getByRole('meter', { name: 'Warmth of this draft' }).waitFor({ timeout: 30_000 });
    await popup.close();
  }, 180_000);
});

describe('the options page', () => {
  it('lists rules by title, folds a principle, and passes axe in light and dark', async () => {
    const options = await openPage('options.html');
    await options.waitForSelector('#row-you-need-to-enabled', { timeout: 30_000 });
    expect(await options.locator('label[for="row-you-need-to-enabled"]').textContent()).toBe('“You need to…”');
    const respect = options.locator('.principle-group__toggle', { hasText: 'Respect' });
    expect(await respect.textContent()).toMatch(/Respect \(\d+ rules, \d+ on\)/);
    await respect.click();
    await expect.poll(() => options.locator('#row-you-need-to-enabled').count()).toBe(0);
    await respect.click();
    await options.locator('#row-you-need-to-enabled').waitFor();
    expect(await axeProblems(options, 'light')).toEqual([]);
    expect(await axeProblems(options, 'dark')).toEqual([]);
    await options.close();
  }, 180_000);

  it('shows a disabled Save as disabled in dark mode, and keeps a focused control clear of the sticky bar', async () => {
    const options = await openPage('options.html');
    await options.waitForSelector('#row-you-need-to-enabled', { timeout: 30_000 });
    await options.emulateMedia({ colorScheme: 'dark' });
    const save = options.getByRole('region', { name: 'Save changes' }).getByRole('button', { name: 'Save', exact: true });
    expect(await save.isDisabled()).toBe(true);
    const look = () => save.evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, border: getComputedStyle(el).borderStyle, color: getComputedStyle(el).color }));
    const disabled = await look();
    // A solid edge: a dashed one read as a focus ring on a button that cannot take focus.
    expect(disabled.border).toBe('solid');
    await options.locator('#row-you-need-to-enabled').click();
    await expect.poll(() => save.isDisabled()).toBe(false);
    const enabled = await look();
    expect(enabled.background).not.toBe(disabled.background);
    expect(enabled.color).not.toBe(disabled.color);
    // Jump to a section: its heading lands below the sticky save bar.
    await options.getByRole('link', { name: 'Privacy' }).first().click();
    const bar = await options.getByRole('region', { name: 'Save changes' }).boundingBox();
    await expect
      .poll(async () => (await options.getByRole('heading', { name: 'Privacy', level: 2 }).boundingBox())!.y, { timeout: 5_000 })
      .toBeGreaterThanOrEqual(bar!.y + bar!.height);
    await options.close();
  }, 180_000);
});

describe('the daily summary', () => {
  it('teaches: axis titles, a visible table, a top habit with its cold and warmer wording, a focus that explains itself; axe in light and dark', async () => {
    const { demo } = await writeDraft(COLD_REPLY);
    const sent = await demo.evaluate(() => window.__demo.sent.length);
    await demo.locator('[data-send="textarea"]').click();
    await expect.poll(() => demo.evaluate(() => window.__demo.sent.length)).toBe(sent + 1);
    const summary = await openPage('summary.html');
    await summary.getByText(/\b\d+ repl(y|ies) today/).first().waitFor({ timeout: 30_000 });
    await summary.locator('.recharts-wrapper').first().waitFor({ timeout: 30_000 });
    expect(await summary.getByText('Average warmth (0–100)').count()).toBeGreaterThan(0);
    expect(await summary.getByText('Replies per day').count()).toBeGreaterThan(0);
    const toggle = summary.getByRole('button', { name: 'Show the numbers as a table' });
    await toggle.click();
    const table = summary.getByRole('table', { name: /Replies and average warmth per day/ });
    expect(await table.isVisible()).toBe(true);
    expect((await table.boundingBox())!.height).toBeGreaterThan(50);
    const habit = summary.locator('.habit').first();
    expect(await habit.locator('.habit__cold q').textContent()).toBeTruthy();
    expect(await summary.locator('.focus-why').textContent()).toMatch(/^Why /);
    expect(await axeProblems(summary, 'light')).toEqual([]);
    expect(await axeProblems(summary, 'dark')).toEqual([]);
    await summary.close();
  }, 180_000);
});
