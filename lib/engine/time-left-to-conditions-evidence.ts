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

// What the timing is said to hang on: capacity, stock, checks, approval, change.
const CONDITION = String.raw`(?:availability|capacity|demand|change|changes|verification|approval|confirmation|checks?|review|assessment|resources|stock|scheduling|workload|volumes?)`;
// A price that may change is no time left to conditions ("Prices are subject to change": "Give the customer a time"
// would not fit), unless the sentence is about the time too ("Fares and dates are subject to change").
const CHANGE_HEDGE = /^subject\s+to\s+(?:[\w'’-]+\s+){0,2}?changes?$/iu;
const PRICE = /\b(?:prices?|pricing|rates?|fees?|charges?|costs?|fares?|tariffs?|terms|offers?|promotions?|discounts?)\b/iu;
const TIMING = /\b(?:schedules?|dates?|times?|timings?|timescales?|timeframes?|timelines?|turnaround|delivery|deliveries|dispatch|shipping|arrival|eta|appointments?|slots?|completion)\b/iu;
const HEDGES = [
  // "subject to workshop capacity", "subject to verification from the vendor", "subject to change".
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
  const match = HEDGE.exec(region);
  if (!match || (CHANGE_HEDGE.test(match[0]) && PRICE.test(sentence) && !TIMING.test(sentence))) return null;
  return { start: start + match.index, end: start + match.index + match[0].length };
}

