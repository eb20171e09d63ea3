/**
 * `npm run demo`: builds the extension and the demo helpdesk, serves the demo on 127.0.0.1, and
 * opens Chromium with Rapport loaded when a display is available. Without a display it prints
 * the address and how to load the extension by hand.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_DEMO_PORT, listenErrorMessage, parsePort, startDemoServer, type DemoServer } from './serve-demo';

const extensionDir = resolve('.output/chrome-mv3');

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Listen first (files are read per request), so a port in use is reported before a long build. */
async function listen(): Promise<DemoServer> {
  let port = DEFAULT_DEMO_PORT;
  try {
    port = parsePort(process.env.PORT) ?? DEFAULT_DEMO_PORT;
    return await startDemoServer({ port });
  } catch (error) {
    console.error(error instanceof Error && error.message.startsWith('PORT ') ? error.message : listenErrorMessage(error, port));
    process.exit(1);
  }
}

const server = await listen();
run('npx', ['wxt', 'build']);
run('npx', ['vite', 'build', '--config', 'demo/vite.config.ts', '--logLevel', 'warn']);
console.log(`\nRapport demo helpdesk: ${server.url}`);

const chromium = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if ((process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && chromium) {
  const profile = mkdtempSync(join(tmpdir(), 'rapport-demo-'));
  const browser = spawn(
    chromium,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      server.url,
    ],
    { stdio: 'ignore' },
  );
  browser.on('exit', () => void server.close().then(() => process.exit(0)));
  console.log('Chromium is open with Rapport loaded. Close it (or press Ctrl+C) to stop.');
} else {
  console.log(`No display here, so no browser was opened. To try it:
  1. Open chrome://extensions, switch on Developer mode, choose "Load unpacked" and pick ${extensionDir}
  2. Open ${server.url} and type a reply in any of the editors.
Press Ctrl+C to stop the server.`);
}
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
