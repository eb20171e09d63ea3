/**
 * A test-build hook both sides of the engine's messages read (compiled in only with
 * `WXT_RAPPORT_TEST_HOOKS=1`, like lib/coach/test-hooks.ts): the engine leaves a marked draft unanswered,
 * so the browser tests can show the in-page fallback. A release build never matches.
 */
export const TEST_BUILD: boolean = import.meta.env.WXT_RAPPORT_TEST_HOOKS === '1';

/** A draft containing this gets no answer from the engine (test builds only). */
export const ENGINE_SILENT_MARKER = 'rapport-test-hook:engine-silent';

export function engineLeftSilent(request: unknown): boolean {
  if (!TEST_BUILD) return false;
  const payload = (request as { payload?: { kind?: unknown; text?: unknown } }).payload;
  return payload?.kind === 'full' && typeof payload.text === 'string' && payload.text.includes(ENGINE_SILENT_MARKER);
}
