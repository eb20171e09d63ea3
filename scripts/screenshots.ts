// `npm run screenshots`: pictures of the popup, the options page, the daily summary and the in-page card
// and list (on the demo helpdesk's Gmail-like reply box), light and dark,
// into docs/screenshots/ (used by the README). Debian's Chromium through playwright-core with the built
// extension (.output/chrome-mv3) and the demo helpdesk on 127.0.0.1; a cold reply is written and two
// replies are sent first, so every surface shows real content. `npm run screenshots` builds both first; the build
// carries the test signals (WXT_RAPPORT_TEST_HOOKS=1) so the script can wait for the coach's analysis.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startDemoServer } from './serve-demo';
import { extensionId, launchBrowser } from '../tests/browser/support/launch';

/** The demo helpdesk in Chromium with the extension; generous timeouts, since this runs beside other work. */
async function openDemoWithExtension() {
  const server = await startDemoServer({ port: 0 });
  const browser = await launchBrowser({ extensionDir: path.join(ROOT, '.output', 'chrome-mv3') });
  const extensionUrl = `chrome-extension://${await extensionId(browser.context, 60_000)}/`;
  const demo = await browser.context.newPage();
  await demo.goto(server.url, { timeout: 120_000 });
  await demo.waitForFunction(() => window.__demo?.ready === true, undefined, { timeout: 120_000 });
  return { browser, demo, extensionUrl, close: async () => (await browser.close(), await server.close()) };
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'docs', 'screenshots');
const COLD_REPLY = 'Per our records, there are no outages in your area. You need to restart your router. Ticket closed';

async function waitForAnalysis(demo: Page, chars: number): Promise<void> {
  await demo.waitForFunction(
    (n) => JSON.parse(document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? '{}').chars === n,
    chars,
    { timeout: 60_000 },
  );
}

/** Sends a reply from one of the demo's reply boxes (each box is one reply, counted once). */
async function send(demo: Page, editor: 'textarea' | 'gmail', text: string): Promise<void> {
  await demo.evaluate((id) => window.__demo.editors[id]!.setText(''), editor);
  await demo.evaluate((id) => window.__demo.editors[id]!.focus(), editor);
  await demo.locator(editor === 'textarea' ? '#textarea-input' : '#gmail-editable').click();
  await demo.keyboard.type(text);
  await waitForAnalysis(demo, text.length);
  const before = await demo.evaluate(() => window.__demo.sent.length);
  await demo.locator(`[data-send="${editor}"]`).click();
  await demo.waitForFunction((n) => window.__demo.sent.length > n, before, { timeout: 60_000 });
}

/** The box around the reply box and Rapport's UI next to it, so the picture shows both and nothing else. */
async function around(demo: Page, selectors: string[]) {
  const boxes = (await Promise.all(selectors.map((s) => demo.locator(s).first().boundingBox()))).filter((b) => b !== null);
  const left = Math.max(0, Math.min(...boxes.map((b) => b.x)) - 16);
  const top = Math.max(0, Math.min(...boxes.map((b) => b.y)) - 16);
  const right = Math.max(...boxes.map((b) => b.x + b.width)) + 16;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + 16;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The card (opened from the keyboard on "You need to…") and the list docked beside the reply, light and dark. */
async function inPageShots(demo: Page): Promise<void> {
  await demo.setViewportSize({ width: 1280, height: 800 });
  const text = 'Per our records, there are no outages in your area. You need to restart your router.';
  await demo.evaluate(() => window.__demo.editors.gmail!.setText(''));
  await demo.locator('#gmail-editable').scrollIntoViewIfNeeded();
  await demo.locator('#gmail-editable').click();
  await demo.keyboard.type(text);
  await waitForAnalysis(demo, text.length);
  await demo.keyboard.press('ArrowLeft');
  await demo.keyboard.press('Alt+Shift+R');
  const card = demo.locator('[data-rapport="card"]');
  await card.waitFor({ timeout: 60_000 });
  for (let i = 0; i < 8 && (await card.locator('[data-rapport="finding"]').getAttribute('data-rule')) !== 'you-need-to'; i += 1) {
    const before = await card.locator('[data-rapport="flagged"]').textContent();
    const rule = await card.locator('[data-rapport="finding"]').getAttribute('data-rule');
    await demo.keyboard.press('ArrowDown');
    await demo.waitForFunction(
      ([r, t]) => {
        const root = document.querySelector('rapport-coach')?.shadowRoot;
        const finding = root?.querySelector('[data-rapport="card"] [data-rapport="finding"]');
        return finding && (finding.getAttribute('data-rule') !== r || finding.querySelector('[data-rapport="flagged"]')?.textContent !== t);
      },
      [rule, before] as const,
    );
  }
  for (const scheme of ['light', 'dark'] as const) {
    await demo.emulateMedia({ colorScheme: scheme });
    const file = path.join(OUT, `card-${scheme}.png`);
    await demo.screenshot({ path: file, clip: await around(demo, ['#gmail-editable', '[data-rapport="card"]']) });
    console.log(path.relative(ROOT, file));
  }
  await demo.keyboard.press('Escape');
  await card.waitFor({ state: 'detached', timeout: 60_000 });
  await demo.locator('[data-rapport="badge"]').click();
  await demo.locator('[data-rapport="panel"]').waitFor({ timeout: 60_000 });
  for (const scheme of ['light', 'dark'] as const) {
    await demo.emulateMedia({ colorScheme: scheme });
    const file = path.join(OUT, `panel-${scheme}.png`);
    await demo.screenshot({ path: file, clip: await around(demo, ['#gmail-editable', '[data-rapport="panel"]', '[data-rapport="badge"]']) });
    console.log(path.relative(ROOT, file));
  }
  await demo.keyboard.press('Escape');
  await demo.emulateMedia({ colorScheme: 'light' });
}

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, '.output', 'chrome-mv3', 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  await mkdir(OUT, { recursive: true });
  const session = await openDemoWithExtension();
  try {
    const { demo } = session;
    await send(demo, 'textarea', 'Per our policy, refunds take 14 days. You need to send photos first. Please be advised that we are unable to help further.');
    await send(demo, 'gmail', "Hi Maria, I'm so sorry the lamp arrived broken. I've sent a replacement today; you'll have it by Friday.");
    await demo.evaluate(() => window.__demo.editors.textarea!.setText(''));
    await demo.locator('#textarea-input').click();
    await demo.keyboard.type(COLD_REPLY);
    await waitForAnalysis(demo, COLD_REPLY.length);

    await inPageShots(demo);

    const shots: { name: string; file: string; width: number; height: number; ready: string; fullPage: boolean }[] = [
      { name: 'popup', file: 'popup.html', width: 400, height: 600, ready: '[role="meter"]', fullPage: false },
      { name: 'options', file: 'options.html', width: 1280, height: 900, ready: '#row-you-need-to-enabled', fullPage: false },
      { name: 'summary', file: 'summary.html', width: 1100, height: 900, ready: '.recharts-wrapper', fullPage: true },
    ];
    for (const shot of shots) {
      const page = await session.browser.context.newPage();
      await page.setViewportSize({ width: shot.width, height: shot.height });
      await page.goto(`${session.extensionUrl}${shot.file}`, { timeout: 90_000 });
      await page.locator(shot.ready).first().waitFor({ timeout: 60_000 });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const file = path.join(OUT, `${shot.name}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: shot.fullPage });
        console.log(path.relative(ROOT, file));
      }
      await page.close();
    }
  } finally {
    await session.close();
  }
}

await main();
