/**
 * The words a card is about, as the agent sees them underlined and listed (session 53, found using the demo by hand).
 * A rewording replaces its whole span, and the span takes in every word it changes, even a word it only gives a
 * capital: deleting "Please be advised" from "Please be advised the ticket is closed." changes "the" to "The", so the
 * span is "Please be advised the". Those words are not what is cold. The shown words leave out the span's last words
 * where every rewording keeps them, in any letter case; the span itself stays, so Apply still writes "The ticket…".
 */
import type { Finding } from './types';

const WORD_CHAR = /[\p{L}\p{N}'’]/u;

/** The part of the finding's span that is shown (underlined, quoted, listed): its start, end and words. */
export function shownWords(finding: Pick<Finding, 'start' | 'end' | 'text' | 'suggestions'>): { start: number; end: number; text: string } {
  const whole = { start: finding.start, end: finding.end, text: finding.text };
  const { text, suggestions } = finding;
  if (suggestions.length === 0 || text.length !== finding.end - finding.start) return whole;
  // The longest tail of the span that every rewording ends with, letter case aside (one pass per rewording: linear).
  let kept = text.length;
  for (const s of suggestions) {
    let n = 0;
    while (n < kept && n < s.length && text[text.length - 1 - n]!.toLowerCase() === s[s.length - 1 - n]!.toLowerCase()) n += 1;
    kept = n;
  }
  // Only a tail that some rewording changes the case of: an unchanged tail is not in the span to begin with.
  if (kept === 0 || suggestions.every((s) => s.endsWith(text.slice(text.length - kept)))) return whole;
  // Cut at a word's start: never inside a word.
  let cut = text.length - kept;
  while (cut < text.length && cut > 0 && WORD_CHAR.test(text[cut - 1]!) && WORD_CHAR.test(text[cut]!)) cut += 1;
  let end = cut;
  while (end > 0 && /\s/.test(text[end - 1]!)) end -= 1;
  // Nothing of a word left: the whole span is shown.
  if (!/[\p{L}\p{N}]/u.test(text.slice(0, end))) return whole;
  return { start: finding.start, end: finding.start + end, text: text.slice(0, end) };
}
