import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { listenErrorMessage, parsePort, startDemoServer } from './serve-demo';

describe('demo server start-up errors', () => {
  it('explains a port in use in one line with the fix, for the demo and for a second server', async () => {
    const first = await startDemoServer({ port: 0 });
    try {
      const error = await startDemoServer({ port: first.port }).catch((e: unknown) => e);
      expect((error as NodeJS.ErrnoException).code).toBe('EADDRINUSE');
      expect(listenErrorMessage(error, first.port)).toBe(
        `Port ${first.port} on 127.0.0.1 is already in use (is the demo already running?). Use another one: PORT=${first.port + 1} npm run demo`,
      );
      // The real command prints that line, not a stack, and exits 1.
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/serve-demo.ts', String(first.port)], { encoding: 'utf8', timeout: 90_000 });
      expect(run.status).toBe(1);
      // Before `npm run demo:build` the script also warns that the demo is not built: a line of its own, no stack.
      const lines = run.stderr.trim().split('\n').filter((line) => !line.startsWith('demo/dist/index.html is missing'));
      expect(lines).toEqual([expect.stringMatching(/^Port \d+ on 127\.0\.0\.1 is already in use .*PORT=\d+ npm run demo:serve$/)]);
    } finally {
      await first.close();
    }
  }, 120_000); // starts a process: tsx compiles the script first

  it('refuses a PORT that is not a port', () => {
    expect(parsePort('5178')).toBe(5178);
    expect(parsePort(undefined)).toBeUndefined();
    expect(() => parsePort('http')).toThrow('PORT must be a whole number from 0 to 65535 (0 picks a free port), not "http"');
  });
});
