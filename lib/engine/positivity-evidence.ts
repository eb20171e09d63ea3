/**
 * Positivity on another principle's card (issue #10, session 49). A sentence that says no ("the claim is declined",
 * "Rescheduling is not possible at this time", "We do not handle disputes via email") is often caught by a rule of
 * another principle (a faceless passive, a channel refused, a policy voice), whose card then says nothing of what the
 * customer can do instead: they are left with the no alone. Like codes-evidence.ts and channel-evidence.ts, no new card:
 * a sentence's card whose region says no (refusal.ts, the reader the closing check and kind-refusal.ts share), with no
 * turn to a yes in the sentence or at the start of the next, and no positivity member, carries the no-alternative rule's
 * advice too, with that rule as a merged positivity member on the no's words. Session 51: also a no said as our practice
 * ("We do not handle disputes via email", "the claim is rejected", "no adjustment will be made"), which refusal.ts,
 * shared with the closing check and kind-refusal.ts, does not read.
 */
import { earliestMatch, tellUnlessServed } from './card-evidence';
import { refusalAt, turnsAfter, turnsTheNo } from './refusal';
import type { Finding } from './types';

// Rules of another principle whose advice already asks what the customer can do instead: the advice would say it twice.
const SAYS_IT_ALREADY = new Set(['blamed-for-the-no']);

