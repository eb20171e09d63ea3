// The daily tone summary, end to end: the built extension (.output/chrome-mv3, built by
// `npm run test:browser`) loaded into Chromium. Two reply records go through the real path (a
// runtime message to the background service worker, which is the single writer), one of them
// retried; after a reload the summary page shows "2 replies" today. Also: a corrupted stored value
// shows a notice instead of a broken page, erase needs its confirm step, and dark mode applies.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReplyRecord } from '../../lib/stats/types';
import { expectNoSeriousAxeProblems } from './support/axe';
import { useBrowserSession } from './support/session';

const session = useBrowserSession();
let page: Page;

interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
}

/** Sends one record from the extension page, exactly as a content script's recordReply does. */
const send = (entry: ReplyRecord) =>
  page.evaluate(
    (e) => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({ type: 'rapport:record-reply', entry: e }),
    entry,
  );

function entry(overrides: Partial<ReplyRecord> = {}): ReplyRecord {
  return {
    id: crypto.randomUUID(),
    at: Date.now() - 1000,
    site: 'acme.zendesk.com',
    warmth: 72,
    findingsByPrinciple: { respect: 1 },
    findingsByRule: { 'you-need-to': 1 },
    suggestionsApplied: 1,
    suggestionsDismissed: 0,
    ...overrides,
  };
}

// Every test starts from an empty history (support/session.ts empties the extension's storage).
beforeEach(async () => {
  page = await session.openExtensionPage('summary.html');
});

/** Two replies on record today: one warm, one cold. */
async function sendTwoReplies() {
  const first = entry({ warmth: 72 });
  const second = entry({ warmth: 35, findingsByPrinciple: { welcome: 1 }, findingsByRule: { 'greeting-missing': 1 }, suggestionsApplied: 0 });
  expect(await send(first)).toEqual({ ok: true, counted: true, duplicate: false });
  expect(await send(second)).toEqual({ ok: true, counted: true, duplicate: false });
  return first;
}

describe('daily tone summary', () => {
  it('starts with the empty state, which passes axe in light and dark', async () => {
    await page.getByRole('heading', { name: 'No replies yet' }).waitFor();
    await expectNoSeriousAxeProblems(page);
  });

  it('counts two sent replies once each, a retried message included, and shows "2 replies" today', async () => {
    const first = await sendTwoReplies();
    expect(await send(first)).toEqual({ ok: true, counted: false, duplicate: true });

    await page.reload();
    await page.getByText('2 replies today').waitFor();
    const today = page.locator('section', { has: page.getByRole('heading', { name: 'Today' }) });
    expect(await today.getByText('Cold (under 40): 1 reply, 50%').count()).toBe(1);
    expect(await today.getByText('Warm (60 and up): 1 reply, 50%').count()).toBe(1);
    await page.getByRole('heading', { name: 'Focus for tomorrow' }).waitFor();
    // The chart rendered (recharts), with its text alternative beside it.
    const chart = page.locator('.trend-chart svg.recharts-surface[role="img"]').first();
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toMatch(/Last 7 days: 2 replies\. Average warmth was 54 on /);
    expect(await page.getByRole('table', { name: /last 7 days/ }).count()).toBe(1);
  });

  it('takes the chart as one tab stop: from the range to the chart, then straight to its table toggle', async () => {
    await sendTwoReplies();
    await page.reload();
    await page.locator('.trend-chart svg.recharts-surface').first().waitFor();
    await page.getByRole('radio', { name: 'Last 7 days' }).focus();
    const focused = () => page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()} ${document.activeElement?.getAttribute('class') ?? ''}`.trim());
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('svg recharts-surface');
    // Before, Tab stopped on eight unnamed layer groups inside the chart (recharts' portals) first.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('button trend-toggle');
  });

  it('refuses a record that carries the reply text', async () => {
    const response = (await send({ ...entry(), text: 'You need to restart the router.' } as ReplyRecord)) as { ok: boolean };
    expect(response.ok).toBe(false);
    const stored = await page.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get('toneHistory'));
    expect(JSON.stringify(stored)).not.toContain('router');
  });

  it('shows a notice, not a broken page, when the stored history is corrupted', async () => {
    await page.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.set({ toneHistory: 'not a history' }));
    await page.reload();
    await page.getByText(/Your tone history couldn’t be read/).waitFor();
    await page.getByRole('heading', { name: 'No replies yet' }).waitFor();
    // The next reply repairs it; the page notes the repair until dismissed.
    expect(await send(entry())).toMatchObject({ ok: true, counted: true });
    await page.getByText('1 reply today').waitFor();
    await page.getByText(/part of your tone history couldn’t be read and was reset/).waitFor();
    await expectNoSeriousAxeProblems(page);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByText(/was reset/).waitFor({ state: 'detached' });
  });

  it('erases all history only after the confirm step (keyboard only)', async () => {
    await sendTwoReplies();
    await page.reload();
    await page.getByText('2 replies today').waitFor();
    await page.getByRole('button', { name: 'Erase all history…' }).focus();
    await page.keyboard.press('Enter');
    // Focus lands on Cancel, the safe choice.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    // The confirm step open: nothing serious for axe, in light and dark; the focus still on Cancel.
    await expectNoSeriousAxeProblems(page);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByText('All history erased.').waitFor();
    await page.getByRole('heading', { name: 'No replies yet' }).waitFor();
  });

  it('follows the dark colour scheme', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    // The page's background is the shared dark token (assets/tokens.css), not the light one.
    const channels = () =>
      page.evaluate(() => (getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g) ?? []).slice(0, 3).map(Number));
    await expect.poll(async () => Math.max(...(await channels()))).toBeLessThan(60);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(async () => Math.min(...(await channels()))).toBeGreaterThan(200);
  });
});
