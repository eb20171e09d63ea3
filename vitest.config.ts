import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit tests in Node; a test that needs a DOM says which on its first line. React components and the coach's features use
// `// @vitest-environment happy-dom` (its window costs ~0.4 s of CPU to set up, jsdom's ~1.7 s: 44 CPU-s of the unit stage,
// session 46). Tests of ranges, selections and editing (lib/editors, lib/engine-page, lib/highlight) and of `<fieldset
// disabled>` (RuleEditor) keep `// @vitest-environment jsdom`, which follows the specs where happy-dom 21 does not
// (no StaticRange; a control in a disabled fieldset does not match :disabled).
const INCLUDE = ['lib/**/*.test.ts', 'lib/**/*.test.tsx', 'components/**/*.test.tsx', 'entrypoints/**/*.test.tsx', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'];
const EXCLUDE = ['**/*.browser.test.ts', 'node_modules/**'];
// The folders INCLUDE searches, walked here to read each test file (a file missed here still runs, isolated).
const TEST_ROOTS = ['lib', 'components', 'entrypoints', 'tests/unit', 'scripts'];
const TEST_FILE = /\.test\.tsx?$/;
const BROWSER_TEST_FILE = /\.browser\.test\.ts$/;

/**
 * Importing the engine (compromise's lexicon, the compiled rule pack) is most of a unit file's cost: re-importing it for
 * each of ~110 files in a fresh module graph took ~60 % of the unit stage. Files that leave no trace outside their own
 * module state share one module graph per worker (`isolate: false`). A file keeps its own graph when it could leave
 * one: a DOM environment, module mocks or resets, spies, fake timers, stubbed globals or environment variables, the
 * fake browser (a global), or any global it sets.
 */
const NEEDS_ISOLATION = [
  /@vitest-environment/,
  /\bvi\.(?:mock|doMock|unmock|hoisted|resetModules|stubGlobal|stubEnv|useFakeTimers|useRealTimers|spyOn|restoreAllMocks)\b/,
  /\bglobalThis\b/,
  /\bprocess\.env\.\w+ *=[^=]/,
];

function unitTestFiles(): string[] {
  return TEST_ROOTS.flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => TEST_FILE.test(file) && !BROWSER_TEST_FILE.test(file) && !file.split(/[\\/]/).includes('node_modules'))
      .map((file) => join(root, file).replaceAll('\\', '/')),
  ).sort();
}

const shared = unitTestFiles().filter((file) => {
  const source = readFileSync(file, 'utf8');
  return !NEEDS_ISOLATION.some((pattern) => pattern.test(source));
});

/** What every unit file gets, isolated or not. */
const common = {
  environment: 'node' as const,
  // A hang detector, not a speed target: the slowest test takes ~1.5 s on an idle 2-core machine, but with the
  // cores shared 10 ways (measured: load average 28) even 0.5 s tests took 5–8 s and failed the 5 s default, and in
  // session 28 (load 25) whole-engine tests passed alone but ran past 30 s in a full run: only a hang should fail.
  testTimeout: 90_000,
  hookTimeout: 90_000,
  setupFiles: ['tests/unit/testing-library.setup.ts', 'tests/unit/fast-check.setup.ts'],
};

export default defineConfig({
  test: {
    // What the projects below cover between them (a project's own list replaces, not extends, this one).
    include: INCLUDE,
    exclude: EXCLUDE,
    // Vitest's default for a run is one worker fewer than the cores: one worker on the 2-core CI machine. The files
    // are independent and CPU-bound (mostly module import and DOM set-up), so use both cores.
    maxWorkers: 2,
    // In CI a JSON report as well, so .ci/run can print one plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/unit.json' }]] : ['default'],
    projects: [
      { test: { ...common, name: 'unit', include: shared, isolate: false } },
      { test: { ...common, name: 'unit-isolated', include: INCLUDE, exclude: [...EXCLUDE, ...shared] } },
    ],
  },
});
