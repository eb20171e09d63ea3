/**
 * A rule's message may quote the phrase it is about ("per our policy" sounds like a rulebook). When the
 * reply said something else that the rule also catches ("Per our records"), the message quotes the
 * reply's own words instead, so the card never shows a phrase the agent did not write.
 */
import { capitalize } from './words';

const QUOTE = /"([^"]{1,80})"|“([^”]{1,80})”/g;
const MAX_QUOTED_WORDS = 6;

/** The lower-case words of a text, apostrophes unified. */
export function words(s: string): string[] {
  return s.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
}

/** Does `haystack` hold the words of `needle` in a row? */
export function holdsWords(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return true;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((w, j) => haystack[i + j] === w)) return true;
  }
  return false;
}

/** The matched words, cut to a few with "…" when long. */
function shortQuote(matched: string): string {
  const parts = matched.trim().split(/\s+/);
  let cut = parts.slice(0, MAX_QUOTED_WORDS).join(' ');
  while (cut && ',;:.!?'.includes(cut[cut.length - 1]!)) cut = cut.slice(0, -1);
  return parts.length > MAX_QUOTED_WORDS ? `${cut}…` : cut;
}

/** The phrases a message quotes ("…" or “…”). */
export function quotedPhrases(message: string): string[] {
  return [...message.matchAll(QUOTE)].map(([, plain, curly]) => (plain ?? curly)!);
}

/**
 * The message with the phrase it is about — its first quote, and any later quote of the same words — replaced by the
 * matched words when the match does not hold them. Later quotes are the better wording the message suggests and stay
 * as written (replacing them would offer the flagged phrase as its own alternative).
 */
export function quoteWhatWasSaid(message: string, matched: string): string {
  const said = words(matched);
  if (said.length === 0) return message;
  let about: string | undefined;
  return message.replace(QUOTE, (whole, plain?: string, curly?: string) => {
    const quoted = (plain ?? curly)!;
    const quotedWords = words(quoted).join(' ');
    about ??= quotedWords;
    if (quotedWords !== about || holdsWords(said, words(quoted))) return whole;
    const replacement = /^\p{Lu}/u.test(quoted) ? capitalize(shortQuote(matched)) : shortQuote(matched);
    return plain !== undefined ? `"${replacement}"` : `“${replacement}”`;
  });
}
