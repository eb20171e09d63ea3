/**
 * "Don't flag this again": phrases the agent chose not to see, kept in browser.storage.local under
 * `rapport:ignoredPhrases` (versioned from the start, see WXT's storage guide).
 */
import { storage } from 'wxt/utils/storage';
import { normalizePhrase } from '../engine/analyzer';

export const ignoredPhrasesItem = storage.defineItem<string[]>('local:rapport:ignoredPhrases', {
  fallback: [],
  version: 1,
});

/** The list with `phrase` added once (compared the way the engine compares phrases). */
export function withPhrase(list: readonly string[], phrase: string): string[] {
  const key = normalizePhrase(phrase);
  if (key === '' || list.some((p) => normalizePhrase(p) === key)) return [...list];
  return [...list, phrase.trim()];
}

export { normalizePhrase };

export function getIgnoredPhrases(): Promise<string[]> {
  return ignoredPhrasesItem.getValue();
}

export async function ignorePhrase(phrase: string): Promise<string[]> {
  const next = withPhrase(await ignoredPhrasesItem.getValue(), phrase);
  await ignoredPhrasesItem.setValue(next);
  return next;
}

/** Calls back with the new list whenever it changes (in any tab); returns the unsubscribe function. */
export function watchIgnoredPhrases(callback: (phrases: string[]) => void): () => void {
  return ignoredPhrasesItem.watch((value) => callback(value ?? []));
}
