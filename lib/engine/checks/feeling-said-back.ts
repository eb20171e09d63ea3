/**
 * A reply sentence that takes up the feeling the customer named, in its own words (issue #10, session 46): "Lots of our
 * riders start out nervous, and that's completely fine" to a parent whose child is nervous, "Panicking before the big
 * day is normal" to a customer who is panicking. The feeling is met without a sorry: a person reads it as acknowledged.
 *
 * Only the customer's own feeling words count (a feeling word in the mood reader's 'feeling' evidence), matched by their stem ("panicking"
 * → "panic", "worried" → "worry"), and never where the reply denies or waves the feeling away ("no need to panic",
 * "don't be nervous", "you shouldn't be upset"). Bounded: at most a few evidence words, each a linear regex.
 */
import type { MoodEvidence } from '../types';

/**
 * The roots of words that name a feeling: the mood reader's 'feeling' evidence is often a phrase ("my formal complaint",
 * "could have been killed", "Not quite the moment we'd imagined"), and only its feeling word may be said back.
 */
const FEELING_ROOT = /^(?:nerv|anxi|worr|scar|afraid|fright|terrif|panic|stress|upset|sad|disappoint|frustrat|annoy|angr|anger|furious|livid|gutted|devastat|heartbr|embarrass|mortif|overwhelm|distress|dread|fear)/;
/** The feeling's stem: "panicking" → "panic", "worried" → "worr", "nervous" → "nerv", "scared" → "scar". */
const stem = (word: string) => word.replace(/(?:king|ing|ied|ies|ed|ous|y|s)$/, '');
/** Said away, just before the feeling: "no need to", "don't be", "nothing to be", "shouldn't", "stop", "no point", "needlessly", "No stress". */
const DENIED_BEFORE =
  /\b(?:no need|no reason|no point|no use|no cause|needlessly|unnecessarily|overly|nothing to|don't|do not|dont|shouldn't|should not|never|stop|not)\b[^.!?]{0,24}$|\bno\s+$/i;
/**
 * Said away just after it: "Getting upset won't fix the invoice", "Stressing about it won't change the date", "Panicking
 * about it now is pointless", "upset about a small rip seems a bit much", "nervous about nothing" (review46).
 */
const DENIED_AFTER =
  /^\s+(?:[a-z]+\s+){0,4}?(?:(?:won't|wont|will not|doesn't|does not|isn't going to|is not going to|can't|cannot|never) (?:help|fix|change|solve|speed|make|get)|(?:is|are|was|seems) (?:pointless|unnecessary|not necessary|no use|useless|silly|unfounded|overblown|a bit much|excessive|an overreaction)|(?:about|over|for) nothing)\b/i;
/**
 * Words that only start like a feeling: a sentence adverb ("Sadly, breakages happen" gives the facts a tone, it does not
 * say their sadness back) and the scar family after "scared" ("scarce", "scarf").
 */
const NOT_THE_FEELING = /ly$|^scar(?:s|f|ves|ce|cely|city|let|red)?$/;
/** Supposed, not taken up: "If you're still worried, ring us", "in case you feel nervous", "should you be concerned". */
const SUPPOSED_BEFORE = /\b(?:if|in case|should you|whether|unless|when(?:ever)?)\b[^.!?,;]{0,24}$/i;
const MAX_WORDS = 4;

/** The customer's feeling words, stemmed, from the mood reader's evidence; none shorter than three letters. */
export function feelingStems(evidence: readonly MoodEvidence[]): string[] {
  const stems = new Set<string>();
  for (const e of evidence) {
    if (e.cue !== 'feeling' || e.mood === 'happy' || e.mood === 'confused') continue;
    for (const word of e.text.toLowerCase().replace(/['’]/g, '').split(/[^a-z]+/)) {
      if (!FEELING_ROOT.test(word)) continue;
      const s = stem(word);
      if (s.length >= 3 && FEELING_ROOT.test(s)) stems.add(s);
      if (stems.size >= MAX_WORDS) return [...stems];
    }
  }
  return [...stems];
}

/** Does this reply sentence take up one of the customer's feeling words, not denying it? */
export function saysTheirFeelingBack(sentence: string, stems: readonly string[]): boolean {
  if (!stems.length) return false;
  const said = sentence.slice(0, 600).replace(/[’]/g, "'");
  // A question hands the feeling back to them ("Are you still worried about the charge?"): it does not meet it.
  if (/\?\s*$/.test(said)) return false;
  for (const s of stems) {
    const word = new RegExp(`\\b${s}[a-z]{0,5}\\b`, 'i');
    const m = word.exec(said);
    if (!m || NOT_THE_FEELING.test(m[0].toLowerCase())) continue;
    const before = said.slice(Math.max(0, m.index - 40), m.index);
    const after = said.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (DENIED_BEFORE.test(before) || SUPPOSED_BEFORE.test(before) || DENIED_AFTER.test(after)) continue;
    return true;
  }
  return false;
}
