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
);
