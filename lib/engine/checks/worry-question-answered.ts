/**
 * A worry shown only by the question that asks it ("should I be worried?", "is this normal?", "is it safe to keep
 * using?") is met by the answer (issue #10, session 46): "Five days can be normal for them in winter", "It's perfectly
 * safe to keep using". When the customer says more ("I'm scared", a fault, a wait), the answer alone does not meet it,
 * and an answer that denies ("it's not normal") reassures nobody. Every pattern is bounded and linear.
 */
import type { MoodReading } from '../types';

/** The worry asked as a question, up to its question mark. */
const WORRY_QUESTION =
  /\b(?:should (?:I|we) be (?:worried|concerned)|(?:is|are) (?:this|that|it|these|they|he|she) (?:\w+ )?(?:normal|safe|serious|dangerous|ok|okay|common|usual|expected)|(?:will|would) (?:it|he|she|they|this) be (?:ok|okay|alright|all right|fine|safe))\b[^?.!\n]{0,80}\?/gi;
/** The reply says it is normal, common, expected or safe. */
const REASSURING_ANSWER =
  /\b(?:is|are|can be|it['’]s|that['’]s|they['’]re|he['’]s|she['’]s|this is|perfectly|completely|quite|totally|very)\s+(?:[a-z]+\s+){0,2}?(?:normal|common|usual|expected|safe|fine)\b|\bnothing to worry about\b|\b(?:no|little) (?:need|reason) to (?:worry|be (?:worried|concerned))\b/i;
const NEGATED = /\b(?:not|never|no longer|isn['’]t|aren['’]t|wasn['’]t)\b/i;
/**
 * "Fine" and "expected" say something of the worry only where the clause ends there or goes on about it ("that's to be
 * expected after a jab", "it's fine for her to sleep"): "Any weekday is fine for the check-up" and "The vaccine is
 * expected on Friday" are about an arrangement or an arrival (review46).
 */
const LOOSE_WORD = /\b(?:fine|expected)$/i;
const ABOUT_THE_WORRY_AFTER = /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:and|but|so|after|when|while|if|though|too|now|at first|for (?:her|him|them|it|a|an|most|many|some))\b)/i;

/** Is every sign of upset in the reading inside a worry question the customer asked? */
export function worryOnlyAsked(message: string | undefined, reading: MoodReading): boolean {
  if (!message || !reading.evidence.length || reading.moods.some((m) => m !== 'worried')) return false;
  const text = message.slice(0, 2000);
  const questions = [...text.matchAll(WORRY_QUESTION)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return reading.evidence.every((e) => questions.some((q) => e.start < q.end && q.start < e.end));
}

/** Does this reply sentence answer the worry with a plain reassurance, not a denial? */
export function answersTheWorry(sentence: string): boolean {
  const said = sentence.slice(0, 600);
  const m = REASSURING_ANSWER.exec(said);
  if (!m || NEGATED.test(m[0])) return false;
  return !LOOSE_WORD.test(m[0]) || ABOUT_THE_WORRY_AFTER.test(said.slice(m.index + m[0].length));
}
