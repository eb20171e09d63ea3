// Vitest globalSetup for the browser tests: make sure the demo helpdesk is
// built. Tests never build anything themselves; this only fills the gap when
// demo/dist is missing (fresh clone, CI). Rebuild manually with `npm run demo:build`.
// It also gives the run one folder for the browsers' temporary profiles, removed at the end: a browser
// shared by a worker's files ends with the worker, after the last file's hooks (support/session.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const DEMO_INDEX = path.join(REPO_ROOT, 'demo', 'dist', 'index.html');

export default function setup(): () => void {
  const profiles = mkdtempSync(path.join(tmpdir(), 'rapport-browser-tests-'));
  // Test workers start after this and inherit the environment.
  process.env.RAPPORT_PROFILES_DIR = profiles;
  buildDemoIfMissing();
  return async () => {
    // Shared browsers end with their workers, which can outlive this teardown by a moment; a live one would
    // recreate its profile's folders after the removal.
    const started = Date.now();
    while (browsersUsing(profiles) > 0 && Date.now() - started < 15_000) await new Promise((done) => setTimeout(done, 200));
    rmSync(profiles, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
}

/** Processes whose command line names `folder` (a browser started with a profile in it). */
function browsersUsing(folder: string): number {
  if (!existsSync('/proc')) return 0; // Not Linux: nothing to wait for that can be seen.
  let count = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(folder)) count += 1;
    } catch {
      // The process ended while we looked.
    }
  }
  return count;
}

function buildDemoIfMissing(): void {
  if (existsSync(DEMO_INDEX)) return;
  console.log('[browser tests] demo/dist missing; running the demo build…');
  // Call Vite's binary directly (not `npm run`) so this works even while
  // package.json scripts are being edited.
  execFileSync(
    process.execPath,
    [path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'demo/vite.config.ts', '--logLevel', 'warn'],
    { cwd: REPO_ROOT, stdio: 'inherit' },
  );
  if (!existsSync(DEMO_INDEX)) throw new Error(`Demo build finished but ${DEMO_INDEX} is missing`);
}
