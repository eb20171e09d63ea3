import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './tests/browser/support/longest-first';

// Browser tests: real Chromium (system /usr/bin/chromium via playwright-core)
// driving the demo helpdesk in demo/dist. Run with:
//   npx vitest run --config vitest.browser.config.ts
// They run in Node; each file launches one browser, and every test gets fresh tabs and empty
// extension storage (tests/browser/support/session.ts), so files run one at a time to keep memory
// and CPU use predictable.
//
// Tests run in a shuffled order, so a test that leans on another's leftovers fails. The seed is
// printed; re-run the same order with RAPPORT_TEST_SEED=<seed>. Files share nothing (each has its own
// browser, profile and demo server), so they start longest first: both workers end together.
const seed = Number(process.env.RAPPORT_TEST_SEED) || Math.floor(Math.random() * 1_000_000) + 1;
console.log(`[browser tests] shuffled with seed ${seed} (re-run this order: RAPPORT_TEST_SEED=${seed})`);

export default defineConfig({
  test: {
    name: 'browser',
    environment: 'node',
    include: ['tests/browser/**/*.browser.test.ts'],
    globalSetup: ['tests/browser/support/global-setup.ts'],
    // Generous: a hung test still fails, a slow one does not. On a 2-core machine loaded by other work (load ≈ 60, session
    // 40) the options page's axe tests took 117 s and 119 s of the 120 s this was, and one took longer and failed; an
    // axe run over a large extension page is most of it.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // expect.poll waits on the product's own signals; it returns as soon as they hold, so a long bound only
    // matters on a busy machine (the default 1 s is shorter than one debounced analysis there).
    expect: { poll: { timeout: 20_000, interval: 50 } },
    // Three files at a time (each its own browser profile, demo server port and extension storage): a browser test
    // spends much of its time waiting on the coach's debounce and the editors (one worker used ~0.6 of a core, measured
    // with `time`), so three keep both cores busy and CI under 15 minutes; tests wait on the product's signals, never on time.
    fileParallelism: true,
    // Files of a worker share one module graph, so they share its browser (tests/browser/support/session.ts).
    isolate: false,
    maxWorkers: 3,
    sequence: { shuffle: { files: false, tests: true }, seed, sequencer: LongestFirstSequencer },
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/browser.json' }]] : ['default'],
  },
});
