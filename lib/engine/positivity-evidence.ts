/**
 * Positivity on another principle's card (issue #10, session 49). A sentence that says no ("the claim is declined",
 * "Rescheduling is not possible at this time", "We do not handle disputes via email") is often caught by a rule of
 * another principle (a faceless passive, a channel refused, a policy voice), whose card then says nothing of what the
 * customer can do instead: they are left with the no alone. Like codes-evidence.ts and channel-evidence.ts, no new card:
 * a sentence's card whose region says no (refusal.ts, the reader the closing check and kind-refusal.ts share), with no
 * turn to a yes in the sentence or at the start of the next, and no positivity member, carries the no-alternative rule's
 * advice too, with that rule as a merged positivity member on the no's words.
 */
import { tellUnlessServed } from './card-evidence';
import { refusalAt, turnsAfter, turnsTheNo } from './refusal';
import type { Finding } from './types';

// Rules of another principle whose advice already asks what the customer can do instead: the advice would say it twice.
const SAYS_IT_ALREADY = new Set(['blamed-for-the-no']);

// A no to what the customer holds us to, which refusal.ts (a no to what they ask for) does not read: "We are not liable
// for missed classes", "The Company accepts no liability", "which is outside our scope", "beyond the remit of our team".
const DISOWNED = /\b(?:(?:are|is|am|were|was|['’]re|['’]s)\s+not|aren['’]t|isn['’]t|(?:accepts?|bears?|takes?|assumes?|have|has)\s+no)\s+(?:\w+ly\s+)?(?:liable|responsible|liability|responsibility)\b|\b(?:outside|beyond)\s+(?:of\s+)?(?:our|the)\s+(?:[\w'’-]+\s+){0,2}?(?:scope|remit)\b/iu;
// "You are not responsible for the fee", "they are not liable": the customer or another party spared, not our no.
const SOMEONE_ELSE_BEFORE = /\b(?:you|they|he|she)\s*$/iu;

/** The no in start..end of the text, as offsets into the text, unless `next` (the sentence after) turns it to a yes. */
export function refusalIn(text: string, start: number, end: number, next: string | undefined): { start: number; end: number } | null {
  if (turnsTheNo(next)) return null;
  const region = text.slice(start, end);
  const at = refusalAt(region);
  if (at) return { start: start + at.start, end: start + at.end };
  const disowned = DISOWNED.exec(region);
  if (!disowned || SOMEONE_ELSE_BEFORE.test(region.slice(Math.max(0, disowned.index - 20), disowned.index))) return null;
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
