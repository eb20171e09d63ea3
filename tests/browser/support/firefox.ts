// Launches stock Firefox (Debian's firefox-esr, ≥ 138) through puppeteer-core over WebDriver BiDi and
// installs the built Firefox extension (.output/firefox-mv2) as a temporary add-on. No browser is
// downloaded. A missing Firefox or build is an error with the fix in its message, never a skip.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv2');
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export interface LaunchedFirefox {
  browser: Browser;
  addonId: string;
  /** moz-extension://<uuid>/ */
  extensionUrl: string;
  close(): Promise<void>;
}

function firefoxPath(): string {
  const candidates = process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : FIREFOX_CANDIDATES;
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `Firefox not found (looked for ${candidates.join(', ')}). The Firefox browser test needs it: ` +
        '`apt-get install firefox-esr` (Debian security updates give ESR ≥ 138), or set FIREFOX_PATH.',
    );
  }
  return found;
}

/** The add-on's moz-extension:// UUID, from the profile's prefs (written once the add-on is installed). */
async function extensionUuid(profileDir: string, addonId: string, timeoutMs = 15_000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const prefs = await readFile(path.join(profileDir, 'prefs.js'), 'utf8').catch(() => '');
    const line = prefs.split('\n').find((l) => l.includes('"extensions.webextensions.uuids"'));
    const json = line?.match(/"extensions\.webextensions\.uuids",\s*"(.*)"\);/)?.[1];
    if (json) {
      const uuids = new Map(Object.entries(JSON.parse(json.replace(/\\"/g, '"').replace(/\\\\/g, '\\')) as Record<string, string>));
      const uuid = uuids.get(addonId);
      if (uuid) return uuid;
    }
    if (Date.now() - started > timeoutMs) throw new Error(`No moz-extension UUID for ${addonId} in ${profileDir}/prefs.js`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Launches Firefox and installs the build in `extensionDir` (default: `.output/firefox-mv2`; the bench passes others). */
export async function launchFirefoxWithExtension(extensionDir = FIREFOX_EXTENSION_DIR): Promise<LaunchedFirefox> {
  const executablePath = firefoxPath();
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extensionDir}: run \`npm run build:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Extension pages (popup.html, options.html) may only be opened in a tab with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Every request that is not to 127.0.0.1 / localhost goes to a closed port: nothing leaves the machine.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1, localhost',
    },
  });
  try {
    const profileArg = browser.process()?.spawnargs.findIndex((arg) => arg === '--profile') ?? -1;
    const profileDir = profileArg >= 0 ? browser.process()!.spawnargs[profileArg + 1] : undefined;
    if (!profileDir) throw new Error('Could not find the Firefox profile directory in its launch arguments');
    const addonId = await browser.installExtension(extensionDir);
    const uuid = await extensionUuid(profileDir, addonId);
    return { browser, addonId, extensionUrl: `moz-extension://${uuid}/`, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
