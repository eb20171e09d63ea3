/**
 * Plain language on another principle's card (issue #10, session 50), beyond codes (codes-evidence.ts): a sentence
 * written in office nouns ("Discolouration post-service is attributable to sediment disturbance and is not indicative
 * of workmanship failure", "Due to unforeseen operational circumstances…") makes the customer decode it. A sentence's
 * card whose region holds two or more different long abstract words (nominalisations and their adjectives: -ation,
 * -ment, -ance, -ity, -ional, -ative, -able…, ten letters or more), and no plain-language member, carries the rulebook-voice
 * rule's advice too, with that rule as a merged plain-language member from the first office word to the last. One such
 * word is common in a plain reply ("your appointment", "the replacement"); two on one card's stretch is the office voice.
 */
import { tellUnlessServed, withMemberAdvice } from './card-evidence';
import { systemNamesIn } from './system-names';
import { unfamiliarWordsAdvice, unfamiliarWordsIn } from './unfamiliar-words';
import type { Finding } from './types';

// A long abstract word: ten letters or more ending in a nominalising or Latinate suffix. Linear: one word class run.
const OFFICE_WORD = /\b[a-z]{4,}(?:ation|ition|ution|ssion|ment|ance|ence|ancy|ency|ity|ional|ative|itive|able|ible)s?\b/giu;
const MIN_LETTERS = 10;
const MIN_WORDS = 2;
// Every plain-language member already serves the principle (tellUnlessServed checks it): no other rule says it.
const NONE_SAY_IT: ReadonlySet<string> = new Set();
const NO_WORDS: ReadonlySet<string> = new Set();

/** A member of the card: its span, and the words its rule's own patterns name. */
export interface OwnPhrase {
  start: number;
  end: number;
  stockWords: ReadonlySet<string>;
}

/**
 * From the first to the last office word in start..end of the text, when it holds at least two different ones. A word of
 * a member's own stock phrase, where that member stands ("inconvenience" in "sorry for the inconvenience", "responsibility"
 * in "is the responsibility of"), does not count: its rule names it and speaks for it already, and such words are mostly
 * everyday ones, so one office word beside them is no office voice (review 50).
 */
export function officeWordsIn(text: string, start: number, end: number, own: readonly OwnPhrase[] = []): { start: number; end: number } | null {
  const region = text.slice(start, end);
  const seen = new Set<string>();
  let first = -1;
  let last = -1;
  for (const match of region.matchAll(OFFICE_WORD)) {
    if (match[0].length < MIN_LETTERS) continue;
    const word = match[0].toLowerCase();
    const at = start + match.index;
    const stock = (m: OwnPhrase) => m.start < at + word.length && at < m.end && (m.stockWords.has(word) || m.stockWords.has(word.replace(/s$/u, '')));
    if (own.some(stock)) continue;
    seen.add(word);
    if (first < 0) first = match.index;
    last = match.index + match[0].length;
  }
  return seen.size >= MIN_WORDS ? { start: start + first, end: start + last } : null;
}

/**
 * The card with the rulebook-voice rule's advice after its own and `ruleId` as a plain-language member on the office words,
 * when its region of the sentence holds them and no member already serves plain language; else the card unchanged.
 * `stockWordsOf` gives the words a member's rule names in its own patterns (none by default).
 */
export function withPlainLanguageAdvice(
  card: Finding,
  text: string,
  region: { start: number; end: number } | undefined,
  ruleId: string,
  advice: string,
  stockWordsOf: (ruleId: string) => ReadonlySet<string> = () => NO_WORDS,
): Finding {
  if (!region) return card;
  const own = (card.merged ?? [card]).map((m) => ({ start: m.start, end: m.end, stockWords: stockWordsOf(m.ruleId) }));
  return tellUnlessServed(card, text, 'plain-language', NONE_SAY_IT, () => officeWordsIn(text, region.start, region.end, own), { ruleId, advice });
}

/**
 * The card with advice naming the words the customer may never have met ("'haemolysed' may be new to the customer: say
 * what it means for them.", unfamiliar-words.ts) and `ruleId` as a plain-language member on them, when its region of the
 * sentence holds such words and no member already serves plain language; else the card unchanged (session 51). A trade's
 * term is the agent's word, not the customer's, whatever the trade: read by rarity, not by one trade's list. The name of
 * one of our systems or queues the customer never used ("our WorldTracer system", "the CX queue": system-names.ts) is such
 * a word too (session 53), unless `codesRefused` and its strangeness is only a code's: the agent ignored the codes check or
 * the lead switched its advice off, and a code must not come back through a name.
 */
export function withUnfamiliarWordsAdvice(
  card: Finding,
  text: string,
  region: { start: number; end: number } | undefined,
  ruleId: string,
  customerMessage: string | undefined,
  codesRefused = false,
): Finding {
  if (!region) return card;
  const members = card.merged ?? [card];
  if (members.some((m) => m.principle === 'plain-language')) return card;
  const names = systemNamesIn(text, region.start, region.end, customerMessage, !codesRefused);
  // A word inside a named system is told as the name ("'WorldTracer system'"), not twice.
  const loose = unfamiliarWordsIn(text, region.start, region.end, customerMessage).filter((w) => !names.some((n) => n.start < w.end && w.start < n.end));
  const words = [...loose, ...names].sort((a, b) => a.start - b.start);
  if (!words.length) return card;
  const span = { start: words[0]!.start, end: words[words.length - 1]!.end };
  return withMemberAdvice(card, text, span, { ruleId, principle: 'plain-language', advice: unfamiliarWordsAdvice(words.map((w) => w.word)) });
}
