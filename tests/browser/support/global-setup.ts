// Vitest globalSetup for the browser tests: make sure the demo helpdesk is
// built. Tests never build anything themselves; this only fills the gap when
// demo/dist is missing (fresh clone, CI). Rebuild manually with `npm run demo:build`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const DEMO_INDEX = path.join(REPO_ROOT, 'demo', 'dist', 'index.html');

export default function setup(): void {
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
