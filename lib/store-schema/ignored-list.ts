/**
 * "Don't flag this again", as data: the phrases the agent chose not to see, per site unless they
 * chose every site. Pure (no browser API), so the rules are tested in Node.
 *
 * Everything read from storage is untrusted (another version, a damaged copy, a page that once
 * drove the old unchecked button): `cleanIgnored` normalises every phrase, drops what is too long
 * or not text, removes duplicates and keeps at most the newest `IGNORED_LIMITS` entries. Sites are
 * kept as a list of `{ site, phrases }` (never as keys of a plain object) and looked up in a Map.
 */
import { normalizePhrase } from '../engine/normalize-phrase';

export const IGNORED_LIMITS = {
  /** Characters in one phrase, after normalising: enough for a whole flagged sentence. */
  phraseChars: 200,
  /** Phrases per site, and phrases for every site. */
  phrasesPerList: 200,
  /** Sites with their own list. */
  sites: 100,
} as const;

export interface SitePhrases {
  site: string;
  phrases: string[];
}

export interface IgnoredPhrases {
  /** Phrases never flagged on any site. */
  everywhere: string[];
  /** Phrases not flagged on one site (a hostname), oldest site first. */
  sites: SitePhrases[];
}

export type IgnoreScope = { site: string } | 'everywhere';

export const emptyIgnored = (): IgnoredPhrases => ({ everywhere: [], sites: [] });

export type PhraseProblem = 'empty' | 'too-long';

/** The stored form of a phrase (as the engine compares it), or why it cannot be kept. */
export function cleanPhrase(raw: unknown): { phrase: string } | { problem: PhraseProblem } {
  if (typeof raw !== 'string') return { problem: 'empty' };
  // Cut before normalising: a huge value costs no more than the cap.
  if (raw.length > IGNORED_LIMITS.phraseChars * 4) return { problem: 'too-long' };
  const phrase = normalizePhrase(raw);
  if (phrase === '') return { problem: 'empty' };
  if (phrase.length > IGNORED_LIMITS.phraseChars) return { problem: 'too-long' };
  return { phrase };
}

const SITE = /^[a-z0-9.:[\]-]{1,255}$/;

/** A site as stored: a page's lower-case hostname ("local" for pages without one). */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase() || 'local';
  } catch {
    return 'local';
  }
}

function cleanSite(raw: unknown): string | null {
  return typeof raw === 'string' && SITE.test(raw) ? raw : null;
}

/** Valid, normalised, unique phrases, keeping the newest (last) ones within the cap. */
function cleanList(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  // Newest last: walk back from the end so the newest survive the cap.
  for (let i = raw.length - 1; i >= 0 && seen.size < IGNORED_LIMITS.phrasesPerList; i--) {
    const cleaned = cleanPhrase(raw[i]);
    if ('phrase' in cleaned) seen.add(cleaned.phrase);
  }
  return [...seen].reverse();
}

/** Any stored value, made valid: never throws, whatever it is given. */
export function cleanIgnored(raw: unknown): IgnoredPhrases {
  if (Array.isArray(raw)) return { everywhere: cleanList(raw), sites: [] }; // the v1 shape
  if (typeof raw !== 'object' || raw === null) return emptyIgnored();
  const everywhere = cleanList((raw as { everywhere?: unknown }).everywhere);
  const global = new Set(everywhere);
  const sites = new Map<string, string[]>();
  const rawSites = (raw as { sites?: unknown }).sites;
  if (Array.isArray(rawSites)) {
    for (let i = rawSites.length - 1; i >= 0 && sites.size < IGNORED_LIMITS.sites; i--) {
      const entry = rawSites[i] as { site?: unknown; phrases?: unknown } | null;
      const site = cleanSite(entry?.site);
      if (!site || sites.has(site)) continue;
      const phrases = cleanList(entry?.phrases).filter((p) => !global.has(p));
      if (phrases.length) sites.set(site, phrases);
    }
  }
  return { everywhere, sites: [...sites].reverse().map(([site, phrases]) => ({ site, phrases })) };
}

/** v1 kept one global list of raw strings; v2 keeps them for every site (the agent chose them before sites existed), cleaned. */
export function migrateIgnoredV1(v1: unknown): IgnoredPhrases {
  return cleanIgnored(Array.isArray(v1) ? v1 : []);
}

/** The phrases not flagged on `site`: every site's plus its own. */
export function phrasesFor(list: IgnoredPhrases, site: string): string[] {
  const own = list.sites.find((s) => s.site === site)?.phrases ?? [];
  return own.length ? [...list.everywhere, ...own] : list.everywhere;
}

export type AddOutcome =
  | { added: true; list: IgnoredPhrases; phrase: string; /** The oldest phrase let go to stay within the cap. */ dropped?: string }
  | { added: false; list: IgnoredPhrases; reason: PhraseProblem | 'already' | 'bad-site' };

/** The list with `raw` added for `scope`, within the caps (the oldest phrase of that list goes first). */
export function withIgnoredPhrase(current: IgnoredPhrases, raw: string, scope: IgnoreScope): AddOutcome {
  const list = cleanIgnored(current);
  const cleaned = cleanPhrase(raw);
  if ('problem' in cleaned) return { added: false, list, reason: cleaned.problem };
  const { phrase } = cleaned;
  if (list.everywhere.includes(phrase)) return { added: false, list, reason: 'already' };
  const push = (phrases: string[]) => {
    const next = [...phrases.filter((p) => p !== phrase), phrase];
    const dropped = next.length > IGNORED_LIMITS.phrasesPerList ? next.shift() : undefined;
    return { next, dropped };
  };
  if (scope === 'everywhere') {
    const { next, dropped } = push(list.everywhere);
    // Now hidden everywhere, so no site needs its own copy.
    const sites = list.sites.map((s) => ({ site: s.site, phrases: s.phrases.filter((p) => p !== phrase) })).filter((s) => s.phrases.length > 0);
    return { added: true, list: { everywhere: next, sites }, phrase, dropped };
  }
  const site = cleanSite(scope.site);
  if (!site) return { added: false, list, reason: 'bad-site' };
  const existing = list.sites.find((s) => s.site === site);
  if (existing?.phrases.includes(phrase)) return { added: false, list, reason: 'already' };
  const { next, dropped } = push(existing?.phrases ?? []);
  // The site just used moves to the end; the least recently used site goes past the cap.
  const sites = [...list.sites.filter((s) => s.site !== site), { site, phrases: next }].slice(-IGNORED_LIMITS.sites);
  return { added: true, list: { everywhere: list.everywhere, sites }, phrase, dropped };
}
