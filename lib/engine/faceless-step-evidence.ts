/**
 * Ownership on another principle's card, the faceless step (issue #10, session 50). A sentence that says what happens to
 * the customer's matter with nobody doing it ("Payouts are paused for the duration of the review", "Tickets are
 * answered in order", "Refunds are not issued", "Our decision will be communicated once the review is complete", "so
 * the matter can be reviewed") is often caught by a rule of another principle (a rulebook voice, a "kindly", a refusal,
 * a wait), whose card then says nothing of who owns the step. The passive-voice check reads a bare "are …" only with a
 * process verb ("are reviewed"), so not "are paused" or "are answered"; this reads any verb done by nobody, on the card
 * already there. Like
 * ownership-evidence.ts, no new card: a sentence's card whose region holds a passive with no doer ("…by head office" is
 * otherPartyIn's), whose subject is no person ("you won't be charged", "we are based"), in a sentence where the agent
 * owns no step and names no time, and no ownership member, carries the faceless-passive rule's advice too, with that
 * rule as a merged ownership member on the passive's words (withFacelessStepAdvice, below).
 */
import { agentActsTell, type AgentActsTell } from './card-evidence';
import { OWNERSHIP_SAID_ALREADY } from './ownership-evidence';
import { namesATime } from './urgency-evidence';

// The helper before the participle: "are", "aren't", "will not be", "can be", "has been", "are being", with up to two
// adverbs or a "not" between ("are simply", "are usually not"). Not "must be": a duty laid on the customer ("Payment must
// be made before…") has a doer, the customer, and is respect's evidence (respect-evidence.ts, dutyIn).
const HELPER = String.raw`(?:(?:is|are|was|were)(?:n['’]t)?(?:\s+being)?|(?:(?:will|shall|can|could|may|might|would|should)(?:n['’]t)?|won['’]t|cannot)(?:\s+not)?\s+be|(?:has|have|had)(?:n['’]t)?\s+been)`;
// The participle: a regular one, or an irregular one a process is often said in ("sent", "paid", "made", "dealt with").
const PARTICIPLE = String.raw`(?:[a-z]+(?:ed|en)|sent|paid|made|done|held|kept|set|put|shown|told|run|dealt|sold|lost|brought|spent|withheld)`;
const FACELESS = new RegExp(String.raw`\b${HELPER}(?:\s+(?:not|never|\w+ly)){0,2}\s+(${PARTICIPLE})\b`, 'giu');
// Words in -ed/-en that are no deed done to the matter: states, feelings, places, where a thing is to be had ("can be
// found on our website", "can be viewed"), and the "-en" words that are no verb.
const NO_DEED = /^(?:open|often|even|seven|eleven|ten|been|seen|kitchen|garden|children|women|men|when|then|green|golden|wooden|sudden|hidden|based|located|interested|excited|pleased|delighted|married|tired|supposed|used|allowed|permitted|included|attached|called|named|involved|concerned|surprised|disappointed|frustrated|confused|worried|dated|sized|priced|closed|limited|designed|intended|aimed|aged|skilled|qualified|trained|experienced|committed|dedicated|determined|prepared|satisfied|thrilled|viewed|accessed|reached|downloaded|happy|sorry)$/iu;
// A person is the subject ("you won't be charged", "we are based", "I was surprised"): no step left faceless.
const PERSON_SUBJECT = /\b(?:i|we|you|he|she|they|everyone|nobody|no\s+one)(?:\s+(?:\w+ly|also|still|all|both))?\s*$/iu;
// A doer is named right after ("…by head office", "…by our team"): otherPartyIn reads it, or it is said who does it.
const BY_SOMEONE = /^\s+(?:\w+\s+){0,3}?by\s+(?!email|e-mail|post|phone|text|sms|letter|courier|hand|default|law|then|now|\d)/iu;
// Said only of the customer's choice ("If you bought it this week, the difference will be refunded").
const IF_YOU = /^\W*(?:if|when|once)\s+you\b/iu;

/**
 * The first passive in start..end of the text that says a step is done with nobody doing it, as offsets into the text;
 * none where `sentence` (the words of the sentence that holds it) names a time or is about the customer's own choice.
 */
export function facelessStepIn(text: string, start: number, end: number, sentence: string): { start: number; end: number } | null {
  if (namesATime(sentence) || IF_YOU.test(sentence)) return null;
  const region = text.slice(start, end);
  for (const m of region.matchAll(FACELESS)) {
    if (NO_DEED.test(m[1]!)) continue;
    const before = region.slice(Math.max(0, m.index - 30), m.index);
    if (PERSON_SUBJECT.test(before) || BY_SOMEONE.test(region.slice(m.index + m[0].length))) continue;
    return { start: start + m.index, end: start + m.index + m[0].length };
  }
  return null;
}

/** The card with the faceless-passive rule's advice and that rule as an ownership member on the step done by nobody, read as the ownership tell reads another party. */
export const withFacelessStepAdvice: AgentActsTell = agentActsTell('ownership', OWNERSHIP_SAID_ALREADY, facelessStepIn);
