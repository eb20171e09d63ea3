// Light on the helpdesk (issue #12), in Chromium with the built extension: every frame gets only the
// watcher; the coach is loaded into the frame where the agent writes (also a frame created after
// load, and an about:srcdoc one); the analysis runs in the extension's engine (Chrome: the offscreen document), not the page;
// when the engine does not answer, the page checks the draft itself; and no request leaves
// 127.0.0.1 (support/session.ts fails any test whose extension or page does).
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ENGINE_SILENT_MARKER } from '../../lib/engine-wire/test-hooks';
import { useBrowserSession } from './support/session';

const COLD_REPLY = 'Per our records, there are no outages in your area. You need to restart your router.';

const session = useBrowserSession();

const marks = (frame: Frame) =>
  frame.evaluate(() => {
    const root = document.documentElement;
    return {
      watcher: root.hasAttribute('data-rapport-watcher'),
      coach: root.hasAttribute('data-rapport-coach'),
      engine: root.getAttribute('data-rapport-engine'),
      ui: document.querySelectorAll('rapport-coach').length,
      // The UI drawn here for an editor in a same-origin frame (lib/coach/surface.ts).
      frameUi: document.querySelectorAll('rapport-frame-ui').length,
      underlines: Number(document.querySelector('rapport-coach')?.getAttribute('data-rapport-highlights') ?? 0),
    };
  });

/** Adds an iframe (after load) and returns its frame once its watcher runs. */
async function addFrame(page: Page, id: string, body: string): Promise<Frame> {
  await page.evaluate(
    ([frameId, html]) => {
      const frame = document.createElement('iframe');
      frame.id = frameId;
      frame.srcdoc = `<!doctype html><html><body>${html}</body></html>`;
      document.body.append(frame);
    },
    [id, body] as const,
  );
  const handle = await page.waitForSelector(`#${id}`);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`frame ${id} not found`);
  await expect.poll(async () => (await marks(frame)).watcher).toBe(true);
  return frame;
}

async function typeInto(page: Page, frame: Frame, selector: string, text: string): Promise<void> {
  await frame.click(selector);
  await page.keyboard.type(text);
}

describe('one light watcher per frame, the coach where the agent writes', () => {
  it('loads the coach only into the frame created after load where the agent types, and checks there', async () => {
    const page = await session.openDemo(['textarea']);
    const writing = await addFrame(page, 'late-reply', '<textarea id="reply" rows="6" cols="60"></textarea>');
    const idle = await addFrame(page, 'late-news', '<p>Order #4411 shipped on Monday.</p>');
    await typeInto(page, writing, '#reply', COLD_REPLY);
    await expect.poll(async () => (await marks(writing)).underlines).toBeGreaterThan(0);
    expect(await marks(writing)).toMatchObject({ watcher: true, coach: true, engine: 'offscreen', ui: 1 });
    // The coach in the writing frame has run a whole analysis; the idle frame never asked for one.
    expect(await marks(idle)).toMatchObject({ watcher: true, coach: false, engine: null, ui: 0 });
  });

  it('leaves the top frame with only the watcher while the agent writes in a frame', async () => {
    const page = await session.openDemo(['textarea']);
    const writing = await addFrame(page, 'late-reply', '<div id="reply" contenteditable="true" style="min-height:80px"></div>');
    await typeInto(page, writing, '#reply', COLD_REPLY);
    await expect.poll(async () => (await marks(writing)).underlines).toBeGreaterThan(0);
    expect(await marks(page.mainFrame())).toMatchObject({ watcher: true, coach: false, ui: 0, frameUi: 1 });
  });
});

describe('one engine for the browser', () => {
  it('analyses the draft in the extension’s engine (Chrome: its offscreen document), not in the page', async () => {
    const page = await session.openDemo(['textarea']);
    await typeInto(page, page.mainFrame(), '#textarea-input', COLD_REPLY);
    await expect.poll(async () => (await marks(page.mainFrame())).underlines).toBeGreaterThan(0);
    expect(await marks(page.mainFrame())).toMatchObject({ coach: true, engine: 'offscreen' });
  });

  it('checks the draft in the page when the engine does not answer, and says so by where it ran', async () => {
    const page = await session.openDemo(['textarea']);
    await typeInto(page, page.mainFrame(), '#textarea-input', `${COLD_REPLY} ${ENGINE_SILENT_MARKER}`);
    await expect.poll(async () => (await marks(page.mainFrame())).engine).toBe('page');
    await expect.poll(async () => (await marks(page.mainFrame())).underlines).toBeGreaterThan(0);
    // The agent is told in words (the badge's tooltip and name; the popup likewise).
    const badge = page.locator('[data-rapport="badge"]');
    await expect.poll(() => badge.getAttribute('title')).toMatch(/Checked in this page/);
    expect(await badge.getAttribute('aria-label')).toMatch(/Checked in this page/);
  });
});
