/**
 * The coach's way to the in-page engine: it is not in the coach's chunk (it is compromise and its
 * lexicon, most of the extension's weight), so it is injected by the background into this frame the
 * first time the browser's engine cannot be reached, and never otherwise.
 */
import type { DraftChecker } from '../coach/checker';
import type { createPageChecker } from './page-checker';
import { LOAD_FALLBACK, PAGE_ENGINE } from '../engine-wire/chunks';

export type PageCheckerFactory = typeof createPageChecker;

/** The factory the injected chunk left in this world, if it ran here. */
export function injectedPageEngine(): PageCheckerFactory | null {
  if (!Object.hasOwn(globalThis, PAGE_ENGINE)) return null;
  const factory = (globalThis as Record<string, unknown>)[PAGE_ENGINE];
  return typeof factory === 'function' ? (factory as PageCheckerFactory) : null;
}

/** Loads the in-page engine once (later calls share the first load) and creates the page's checker with it. */
export function pageFallbackLoader(
  send: (message: { type: typeof LOAD_FALLBACK }) => Promise<unknown>,
  create: (factory: PageCheckerFactory) => DraftChecker,
): () => Promise<DraftChecker> {
  let loading: Promise<DraftChecker> | null = null;
  return () =>
    (loading ??= (async () => {
      if (!injectedPageEngine()) {
        const answer = (await send({ type: LOAD_FALLBACK })) as { loaded?: unknown; error?: unknown } | null;
        if (answer?.loaded !== true) throw new Error(`the in-page engine could not be loaded: ${String(answer?.error ?? 'no answer')}`);
      }
      const factory = injectedPageEngine();
      if (!factory) throw new Error('the in-page engine could not be loaded: it did not start');
      return create(factory);
    })().catch((error: unknown) => {
      loading = null; // Try again on the next check.
      throw error;
    }));
}

/** Sends the warm-up message at most once per `everyMs` (the engine stays warm while it is used). */
export function throttledWarm(send: () => void, everyMs: number, now: () => number = () => Date.now()): () => void {
  let last = -Infinity;
  return () => {
    const at = now();
    if (at - last < everyMs) return;
    last = at;
    send();
  };
}
