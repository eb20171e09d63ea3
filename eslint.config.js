// Lint: typescript-eslint's recommended rules, plus a guard that keeps the pure engine free of browser APIs.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo/dist/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/engine/**', 'lib/rules/**', 'lib/nlp/**', 'lib/stats/**', 'lib/eval/**'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'navigator', 'localStorage', 'fetch', 'XMLHttpRequest'],
    },
  },
);