// A no to what the customer holds us to, which refusal.ts (a no to what they ask for) does not read: "We are not liable
// for missed classes", "The Company accepts no liability", "which is outside our scope", "beyond the remit of our team".
const DISOWNED = /\b(?:(?:are|is|am|were|was|['’]re|['’]s)\s+not|aren['’]t|isn['’]t|(?:accepts?|bears?|takes?|assumes?|have|has)\s+no)\s+(?:\w+ly\s+)?(?:liable|responsible|liability|responsibility)\b|\b(?:outside|beyond)\s+(?:of\s+)?(?:our|the)\s+(?:[\w'’-]+\s+){0,2}?(?:scope|remit)\b/iu;
// "You are not responsible for the fee", "they are not liable": the customer or another party spared, not our no.
const SOMEONE_ELSE_BEFORE = /\b(?:you|they|he|she)\s*$/iu;

// A no said as our practice, which refusal.ts (a no to a thing asked for) does not read (session 51): "We do not handle
// disputes via email", "This mailbox cannot deal with appeals", "Refunds aren't handled on social", "the claim is
// rejected", "no adjustment will be made", "no refund is possible for no-show", "We do not have access to payment details".
const NO_AS_PRACTICE: readonly RegExp[] = [
  /\b(?:do|does)(?:\s+not|n['’]t)\s+(?:\w+ly\s+)?(?:handle|deal\s+with|action|process|accept|make(?!\s+any\b)|reset|have\s+access\s+to)\b/iu,
  /\b(?:can(?:no|['’])t|can\s+not|(?:are|is|am|['’]re|['’]m)\s+(?:unable|not\s+able)\s+to)\s+(?:\w+ly\s+)?(?:deal\s+with|handle|action|attend|accommodate|entertain|consider|look\s+into|investigate)\b/iu,
  /\b(?:(?:are|is)(?:\s+not|n['’]t)|aren['’]t|isn['’]t|(?:will|can)\s+not\s+be|won['’]t\s+be|cannot\s+be|can['’]t\s+be)\s+(?:\w+ly\s+)?(?:handled|dealt\s+with|actioned|entertained|considered)\b/iu,
  /\b(?:is|are)\s+(?:\w+ly\s+)?(?:rejected|declined|refused|denied)\b/iu,
  // "no adjustment will be made", "no refund is possible": not what they are spared ("no charge will be made", "no
  // extra fee is payable": the spared word first or second).
  /\bno\s+(?!(?:[\w-]+\s+)?(?:charges?|fees?|costs?|payments?|penalt(?:y|ies)|fines?|interest|action\s+is\s+needed)\b)(?:[\w-]+\s+){1,2}?(?:is|are|will\s+be|can\s+be)\s+(?:\w+ly\s+)?(?:possible|made|given|offered|issued|due|payable|available)\b/iu,
];

// "…is declined by the bank": another party's no, news to pass on. "…without asking you first": a promise, not a no.
const BY_SOMEONE = /^(?:\s+[\w'’-]+){0,3}?\s+by\s+(?:the|your|their|a|an|his|her)\b/iu;
const PROMISE = /\bwithout\s+(?:your|asking|checking|telling)\b/iu;

/** The first no of our practice in `region` (NO_AS_PRACTICE), as offsets into it, unless said of someone else or turned in the same sentence. */
function practiceNoAt(region: string): { start: number; end: number } | null {
  const found = earliestMatch(NO_AS_PRACTICE, region);
  if (!found || SOMEONE_ELSE_BEFORE.test(region.slice(Math.max(0, found.index - 20), found.index))) return null;
  const rest = region.slice(found.index + found[0].length);
  if (turnsAfter(rest) || BY_SOMEONE.test(rest) || PROMISE.test(rest)) return null;
  return { start: found.index, end: found.index + found[0].length };
}

/** The no in start..end of the text, as offsets into the text, unless `next` (the sentence after) turns it to a yes. */
export function refusalIn(text: string, start: number, end: number, next: string | undefined): { start: number; end: number } | null {
  if (turnsTheNo(next)) return null;
  const region = text.slice(start, end);
  const at = refusalAt(region);
  if (at) return { start: start + at.start, end: start + at.end };
  const disowned = DISOWNED.exec(region);
  if (!disowned) {
    const practice = practiceNoAt(region);
    return practice && { start: start + practice.start, end: start + practice.end };
  }
  if (SOMEONE_ELSE_BEFORE.test(region.slice(Math.max(0, disowned.index - 20), disowned.index))) return null;
  // Turned to what we can do in the same sentence, as refusal.ts reads a turn: "…not liable, but I can arrange a repair".
  if (turnsAfter(region.slice(disowned.index + disowned[0].length))) return null;
  return { start: start + disowned.index, end: start + disowned.index + disowned[0].length };
}

/**
 * The card with the no-alternative rule's advice after its own and `ruleId` as a positivity member on the no's words,
 * when its region of the sentence says no with no turn to a yes and no member already serves positivity; else the card
 * unchanged. The underline widens to take the no in (rewordings carry the words between unchanged).
 */
export function withPositivityAdvice(
  card: Finding,
  text: string,
  region: { start: number; end: number } | undefined,
  next: string | undefined,
  ruleId: string,
  advice: string,
): Finding {
  if (!region) return card;
  return tellUnlessServed(card, text, 'positivity', SAYS_IT_ALREADY, () => refusalIn(text, region.start, region.end, next), { ruleId, advice });
}

// A limit read out as the answer (session 51): "fixes are only free within 48 hours", "compensation is only available
// for missing items", "our technicians only attend after…", "Courtesy vehicles are subject to availability", "Tours run
// subject to minimum numbers". The customer hears what they can't have; the stated-as-a-rule rule's advice asks what
// they can do.
const LIMITS: readonly RegExp[] = [
  /\b(?:is|are|will\s+be|can\s+be)\s+only\s+(?:\w+ly\s+)?(?:free|available|payable|valid|possible|accepted|offered|given|refunded|refundable|covered|issued|eligible|open|held|kept)\b/iu,
  /\b(?:we|our\s+[\w-]+|the\s+[\w-]+)\s+only\s+(?:attend|accept|refund|replace|offer|cover|issue|process|ship|deliver|honou?r|allow|take)\b/iu,
  /\bsubject\s+to\s+(?:the\s+)?(?:availability|change|minimum|approval|status|stock|capacity|discretion|confirmation|eligibility)\b/iu,
];
// The agent's own step or offer, a question or a turn: the limit comes with a way forward ("I can book it, subject to
// availability", "Fixes are only free within 48 hours, but I've extended yours").
const WAY_FORWARD = /\?|\b(?:i|we)(?:['’](?:ll|ve|d)|\s+(?:will|can|could|have|would\s+be\s+happy))\s+(?!not\b|never\b)\w+|\b(?:happy|glad)\s+to\b|\bif\s+you(?:['’]d|\s+would)?\s+(?:like|want|prefer)\b/iu;

/** The limit read out in start..end of the text, as offsets into the text, unless the sentence or the next gives a way forward. */
export function limitIn(text: string, start: number, end: number, next: string | undefined, sentence: string): { start: number; end: number } | null {
  if (turnsTheNo(next) || WAY_FORWARD.test(sentence)) return null;
  const region = text.slice(start, end);
  const found = earliestMatch(LIMITS, region);
  if (!found || turnsAfter(region.slice(found.index + found[0].length))) return null;
  return { start: start + found.index, end: start + found.index + found[0].length };
}

/** The card with the stated-as-a-rule advice on the limit its region reads out (limitIn), as withPositivityAdvice tells a no. */
export function withLimitAdvice(
  card: Finding,
  text: string,
  region: { start: number; end: number } | undefined,
  sentence: string | undefined,
  next: string | undefined,
  ruleId: string,
  advice: string,
): Finding {
  if (!region || sentence === undefined) return card;
  return tellUnlessServed(card, text, 'positivity', SAYS_IT_ALREADY, () => limitIn(text, region.start, region.end, next, sentence), { ruleId, advice });
}
