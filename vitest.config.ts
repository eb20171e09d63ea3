import { defineConfig } from 'vitest/config';

// Unit tests in Node; a test that renders React opts into jsdom with a `// @vitest-environment jsdom` first line.
export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'lib/**/*.test.tsx', 'components/**/*.test.tsx', 'entrypoints/**/*.test.tsx', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['**/*.browser.test.ts', 'node_modules/**'],
    environment: 'node',
    // Vitest's default for a run is one worker fewer than the cores: one worker on the 2-core CI machine. The files
    // are independent and CPU-bound (mostly module import and jsdom set-up), so use both cores.
    maxWorkers: 2,
    // A hang detector, not a speed target: the slowest test takes ~1.5 s on an idle 2-core machine, but with the
    // cores shared 10 ways (measured: load average 28) even 0.5 s tests took 5–8 s and failed the 5 s default.
    testTimeout: 30_000,
    setupFiles: ['tests/unit/testing-library.setup.ts', 'tests/unit/fast-check.setup.ts'],
    // In CI a JSON report as well, so .ci/run can print one plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/unit.json' }]] : ['default'],
  },
});
