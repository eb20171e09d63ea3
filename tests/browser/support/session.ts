// Per-test set-up for the browser tests, so every test passes alone and in any order.
//
// One demo server per file, and one Chromium per test worker shared by its files (launching is the slow
// part; a file that changes the browser itself asks for its own); everything a
// test can change is reset before each test: the extension's storage is emptied (a fresh install),
// pages a test opened are closed, and the request log and page errors start empty. After each
// test, any request that left 127.0.0.1 or any uncaught page error fails that test.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { DemoEditorId } from '../../../demo/src/types';
import { startDemoServer, type DemoServer } from '../../../scripts/serve-demo';
import { evaluateInExtension, extensionId, launchBrowser, type LaunchOptions, type LaunchedBrowser } from './launch';
import { recordRequests, type RequestRecorder } from './network';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface BrowserSession {
  readonly context: BrowserContext;
  readonly browser: LaunchedBrowser;
  /** The demo helpdesk's address (http://127.0.0.1:<port>/). */
  readonly demoUrl: string;
  /** chrome-extension://<id>/ (empty when the file runs without the extension). */
  readonly extensionUrl: string;
  readonly recorder: RequestRecorder;
  /** A new tab whose uncaught errors fail the test; closed after the test. */
  newPage(label?: string): Promise<Page>;
  /**
   * A new tab on the demo helpdesk, once its editors are mounted: only `editors` when given (the page
   * then holds just those reply boxes; mounting all seven is most of a page load), else every editor.
   */
  openDemo(editors?: readonly DemoEditorId[]): Promise<Page>;
  /** A new tab on one of the extension's pages (e.g. "options.html"). */
  openExtensionPage(path: string): Promise<Page>;
  /** Runs `fn` with the extension's own privileges (see evaluateInExtension). */
  inExtension<Arg, Result>(fn: (arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Result>;
}

interface SessionOptions {
  /** Load the built extension (default true). */
  extension?: boolean;
  launch?: LaunchOptions;
  /**
   * A browser of its own, launched for this file and closed after it: for a file that changes the browser for all
   * its pages (a fake clock) or stops a part of the extension. Other files share one browser per test worker and
   * set of options, since launching one is most of a small file's cost; everything a test can change is reset
   * before each test either way.
   */
  ownBrowser?: boolean;
}

/** A launched browser with what a session keeps for its whole life. */
interface Launched {
  browser: LaunchedBrowser;
  extensionUrl: string;
  /** A persistent context lives as long as it has a page: one blank tab stays open. */
  keeper: Page;
  recorder: RequestRecorder;
}

/** Browsers shared by the files of this test worker (browser tests run with `isolate: false`), by launch options. */
const sharedBrowsers = new Map<string, Promise<Launched>>();

async function launch(withExtension: boolean, options: LaunchOptions | undefined): Promise<Launched> {
  if (withExtension && !existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('Build the extension first: npm run build (npm run test:browser does)');
  }
  const browser = await launchBrowser({ ...options, ...(withExtension ? { extensionDir: EXTENSION_DIR } : {}) });
  const extensionUrl = withExtension ? `chrome-extension://${await extensionId(browser.context)}/` : '';
  // Playwright's 30 s defaults are too short when the demo's editors load on a busy 2-core machine.
  browser.context.setDefaultNavigationTimeout(90_000);
  browser.context.setDefaultTimeout(60_000);
  const keeper = browser.context.pages()[0] ?? (await browser.context.newPage());
  return { browser, extensionUrl, keeper, recorder: await recordRequests(browser.context) };
}

function sharedBrowser(withExtension: boolean, options: LaunchOptions | undefined): Promise<Launched> {
  const key = JSON.stringify({ withExtension, options: options ?? {} });
  let launched = sharedBrowsers.get(key);
  if (!launched) {
    launched = launch(withExtension, options);
    sharedBrowsers.set(key, launched);
    // A launch that failed, or a browser that crashed, is not handed to the worker's next file: it launches anew.
    // Playwright ends the others when the worker process exits; global-setup.ts removes their profiles.
    launched.then(
      ({ browser }) => browser.context.on('close', () => sharedBrowsers.delete(key)),
      () => sharedBrowsers.delete(key),
    );
  }
  return launched;
}

type ChromeStorage = { chrome: { storage: { local: { clear(): Promise<void> }; sync: { clear(): Promise<void> } } } };

export function useBrowserSession(options: SessionOptions = {}): BrowserSession {
  const withExtension = options.extension ?? true;
  let server: DemoServer;
  let browser: LaunchedBrowser;
  let recorder: RequestRecorder;
  let extensionUrl = '';
  let keeper: Page;
  const pageErrors: string[] = [];

  const session: BrowserSession = {
    get context() {
      return browser.context;
    },
    get browser() {
      return browser;
    },
    get demoUrl() {
      return server.url;
    },
    get extensionUrl() {
      return extensionUrl;
    },
    get recorder() {
      return recorder;
    },
    async newPage(label = 'page') {
      const page = await browser.context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${label}: ${error.message}`));
      return page;
    },
    async openDemo(editors) {
      const page = await session.newPage('demo');
      const url = editors ? `${server.url}?editors=${editors.join(',')}` : server.url;
      // The demo's own readiness signal, not the load event (TinyMCE's iframe can hold that back).
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => window.__demo?.ready === true, undefined, { timeout: 60_000 });
      return page;
    },
    async openExtensionPage(path) {
      const page = await session.newPage(path);
      await page.goto(`${extensionUrl}${path}`);
      return page;
    },
    inExtension(fn, arg) {
      return evaluateInExtension(browser.context, extensionUrl, fn, arg);
    },
  };

  /** Empties the extension's storage, as after a fresh install. */
  async function resetExtensionStorage() {
    await session.inExtension(async () => {
      const { chrome } = globalThis as unknown as ChromeStorage;
      await Promise.all([chrome.storage.local.clear(), chrome.storage.sync.clear()]);
    }, null);
  }

  beforeAll(async () => {
    server = await startDemoServer({ port: 0 });
    ({ browser, extensionUrl, keeper, recorder } = await (options.ownBrowser
      ? launch(withExtension, options.launch)
      : sharedBrowser(withExtension, options.launch)));
  });

  beforeEach(async () => {
    if (withExtension) await resetExtensionStorage();
    recorder.clear();
    pageErrors.length = 0;
  });

  afterEach(async () => {
    await Promise.all(browser.context.pages().filter((p) => p !== keeper).map((p) => p.close()));
    recorder.assertOnlyLocal();
    expect(pageErrors).toEqual([]);
  });

  afterAll(async () => {
    if (options.ownBrowser) {
      await recorder?.stop();
      await browser?.close();
    } else {
      // Nothing of this file's is left in the shared browser for the next file.
      await Promise.all(browser?.context.pages().filter((p) => p !== keeper).map((p) => p.close()) ?? []);
    }
    await server?.close();
  });

  return session;
}
