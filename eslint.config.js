// Lint: typescript-eslint's recommended rules; eslint-plugin-regexp's checks for super-linear
// backtracking (every regex here may run over page or customer text on each keystroke, so each must
// be linear by construction, not by a timed test); guards that keep the pure folders free of browser
// APIs, by globals and by imports (tests/unit/import-boundaries.test.ts plants violations); and
// eslint-plugin-import-x's no-cycle, so no new import cycle lands.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/** Folders whose code runs anywhere (Node, the background, a page): no browser, WXT or DOM. */
export const PURE_FOLDERS = ['lib/engine', 'lib/rules', 'lib/nlp', 'lib/stats', 'lib/eval', 'lib/store-schema', 'lib/messages', 'lib/engine-wire'];
/** Folders whose code runs in a browser context (a page, an extension page, the background). */
export const BROWSER_FOLDERS = [
  'lib/coach', 'lib/card', 'lib/editors', 'lib/highlight', 'lib/sites', 'lib/storage', 'lib/background',
  'lib/popup', 'lib/pages', 'lib/content', 'lib/engine-host', 'lib/engine-page', 'components', 'entrypoints',
];
/** Code that runs only in the background (service worker / event page). */
export const BACKGROUND_CODE = ['lib/background', 'lib/engine-host', 'entrypoints/background.ts', 'entrypoints/offscreen'];
/**
 * Code that runs in a web page (the content script's folders) or in an extension page (popup,
 * options, summary). It reaches the background only by messages, whose names and types live in
 * the pure lib/messages/, and shares storage readers through lib/storage/.
 */
export const PAGE_CODE = [
  'lib/coach', 'lib/card', 'lib/editors', 'lib/highlight', 'lib/sites', 'lib/content', 'lib/engine-page',
  'entrypoints/composer.content.ts', 'entrypoints/coach.ts', 'entrypoints/engine-fallback.ts',
  'lib/popup', 'lib/pages', 'components', 'entrypoints/popup', 'entrypoints/options', 'entrypoints/summary',
];
const pureFiles = PURE_FOLDERS.map((folder) => `${folder}/**`);
const here = (paths) => paths.map((path) => `./${path}`);
/** lib/ is never UI: components/ depend on lib/, not the other way round. */
const LIB_NOT_UI = { target: './lib', from: './components', message: 'lib/ must not depend on React components; move the shared type or helper into lib/.' };
/** The background and the pages are separate runtimes: they share messages (lib/messages) and storage (lib/storage), never code. */
const RUNTIME_ZONES = [
  { target: here(PAGE_CODE), from: here(BACKGROUND_CODE), message: 'Page and extension-page code must not import background code: put the message name or type in lib/messages/, or the storage reader in lib/storage/.' },
  { target: here(BACKGROUND_CODE), from: here(PAGE_CODE), message: 'Background code must not import page or extension-page code: put the shared message name or type in lib/messages/.' },
];
/** Browser and DOM globals a pure module must not reach, bare or through globalThis/self. */
const BROWSER_GLOBALS = [
  'window', 'document', 'browser', 'chrome', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest',
  'location', 'self', 'HTMLElement', 'Element', 'Node', 'MutationObserver', 'getComputedStyle', 'requestAnimationFrame',
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo/dist/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    plugins: { regexp },
    rules: {
      // Exponential or polynomial backtracking inside one match attempt ("(a+)+", "\s*\n\s*\n" …).
      'regexp/no-super-linear-backtracking': 'error',
      // Quadratic work from re-trying a match at every index (a leading "[^x]*" or "\s+$" over a long run).
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
    },
  },
  {
    plugins: { 'import-x': importX },
    // Resolves the relative TypeScript imports (no extension) the boundary and cycle rules follow.
    settings: {
      // `@/` is WXT's alias for the project root (the entrypoints use it).
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'], alias: { '@': [import.meta.dirname] } })],
      // Parse imported TypeScript too, or the cycle rule would not see past the first file.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
  },
  {
    // A test file is a leaf (no module imports one), so no cycle runs through it: the rule skips them, a third of
    // its time (it walks each file's whole import graph looking for a way back).
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      // A cycle makes load order matter and hides which module is the base: lift shared types down instead.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [LIB_NOT_UI, ...RUNTIME_ZONES] }],
    },
  },
  {
    // A test may drive both sides of a message (the background's handler and a page's client) in one process.
    files: ['**/*.test.ts', '**/*.test.tsx'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [LIB_NOT_UI] }],
    },
  },
  {
    files: pureFiles,
    // Tests may read build config (wxt.config.ts) and fakes; the shipped modules may not.
    ignores: ['**/*.test.ts', '**/testing/**'],
    plugins: { 'import-x': importX },
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      'no-restricted-properties': [
        'error',
        ...['globalThis', 'self'].flatMap((object) =>
          BROWSER_GLOBALS.map((property) => ({ object, property, message: `A pure module runs in Node too: ${object}.${property} is a browser global.` })),
        ),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '#imports', message: 'A pure module must not use WXT auto-imports.' },
            { name: 'webextension-polyfill', message: 'A pure module must not use extension APIs.' },
          ],
          patterns: [
            {
              // wxt/utils/match-patterns is a pure parser (no browser API); everything else in WXT is browser wiring.
              regex: '^(?:wxt(?!/utils/match-patterns$)(?:/.*)?|@wxt-dev/.*)$',
              message: 'A pure module must not import WXT (browser, storage, content-script wiring).',
            },
            { group: ['react-dom', 'react-dom/*'], message: 'A pure module must not render to the DOM.' },
          ],
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: PURE_FOLDERS.map((folder) => `./${folder}`),
              from: BROWSER_FOLDERS.map((folder) => `./${folder}`),
              message: 'A pure folder must not import browser-side code; move the pure part down instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pure part reads untrusted words, rule ids, capture names and sites (lib/engine/untrusted.ts):
    // a string-keyed plain object answers "constructor" from Object.prototype. Open dictionaries must be
    // a Map/Set or a `Dictionary` (made by dictionary(), read by own()), which this rule steers to.
    files: pureFiles,
    ignores: ['**/*.test.ts', 'lib/engine/untrusted.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSTypeReference[typeName.name='Record'][typeArguments.params.0.type='TSStringKeyword'][typeArguments.params.1.type!='TSUnknownKeyword']",
          message: 'A Record<string, …> keyed by text answers "constructor" from Object.prototype: use a Map, or Dictionary + dictionary()/own() from lib/engine/untrusted.ts.',
        },
        {
          selector: "TSIndexSignature:has(TSStringKeyword)",
          message: 'A string index signature is a plain-object dictionary: use a Map, or Dictionary + dictionary()/own() from lib/engine/untrusted.ts.',
        },
        {
          selector: 'ForInStatement',
          message: 'for…in walks inherited keys: use Object.entries / Object.keys (own keys only).',
        },
        {
          selector: "VariableDeclarator[id.typeAnnotation.typeAnnotation.typeName.name='Dictionary'][init.type='ObjectExpression']",
          message: 'A Dictionary made with {} inherits Object.prototype: create it with dictionary().',
        },
      ],
    },
  },
);
