// Opens the demo helpdesk in a browser with the built extension loaded, for the tests that need both.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../../../scripts/serve-demo';
import { extensionId, launchBrowser, type LaunchedBrowser } from './launch';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface DemoWithExtension {
  server: DemoServer;
  browser: LaunchedBrowser;
  demo: Page;
  /** chrome-extension://<id>/ */
  extensionUrl: string;
  close(): Promise<void>;
}

export async function openDemoWithExtension(): Promise<DemoWithExtension> {
  const server = await startDemoServer({ port: 0 });
  const browser = await launchBrowser({ extensionDir: EXTENSION_DIR });
  const extensionUrl = `chrome-extension://${await extensionId(browser.context)}/`;
  const demo = await browser.context.newPage();
  await demo.goto(server.url);
  await demo.waitForFunction(() => window.__demo?.ready === true, undefined, { timeout: 30_000 });
  return {
    server,
    browser,
    demo,
    extensionUrl,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
