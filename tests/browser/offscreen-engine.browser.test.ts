// Chrome's engine lives in an offscreen document, not in the service worker (issue #12: the first check
// after the worker was stopped for being idle is as quick as any other). Stops the worker the way
// Chrome's extension-testing guide does (the DevTools protocol closes its target), then checks a draft.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/session';
import { ENGINE_RELAY } from '../../lib/engine-wire/chunks';
import { ENGINE_CHECK, type CheckRequest } from '../../lib/engine-wire/protocol';

// Its own browser: it stops the extension's service worker.
const session = useBrowserSession({ ownBrowser: true });

type Targets = { targetInfos: { type: string; url: string; targetId: string }[] };

async function extensionTargets(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    return ((await cdp.send('Target.getTargets')) as Targets).targetInfos.filter((t) => t.url.startsWith('chrome-extension://'));
  } finally {
    await cdp.detach();
  }
}

async function closeTarget(page: Page, targetId: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Target.closeTarget', { targetId });
  } catch {
    // Already gone between the listing and the close: what we wanted.
  } finally {
    await cdp.detach();
  }
}

/**
 * Stops the running service worker and waits until that worker (by its target id) is gone. Any message
 * from the page may start a new worker right after, so "no worker at all" is not a state to wait for;
 * the one we stopped being gone is. Closed again while it lingers (a close sent while it is busy can be lost).
 */
async function stopServiceWorker(page: Page): Promise<void> {
  const worker = (await extensionTargets(page)).find((t) => t.type === 'service_worker');
  expect(worker).toBeDefined();
  await expect
    .poll(async () => {
      const alive = (await extensionTargets(page)).some((t) => t.targetId === worker!.targetId);
      if (alive) await closeTarget(page, worker!.targetId);
      return alive;
    })
    .toBe(false);
}

const offscreenTarget = async (page: Page) => (await extensionTargets(page)).find((t) => t.url.endsWith('/offscreen.html'))?.targetId;

const underlines = (page: Page) => page.evaluate(() => Number(document.querySelector('rapport-coach')?.getAttribute('data-rapport-highlights') ?? 0));
const engine = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-rapport-engine'));

type Chrome = {
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]>; sendMessage(message: unknown): Promise<unknown> };
};

describe('the engine starts with the browser (Chrome)', () => {
  // First in this file: right after the launch, with no page of a site open (only the blank tab).
  it('runs in its offscreen document and answers a check before any reply box was seen', async () => {
    await expect.poll(() => session.inExtension(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length, null)).toBe(1);
    expect(session.context.pages().every((page) => !page.url().startsWith('http'))).toBe(true);
    // What the service worker sends the engine for a page's check (ENGINE_RELAY), here with no page at all.
    const request: CheckRequest = { type: ENGINE_CHECK, client: 'launch-test', seq: 1, payload: { kind: 'full', text: 'You need to restart your router.' }, options: {}, rules: '' };
    const answer = (await session.inExtension(
      (message: unknown) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(message),
      { type: ENGINE_RELAY, from: 'launch-test:0', request } as unknown,
    )) as { ok?: boolean; analysis?: { findings: { ruleId: string }[] } };
    expect(answer.ok).toBe(true);
    expect(answer.analysis?.findings.map((f) => f.ruleId)).toContain('you-need-to');
  });
});

describe('the engine outlives the service worker (Chrome)', () => {
  it('answers the first check after the service worker was stopped, from the same offscreen document', async () => {
    const page = await session.openDemo();
    await page.click('#textarea-input');
    await page.keyboard.type('Thanks for waiting, we restarted the service.');
    await expect.poll(() => engine(page)).toBe('offscreen');
    const offscreenBefore = await offscreenTarget(page);
    expect(offscreenBefore).toBeDefined();

    await stopServiceWorker(page);
    await page.keyboard.type(' You need to restart your router.');
    // The check of the whole draft, typed after the stop (the coach's own signal), then its underline: an underline alone
    // may be one the draft before the stop already had.
    const typed = 'Thanks for waiting, we restarted the service. You need to restart your router.';
    await expect.poll(() => page.evaluate(() => JSON.parse(document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? '{}').chars), { timeout: 30_000 }).toBe(typed.length);
    await expect.poll(() => underlines(page)).toBeGreaterThan(0);
    expect(await engine(page)).toBe('offscreen');
    // The same offscreen document answered: it outlived the worker rather than being made anew.
    expect(await offscreenTarget(page)).toBe(offscreenBefore);
  });
});
