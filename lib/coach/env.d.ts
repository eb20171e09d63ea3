// Build-time switches read by lib/coach/test-hooks.ts (WXT exposes WXT_* variables on import.meta.env).
interface ImportMetaEnv {
  readonly WXT_RAPPORT_TEST_HOOKS?: string;
}
