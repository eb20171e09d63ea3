import { defineConfig } from 'vitest/config';

// Unit tests: the pure engine in Node, and React components in jsdom (files ending .dom.test.tsx).
export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'entrypoints/**/*.test.tsx', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['**/*.browser.test.ts', 'node_modules/**'],
    environment: 'node',
    // In CI a JSON report as well, so .ci/run can print one plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/unit.json' }]] : ['default'],
  },
});
