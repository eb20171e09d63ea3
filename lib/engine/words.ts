/** Small text helpers shared by the matchers; all keep UTF-16 offsets untouched. */

// The sentence's own words are looked up here, so these are Maps: a plain object would answer
// "constructor" or "__proto__" from Object.prototype (see untrusted.ts).
const CONTRACTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ["n't", ['not']],
  ["'re", ['are']],
  ["'ve", ['have']],
  ["'ll", ['will']],
  ["'m", ['am']],
  ["'d", ['would', 'had']],
  ["'s", ['is', 'has']],
]);
const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map([
  ["can't", ['can', 'cannot']],
  ["won't", ['will', 'wo']],
  ["shan't", ['shall']],
  ['cannot', ['can', 'not']],
  // Negatives typed without their apostrophe, as chat agents write them; compromise reads them as the contraction.
  ['dont', ['do', 'not']], ['doesnt', ['does', 'not']], ['didnt', ['did', 'not']], ['cant', ['can', 'not', 'cannot']],
  ['wont', ['will', 'not', 'wo']], ['isnt', ['is', 'not']], ['arent', ['are', 'not']], ['wasnt', ['was', 'not']],
  ['werent', ['were', 'not']], ['havent', ['have', 'not']], ['hasnt', ['has', 'not']], ['hadnt', ['had', 'not']],
  ['couldnt', ['could', 'not']], ['wouldnt', ['would', 'not']], ['shouldnt', ['should', 'not']],
]);

/**
 * The lower-case word tokens of a text, in order. A word joined by an apostrophe, a hyphen or an ampersand is one
 * token ("don't", "follow-up", "T&Cs"), as compromise reads it.
 */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:['&-][\p{L}\p{N}]+)*'?/gu) ?? [];
}

/**
 * The lower-case words of a sentence, with contractions expanded, so that a prefilter
 * can skip sentences a pattern cannot match (a superset: never skips a possible match).
 */
export function sentenceKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const raw of wordTokens(text)) {
    keys.add(raw);
    for (const part of raw.split(/['&-]/)) if (part) keys.add(part);
    for (const [suffix, words] of CONTRACTIONS) {
      if (raw.endsWith(suffix)) {
        keys.add(raw.slice(0, -suffix.length));
        words.forEach((w) => keys.add(w));
      }
    }
    IRREGULAR.get(raw)?.forEach((w) => keys.add(w));
  }
  return keys;
}

export function capitalize(s: string): string {
  const i = s.search(/\p{L}/u);
  if (i < 0) return s;
  return s.slice(0, i) + s[i]!.toUpperCase() + s.slice(i + 1);
}

export function decapitalize(s: string): string {
  const i = s.search(/\p{L}/u);
  if (i < 0) return s;
  // "I", "I'm", "I'll" and acronyms keep their capitals.
  const word = /^[\p{L}'’]+/u.exec(s.slice(i))?.[0] ?? '';
  if (/^I(['’]|$)/.test(word) || (word.length > 1 && word === word.toUpperCase())) return s;
  return s.slice(0, i) + s[i]!.toLowerCase() + s.slice(i + 1);
}

export function startsWithCapital(s: string): boolean {
  const i = s.search(/\p{L}/u);
  return i >= 0 && s[i] !== s[i]!.toLowerCase();
}

const WORD_CHAR = /[\p{L}\p{N}'’]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Escapes a literal phrase into a regex source that tolerates any white space and either apostrophe. */
export function literalPhraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
    .join('\\s+');
}
