// Lint: typescript-eslint's recommended rules; eslint-plugin-regexp's checks for super-linear
// backtracking (every regex here may run over page or customer text on each keystroke, so each must
// be linear by construction, not by a timed test); and a guard that keeps the pure engine free of
// browser APIs.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

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
    files: ['lib/engine/**', 'lib/rules/**', 'lib/nlp/**', 'lib/stats/**', 'lib/eval/**'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'navigator', 'localStorage', 'fetch', 'XMLHttpRequest'],
    },
  },
  {
    // The pure part reads untrusted words, rule ids, capture names and sites (lib/engine/untrusted.ts):
    // a string-keyed plain object answers "constructor" from Object.prototype. Open dictionaries must be
    // a Map/Set or a `Dictionary` (made by dictionary(), read by own()), which this rule steers to.
    files: ['lib/engine/**', 'lib/rules/**', 'lib/nlp/**', 'lib/stats/**', 'lib/eval/**'],
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
