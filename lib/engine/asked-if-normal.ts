import type { MoodReading } from './types';

/**
 * "Is that normal?" answered with "Yes, that's normal": the customer asked whether something is normal, expected or a
 * fault, so calling it normal answers their question instead of waving their problem away (issue #10, warm false
 * alarms: "Hi, my fingers really hurt after practising, is that normal?" → "It's completely normal, and a sign you're
 * practising!"). Only for a calm or worried customer: one who is frustrated or let down and asks "Is this normal?!"
 * still deserves more than "This is expected behaviour."
 */

/** Rules whose finding is the very answer to an is-it-normal question. */
// waved-away-as-normal is the same answer at a clause's end ("Some throbbing … is expected for the first 48 hours,
// because…" to a patient who asked "Is this normal?").
const ANSWER_RULES = new Set(['thats-expected', 'waved-away-as-normal']);
/** Moods that turn "is this normal?" into a complaint rather than a question. */
const COMPLAINING = new Set(['frustrated', 'disappointed']);
/** "is it normal…", "Is that expected?", "is it broken?", "is this a fault?": linear, bounded. */
const ASKS_IF_NORMAL =
  /\b(?:is|are|was)\s+(?:it|this|that|these|they|there)\s+(?:\w+\s+){0,2}?(?:normal|expected|usual|meant to|supposed to)\b|\b(?:is|are)\s+(?:it|this|that|these|they)\s+(?:\w+\s+){0,2}?(?:ok|okay|fine|broken|faulty|a (?:fault|defect|bug|problem))\b[^.!?\n]{0,120}\?/i;

export function askedIfNormal(customerMessage: string | undefined, reading: MoodReading | null): boolean {
  if (!customerMessage) return false;
  // "is it broken?" reads as a broken-thing cue; the question itself is no complaint.
  if (reading?.evidence.some((e) => COMPLAINING.has(e.mood) && e.cue !== 'broken')) return false;
  return ASKS_IF_NORMAL.test(customerMessage.slice(0, 4000));
}

/**
 * Drops the findings that merely answer the customer's own is-it-normal question, in a reply that otherwise engages:
 * beside another phrase warning or suggestion ("That's completely normal behaviour under load. Refer to the user
 * manual.") the "normal" is part of the brush-off and stays flagged.
 */
export function withoutAnswersToTheirQuestion<F extends { ruleId: string; severity: string }>(findings: F[], asked: boolean, isPhraseRule: (ruleId: string) => boolean): F[] {
  if (!asked) return findings;
  const brushOff = findings.some((f) => !ANSWER_RULES.has(f.ruleId) && isPhraseRule(f.ruleId) && f.severity !== 'hint');
  return brushOff ? findings : findings.filter((f) => !ANSWER_RULES.has(f.ruleId));
}
