import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (system /usr/bin/chromium via playwright-core)
// driving the demo helpdesk in demo/dist. Run with:
//   npx vitest run --config vitest.browser.config.ts
// They run in Node; each file launches one browser and shares it across its
// tests, so files run one at a time to keep memory and CPU use predictable.
export default defineConfig({
  test: {
    name: 'browser',
    environment: 'node',
    include: ['tests/browser/**/*.browser.test.ts'],
    globalSetup: ['tests/browser/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/browser.json' }]] : ['default'],
  },
});
