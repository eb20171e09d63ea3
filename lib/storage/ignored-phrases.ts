/**
 * "Don't flag this again": the phrases the agent chose not to see, in browser.storage.local under
 * `rapport:ignoredPhrases`. v1 was one global list of raw strings; v2 keeps a list per site plus
 * one for every site, validated and capped (see ignored-list.ts). Every read is cleaned again,
 * since storage is untrusted.
 */
import { storage } from 'wxt/utils/storage';
import { cleanIgnored, migrateIgnoredV1, withIgnoredPhrase, type AddOutcome, type IgnoredPhrases, type IgnoreScope } from '../store-schema/ignored-list';

export { normalizePhrase } from '../engine/normalize-phrase';
export * from '../store-schema/ignored-list';

const IGNORED_PHRASES_VERSION = 2;

// Defined on first use: defineItem reads storage (to migrate) as soon as it runs.
let item: ReturnType<typeof storage.defineItem<IgnoredPhrases>> | undefined;
const ignoredPhrasesItem = () =>
  (item ??= storage.defineItem<IgnoredPhrases>('local:rapport:ignoredPhrases', {
    fallback: { everywhere: [], sites: [] },
    version: IGNORED_PHRASES_VERSION,
    migrations: { 2: migrateIgnoredV1 },
  }));

export async function getIgnoredPhrases(): Promise<IgnoredPhrases> {
  return cleanIgnored(await ignoredPhrasesItem().getValue());
}

/** Adds a phrase for one site or every site; resolves to what happened (nothing is written when nothing changed). */
export async function ignorePhrase(phrase: string, scope: IgnoreScope): Promise<AddOutcome> {
  const outcome = withIgnoredPhrase(await getIgnoredPhrases(), phrase, scope);
  if (outcome.added) await ignoredPhrasesItem().setValue(outcome.list);
  return outcome;
}

/** Calls back with the new lists whenever they change (in any tab); returns the unsubscribe function. */
export function watchIgnoredPhrases(callback: (phrases: IgnoredPhrases) => void): () => void {
  return ignoredPhrasesItem().watch((value) => callback(cleanIgnored(value)));
}
