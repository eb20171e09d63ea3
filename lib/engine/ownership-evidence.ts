/**
 * Ownership on another principle's card (issue #10, session 49). A sentence that leaves the step with another party
 * ("Fees are set by head office", "Inspections are carried out by independent inspectors", "The surgery will contact
 * you", "the lab will re-check the order") is often caught by a rule of another principle (a rulebook voice, a cold
 * sentence, a "kindly"), whose card then says nothing of who owns the outcome: the customer is left with strangers.
 * Like codes-evidence.ts and channel-evidence.ts, no new card: a sentence's card whose region names another party as
 * the doer, in a sentence where the agent says nothing they will do and names no time (a hand-off with a time is the
 * fix asked for: hand-off-exemptions.ts), and no ownership member, carries `someone-elses-job`'s advice too, with that
 * rule as a merged ownership member on the party's words.
 */
import { agentActsTell, tellUnlessServed, type AgentActsTell } from './card-evidence';
import type { Finding } from './types';
import { namesATime } from './urgency-evidence';

// Who the work is said to belong to: another company, a partner, another part of ours, a system. One word each, so the
// words before it (a name, "fulfilment", "third-party") never overlap it.
const PARTY_WORDS = String.raw`team|teams|department|dept|office|partner|partners|supplier|suppliers|vendor|vendors|provider|providers|contractor|contractors|courier|couriers|carrier|carriers|operator|operators|manufacturer|manufacturers|agency|insurer|insurers|underwriters?|lab|laboratory|landlord|company|bank|staff|inspectors?|engineers?|technicians?|management|panel|board|council|authority|authorities|surgery|clinic|seller|merchant|servicer|adjuster|warehouse|depot|system`;
const PARTY = `(?:${PARTY_WORDS})`;
// Up to three words naming the party ("our fulfilment", "the Radiology", "independent third-party"); lazy, each ends at a space.
const NAMING = String.raw`(?:[\w'’-]+\s+){0,3}?`;
/** The party doing it, said in the passive: "are set by head office", "is carried out by our maintenance partner". */
const DONE_BY = String.raw`\b(?:is|are|be|being|been)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|set|made|done|sent|paid|run|carried out|dealt with|looked after)\s+(?:in\s+|out\s+|up\s+)?by\s+(?:head\s+office|(?:the|our|their|an?|its|independent)\s+${NAMING}${PARTY})\b`;
/** The party as the subject of what comes next: "The surgery will contact you", "our Head Office will review". */
const WILL_DO = String.raw`\b(?:(?:the|our|their|a)\s+${NAMING}${PARTY}|head\s+office|staff|billing|someone\s+(?:on|from|in)\s+(?:our|the)\s+team)\s+(?:will|shall|would|is going to|are going to)\s+(?!be\s+(?:happy|glad|able|delighted|pleased)\b)`;
const PARTY_DOES = new RegExp(`${DONE_BY}|${WILL_DO}`, 'iu');
const NEGATED_BEFORE = /\b(?:not|never|cannot|can['’]t|won['’]t|unable to)\s+(?:\w+ly\s+)?$/iu;

// Rules of another principle whose advice already says to own the step or chase the party yourself.
export const OWNERSHIP_SAID_ALREADY: ReadonlySet<string> = new Set(['not-my-department', 'contact-them-directly', 'relevant-team', 'sent-elsewhere', 'direct-enquiries-to', 'waiting-on-others', 'vague-follow-up']);

/**
 * The first words in start..end of the text naming another party as the doer, as offsets into the text; none where
 * `sentence` (the words of the sentence that holds it) names a time.
 */
export function otherPartyIn(text: string, start: number, end: number, sentence: string): { start: number; end: number } | null {
  if (namesATime(sentence)) return null;
  const region = text.slice(start, end);
  const match = PARTY_DOES.exec(region);
  // "…cannot be restored by our team" is a refusal (positivity's), not a step left with someone else.
  if (!match || NEGATED_BEFORE.test(region.slice(Math.max(0, match.index - 30), match.index))) return null;
  const words = match[0].trimEnd();
  return { start: start + match.index, end: start + match.index + words.length };
}


/**
 * The card with `ruleId`'s advice after its own and that rule as an ownership member on the words another party is named
 * the doer by (otherPartyIn, with the hand-off rule), when the agent owns no step in the sentence (`agentActs`: the
 * sentence's ownership marker, "I'll…", "we've…") and no member already serves ownership; else the card unchanged. The
 * faceless-step tell reads the same way with its own finder (faceless-step-evidence.ts).
 */
export const withOwnershipAdvice: AgentActsTell = agentActsTell('ownership', OWNERSHIP_SAID_ALREADY, otherPartyIn);

// The customer sent to do the errand with a party themselves: "Kindly contact the airline counter", "this is a matter you
// will need to take up with the council", "You should contact your local environmental health department".
const ERRAND_PARTY = String.raw`(?:${PARTY_WORDS}|retailer|airline|agent|doctor|gp|vet|pharmacy|hotel|venue|organiser|organizer|school|employer|accountant|advisor|adviser|counter|store|shop)`;
const SENT_TO_PARTY = new RegExp(
  String.raw`\b(?:contact|call|ring|phone|e-?mail|message|ask|visit|speak\s+(?:to|with)|talk\s+to|check\s+with|reach\s+out\s+to|get\s+in\s+touch\s+with|take\s+(?:it|this|that|the\s+matter)\s+up\s+with|(?:resolve|raise|sort)\s+(?:it|this|that)\s+with|take\s+up\s+with|go\s+back\s+to)\s+(?:your|the|their|his|her|a|an)\s+${NAMING}${ERRAND_PARTY}\b`,
  'iu',
);
// The agent goes there, not the customer: "I'll contact the courier", "we have asked the supplier".
const AGENT_GOES = /\b(?:i|we)(?:['’](?:ll|d|ve|m|re))?(?:\s+(?:will|would|shall|can|could|have|had|am|are|already|just|also|now|then|personally|happily|gladly|going\s+to|be\s+happy\s+to))*\s*$/iu;

// Told not to go ("do not call the clinic", "Patients should not contact the surgery"), or the open door of a sign-off
// ("please do not hesitate to contact the pharmacy"): no errand.
const NOT_SENT = /\b(?:not|never|n['’]t|hesitate\s+to)\s+(?:\w+ly\s+)?$/iu;

/** The first errand with a party in start..end of the text the customer is sent on, as offsets into the text; none where the agent goes. */
export function errandIn(text: string, start: number, end: number): { start: number; end: number } | null {
  const region = text.slice(start, end);
  const match = SENT_TO_PARTY.exec(region);
  if (!match) return null;
  const before = region.slice(Math.max(0, match.index - 60), match.index);
  if (AGENT_GOES.test(before) || NOT_SENT.test(before)) return null;
  return { start: start + match.index, end: start + match.index + match[0].length };
}

/**
 * The card with the errand rule's advice after its own and `ruleId` as an ownership member on the errand's words, when
 * its region sends the customer to a party themselves, the agent owns no step in the sentence and no member already
 * serves ownership; else the card unchanged.
 */
export function withErrandAdvice(
  card: Finding,
  text: string,
  region: { start: number; end: number } | undefined,
  sentence: { agentActs: boolean } | undefined,
  ruleId: string,
  advice: string,
): Finding {
  if (!region || !sentence || sentence.agentActs) return card;
  return tellUnlessServed(card, text, 'ownership', OWNERSHIP_SAID_ALREADY, () => errandIn(text, region.start, region.end), { ruleId, advice });
}
