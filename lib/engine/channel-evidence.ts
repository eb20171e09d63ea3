/**
 * Interaction on another principle's card (issue #10, session 48). A sentence that sends the customer to a channel or a
 * place ("You need to submit it via the online form", "Please check your emails for updates", "Clinical questions cannot
 * be answered via chat") is often caught by a rule of another principle (an order, a refusal, a chase), whose card then
 * says nothing of the errand: the customer leaves the conversation they started. Like codes-evidence.ts, no new card: a
 * sentence's card whose region names a channel reached through a verb or a preposition, and no interaction member,
 * carries `sent-to-a-channel`'s advice too, with that rule as a merged member on the channel's words.
 */
import { tellUnlessServed } from './card-evidence';
import type { Finding } from './types';

const DETERMINER = String.raw`(?:the|our|your|their|this|that|a|an)\s+`;
// Places the customer goes to instead of the conversation: contact channels, self-service pages, documents, counters.
// Not the idioms that share a channel's word: "in line with our policy", "in the form of a voucher", "on a number of
// orders", "in store credit".
const CHANNEL = String.raw`(?:e-?mails?|inbox|chat|webchat|phone|telephone|helpline|line(?!\s+with\b)|number(?!\s+of\b)|address|portal|website|site|app|form(?!\s+of\b)|hub|dashboard|faqs?|page|manual|guide|office|branch|store(?!\s+credit\b))`;
// Up to two words naming the channel ("the online refund form", "our claims line"); each word ends at a space, so no overlap.
const NAMING = String.raw`(?:[\w'-]+\s+){0,2}`;
/** A channel reached through a preposition ("via the portal", "by email", "in our FAQs") or a verb of going there. */
const CHANNEL_POINTER = new RegExp(
  String.raw`\b(?:(?:via|through|thru|by|on|at|in|from)\s+(?:${DETERMINER})?|(?:call|ring|phone|e-?mail|visit|contact|check|checking|complete|submit|download)\s+${DETERMINER})${NAMING}${CHANNEL}\b`,
  'iu',
);

// The agent reaching the customer, not sending them anywhere: "I will update you by email", "I'll get back to you by
// phone", "We'll send the label by email". Read in the pointer's own clause, just before it.
const TO_YOU_END = /\byou\s*$/iu;
const AGENT_REACHES = /\b(?:I|we)(?:['’](?:ll|d)|\s+(?:will|would|shall|can|could|may|might))?(?:\s+(?:only|just|also|then|now|usually|normally|always))?\s+(?:send|e-?mail|post|text|call|ring|phone|contact|update|confirm|reply|write|get back|message|notify)\b/iu;

/** Does the clause before the pointer say the agent reaches the customer through the channel? */
function agentReaches(before: string, pointer: string): boolean {
  // The last break by index, not a spread of every match: a sentence of untrusted text may hold any number of commas.
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  return AGENT_REACHES.test(clause) || (TO_YOU_END.test(clause) && /^(?:via|through|thru|by|on|at|in|from)\b/iu.test(pointer));
}

// Rules of another principle whose advice already tells the agent to do the errand for the customer ("Offer to contact
// them yourself… or give the number and exactly what to ask"): the channel's advice would say it twice on the card.
const SAYS_IT_ALREADY = new Set(['contact-them-directly']);

/** The first channel pointer in start..end of the text, as offsets into the text; none where the agent is the one who reaches. */
export function channelPointerIn(text: string, start: number, end: number): { start: number; end: number } | null {
  const region = text.slice(start, end);
  const match = CHANNEL_POINTER.exec(region);
  if (!match || agentReaches(region.slice(0, match.index), match[0])) return null;
  return { start: start + match.index, end: start + match.index + match[0].length };
}

/**
 * The card with the channel rule's advice after its own and `channelRuleId` as an interaction member on the pointer's
 * words, when its region of the sentence names a channel and no member already serves interaction; else the card
 * unchanged. The underline widens to take the pointer in (rewordings carry the words between unchanged).
 */
export function withChannelAdvice(
  card: Finding,
  text: string,
  region: { start: number; end: number } | undefined,
  channelRuleId: string,
  advice: string,
): Finding {
  if (!region) return card;
  return tellUnlessServed(card, text, 'interaction', SAYS_IT_ALREADY, () => channelPointerIn(text, region.start, region.end), { ruleId: channelRuleId, advice });
}
