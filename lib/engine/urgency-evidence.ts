/**
 * Urgency on another principle's card (issue #10, session 49). A sentence that announces a step still to come, or one
 * left pending, with no time ("Credit will be applied", "The listing will be updated after the next cycle", "the ETA is
 * yet to be confirmed", "Your request is in the queue") is often caught by a rule of another principle (a faceless
 * passive, a rulebook voice, a "kindly"), whose card then says nothing of when: the customer is left to guess how long
 * to wait. Like codes-evidence.ts and channel-evidence.ts, no new card: a sentence's card whose region holds such a
 * step, in a sentence that names no time, and no urgency member, carries `wait-without-a-time`'s advice too, with that
 * rule as a merged urgency member on the step's words.
 */
import { tellUnlessServed } from './card-evidence';
import { WHEN } from './checks/closing';
import { CONCRETE_TIME } from './markers';
import type { Finding } from './types';

// A step to come, said in the passive: "will be applied", "shall then be dealt with". A negation ("will not be") is a
// refusal, not a wait, and cannot match: "be" follows the modal and at most one adverb.
const TO_COME = String.raw`\b(?:will|shall)\s+(?:\w+ly\s+|then\s+|also\s+|now\s+|only\s+|still\s+|soon\s+)?be\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|made|sent|done|put|set|paid|shown|seen|dealt with|looked at)\b`;
// A step under way with no end named: "is being treated", "is yet to be confirmed", "is in the queue", "remains under review".
const UNDER_WAY = String.raw`\b(?:is|are|remains?)\s+(?:\w+ly\s+|still\s+)?(?:being\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|dealt with|looked into|looked at)|yet\s+to\s+be\s+\w+(?:ed|en)|in\s+(?:the|our|a)\s+(?:\w+\s+)?queue|(?:under|pending|awaiting)\s+(?:\w+\s+)?(?:review|investigation|consideration|assessment|verification|approval|checks?))\b`;
const PENDING_STEP = new RegExp(`${TO_COME}|${UNDER_WAY}`, 'iu');

// Not a wait but what befalls the customer or their thing ("you will be charged", "it will be returned unrepaired") or a
// state ("will be closed on Sundays", "will be happy to…"): the advice to give a time would not fit.
const NO_WAIT = /\b(?:charged|billed|fined|penali[sz]ed|refused|rejected|declined|cancell?ed|closed|suspended|banned|blocked|removed|deleted|lost|forfeited|voided|disqualified|terminated|deactivated|invalidated|deemed|required|expected|needed|asked|pleased|delighted|located|based|used|allowed|permitted|accepted|returned|destroyed|disposed|deducted|invoiced|recharged|waived|liable|responsible)\b/iu;
// A consequence of the customer's own choice or failure, not a wait: "…will be returned if not collected", "…unless".
const CONDITION = /\b(?:if|unless|otherwise|without|regardless)\b/iu;
// Nothing is to come: "No refund will be issued", "no further correspondence will be entered into" is a refusal.
const NOTHING_BEFORE = /\b(?:no|nothing|none|nobody|neither)(?:\s+[\w'’-]+){0,3}\s+$/iu;
// Under way right now: "the last drops are being cleaned now".
const NOW_AFTER = /^\s+(?:right\s+)?now\b/iu;

// A time in words the warmth markers' concrete time and WHEN do not know: "5-7 business days", "48 hrs", "a few weeks".
const DURATION = /\b(?:\d+(?:\s*(?:-|–|to)\s*\d+)?|an?|one|two|three|four|five|six|seven|ten|a few|a couple of)\s*(?:(?:working|business|calendar)\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b/iu;

/** Does the sentence name when (a day, a date, a clock time, a number of hours or days)? */
export function namesATime(sentence: string): boolean {
  return CONCRETE_TIME.test(sentence) || WHEN.test(sentence) || DURATION.test(sentence);
}

// Rules of another principle whose advice already asks for a time ("say who and when"): the advice would say it twice.
const SAYS_IT_ALREADY = new Set(['vague-follow-up', 'busy-right-now', 'please-allow-time']);

/**
 * The first step to come or under way in start..end of the text, as offsets into the text, when `sentence` (the words
 * of the sentence that holds it) names no time; none where it is no wait (a charge, a state) or hangs on a condition.
 */
export function pendingStepIn(text: string, start: number, end: number, sentence: string): { start: number; end: number } | null {
  if (namesATime(sentence)) return null;
  const region = text.slice(start, end);
  const match = PENDING_STEP.exec(region);
  if (!match || NO_WAIT.test(match[0]) || CONDITION.test(region)) return null;
  if (NOTHING_BEFORE.test(region.slice(Math.max(0, match.index - 60), match.index)) || NOW_AFTER.test(region.slice(match.index + match[0].length))) return null;
  return { start: start + match.index, end: start + match.index + match[0].length };
}

/**
 * The card with the wait rule's advice after its own and `waitRuleId` as an urgency member on the step's words, when
 * its region of the sentence holds a step with no time and no member already serves urgency; else the card unchanged.
 * The underline widens to take the step in (rewordings carry the words between unchanged). `next`, the sentence after:
 * a time there answers the step ("Your request is being handled. I will update you by Friday."). `find` reads the
 * evidence in the region given the sentence's words: pendingStepIn, or timeLeftToConditionsIn (a hedge standing in for
 * the time: time-left-to-conditions-evidence.ts).
 */
export function withUrgencyAdvice(
  card: Finding,
  text: string,
  region: { start: number; end: number } | undefined,
  sentence: { start: number; end: number } | undefined,
  waitRuleId: string,
  advice: string,
  next?: string,
  find: (text: string, start: number, end: number, sentence: string) => { start: number; end: number } | null = pendingStepIn,
): Finding {
  if (!region || !sentence || (next !== undefined && namesATime(next))) return card;
  const said = text.slice(sentence.start, sentence.end);
  return tellUnlessServed(card, text, 'urgency', SAYS_IT_ALREADY, () => find(text, region.start, region.end, said), { ruleId: waitRuleId, advice });
}
