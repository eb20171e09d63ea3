// Launches the system Chromium through playwright-core (no downloaded browser:
// never run `npx playwright install`). One persistent context per launch,
// because extensions can only be loaded into a persistent profile.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export interface LaunchOptions {
  /** Unpacked extension directory to load (e.g. .output/chrome-mv3). */
  extensionDir?: string;
  /**
   * Make every hostname except 127.0.0.1/localhost unresolvable, so a stray
   * external request fails fast instead of leaving the machine. The request is
   * still *issued*, so the request recorder still sees (and reports) it.
   * Default true.
   */
  blockExternalHosts?: boolean;
  /** Emulated colour scheme; default 'light'. */
  colorScheme?: 'light' | 'dark';
  /** A profile to start with and keep (the bench's browser restart); default a temporary one, removed on close. */
  profileDir?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The temporary profile (the bench finds the browser's processes by it). */
  userDataDir: string;
  /** Closes the browser and removes the temporary profile (a `profileDir` is kept). */
  close(): Promise<void>;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const { extensionDir, blockExternalHosts = true, colorScheme = 'light', profileDir } = options;
  // Under the test run's own folder when there is one (global-setup.ts removes it with any profile a shared browser left).
  const userDataDir = profileDir ?? (await mkdtemp(path.join(process.env.RAPPORT_PROFILES_DIR ?? tmpdir(), 'rapport-browser-')));
  const removeProfile = () => (profileDir ? Promise.resolve() : rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }));
  const extensionArgs = extensionDir
    ? [`--disable-extensions-except=${path.resolve(extensionDir)}`, `--load-extension=${path.resolve(extensionDir)}`]
    : [];
  // Passed as one argv entry (no shell), so no quoting around the rule list.
  const hostRules = blockExternalHosts ? ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'] : [];

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH,
      headless: true,
      colorScheme,
      viewport: { width: 1280, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        ...hostRules,
        ...extensionArgs,
      ],
    });
  } catch (error) {
    await removeProfile();
    throw error;
  }

  let closed = false;
  return {
    context,
    userDataDir,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await context.close();
      } finally {
        // Chromium may still be flushing the profile for a moment; the removal retries.
        await removeProfile();
      }
    },
  };
}

/**
 * The id of the loaded extension, read from its MV3 service worker URL
 * (chrome-extension://<id>/background.js). Waits for the worker if needed.
 */
export async function extensionId(context: BrowserContext, timeoutMs = 10_000): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: timeoutMs }));
  const id = new URL(worker.url()).host;
  if (!id) throw new Error(`Unexpected service worker URL: ${worker.url()}`);
  return id;
}

/**
 * Runs `fn` with the extension's own privileges (chrome.storage, chrome.tabs): in its service worker while it
 * runs, which loads nothing; else in one of its pages opened for the call (that also wakes the worker). An open
 * extension page costs seconds of CPU on a busy machine and re-renders on every storage change, so tests that
 * only read or reset state use this instead of keeping a page open.
 */
export async function evaluateInExtension<Arg, Result>(
  context: BrowserContext,
  extensionUrl: string,
  fn: (arg: Arg) => Result | Promise<Result>,
  arg: Arg,
): Promise<Result> {
  // Playwright types the argument as its "unboxed" form; a plain JSON value is its own unboxed form.
  const run = fn as (arg: unknown) => Promise<Result>;
  const worker = context.serviceWorkers().find((w) => w.url().startsWith(extensionUrl));
  if (worker) {
    const answer = await worker.evaluate(run, arg).then(
      (value) => ({ value }),
      (error: unknown) => {
        // A failure inside `fn` is the test's; a worker that stopped between the lookup and the call is not.
        if (context.serviceWorkers().includes(worker)) throw error;
        return null;
      },
    );
    if (answer) return answer.value;
  }
  const page = await context.newPage();
  try {
    await page.goto(`${extensionUrl}summary.html`);
    return await page.evaluate(run, arg);
  } finally {
    await page.close();
  }
}
