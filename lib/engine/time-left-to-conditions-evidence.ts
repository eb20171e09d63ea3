/**
 * Urgency on another principle's card, the time left to conditions (issue #10, session 51). A sentence that answers
 * "when?" with the conditions it hangs on instead of a time ("Turnaround is subject to workshop capacity", "Head office
 * will process any refund due in line with their standard procedures", "The engineers will attend once resources
 * allow", "Appeals are considered within a reasonable period", "Limits are reviewed periodically", "Delivery time may
 * vary depending on traffic") is often caught by a rule of another principle (policy jargon, a rulebook voice, a
 * faceless passive, a hand-off), whose card then says nothing of when: the customer is left to guess how long to wait.
 * The wait tell (urgency-evidence.ts) reads a step to come with no time; this reads the hedge that stands in for the
 * time. Like it, no new card: a sentence's card whose region holds such a hedge, in a sentence that names no time, and
 * no urgency member, carries `wait-without-a-time`'s advice too, with that rule as a merged urgency member on the
 * hedge's words (withUrgencyAdvice, urgency-evidence.ts, with this finder).
 */
import { namesATime } from './urgency-evidence';

// What the timing is said to hang on: capacity, checks, approval, a workload.
const CONDITION = String.raw`(?:capacity|demand|verification|approval|confirmation|checks?|review|assessment|resources|scheduling|workload|volumes?)`;
// What may change or run out: the time's stand-in only when the sentence is about the time (TIMING): "Build schedules are
// subject to change", not "Prices are subject to change" or "Courtesy cars are subject to availability".
const STATE = String.raw`(?:availability|change|changes|stock)`;
const TIMING = /\b(?:schedules?|dates?|times?|timings?|timescales?|timeframes?|timelines?|turnaround|delivery|deliveries|dispatch|shipping|arrival|eta|appointments?|slots?|completion)\b/iu;
const STATE_HEDGE = new RegExp(String.raw`\bsubject\s+to\s+(?:[\w'’-]+\s+){0,2}?${STATE}\b`, 'iu');
const HEDGES = [
  // "subject to workshop capacity", "subject to verification from the vendor".
  String.raw`\bsubject\s+to\s+(?:[\w'’-]+\s+){0,2}?${CONDITION}\b`,
  // "once resources allow", "as time permits".
  String.raw`\b(?:once|when|as|if)\s+(?:resources|capacity|time|staffing|workload)\s+(?:allows?|permits?)\b`,
  // "in line with their standard procedures", "in accordance with our usual timescales".
  String.raw`\bin\s+(?:line|accordance)\s+with\s+(?:their|our|the|its)\s+(?:standard\s+|usual\s+|normal\s+|internal\s+)?(?:procedures?|process(?:es)?|timescales?|timeframes?|timelines?|service\s+levels?)\b`,
  // "within a reasonable period", "in a timely manner", "periodically", "in the usual timescale".
  String.raw`\b(?:within|in)\s+(?:a|due)\s+(?:reasonable|timely)\s+(?:period|time|timeframe|manner)\b|\bperiodically\b|\bin\s+the\s+(?:usual|normal|standard)\s+(?:timescale|timeframe|time)\b`,
  // "times can vary", "Delivery time may also vary", "turnaround depends on…".
  String.raw`\b(?:times?|timescales?|timeframes?|turnaround|timings?|waits?|waiting\s+times?)\s+(?:(?:can|may|might|will|do|does)\s+)?(?:also\s+|sometimes\s+)?(?:vary|varies|differ|depends?\s+on)\b`,
];
const HEDGE = new RegExp(HEDGES.join('|'), 'iu');

/** The first hedge standing in for a time in start..end of the text, as offsets into the text, when `sentence` names no time. */
export function timeLeftToConditionsIn(text: string, start: number, end: number, sentence: string): { start: number; end: number } | null {
  if (namesATime(sentence)) return null;
  const region = text.slice(start, end);
  const match = HEDGE.exec(region) ?? (TIMING.test(sentence) ? STATE_HEDGE.exec(region) : null);
  return match ? { start: start + match.index, end: start + match.index + match[0].length } : null;
}

