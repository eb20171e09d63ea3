// `npm run screenshots`: pictures of the popup, the options page and the daily summary, light and dark,
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
