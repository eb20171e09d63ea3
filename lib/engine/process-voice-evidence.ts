/**
 * Interaction on another principle's card, the customer's case answered with how cases are handled (issue #10, session
 * 52). A sentence that opens on a class of things and the process they go through ("Orders are dispatched in the order
 * they are received", "Calls are answered in the order received", "Swarm call-outs are allocated via the online request
 * system only", "Applications with unsuitable photos will be returned") tells the customer how the queue works, not where
 * their own case stands: the principle's "don't process a case". Such a sentence is often caught by a rule of another
 * principle (a wait with no time, a step done by nobody, blame on the system), whose card then says nothing of the
 * conversation. Like filed-away-evidence.ts, no new card: a sentence's card whose sentence opens that way, says nothing
 * to "you" and in which the agent owns no step, with no interaction member, carries `record-status-line`'s advice too
 * ("say it as a person: what you did and when they will hear next"), with that rule as a merged interaction member on
 * the class and its process.
 */
import { agentActsTell, type AgentActsTell } from './card-evidence';

// The class at the sentence's start: up to five words ending on a plural ("Late cancellation fees", "Applications with
// unsuitable photos", "Swarm call-outs"), not a pronoun or a "there", nor a word that only ends like one ("This will be
// passed on" is the customer's own case). Each word ends at a space: no overlap, bounded.
const CLASS = String.raw`(?!(?:we|they|these|those|there|things|yours|ours|theirs)\b)(?:[A-Za-z][\w'-]*\s+){0,4}?(?!(?:this|his|its|yes|thus)\b)[A-Za-z][\w-]*[a-rt-z]s`;
// Its process: "are", "will be", "must be", "are only", then a past participle ("dispatched", "answered", "held").
const PROCESS = String.raw`\s+(?:are|will\s+be|must\s+be|can\s+only\s+be|are\s+being|are\s+only|are\s+always|get)\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|sent|held|kept|paid|set|put|run|dealt\s+with|done|made|sold|built|given|taken|seen|chosen|written)\b`;
const PROCESS_VOICE = new RegExp(String.raw`^\s*(?:(?:all|any)\s+)?${CLASS}${PROCESS}`, 'iu');
// Said to this customer: a "you" anywhere in the sentence makes it about their case ("Orders are shipped the same day,
// so yours should be with you on Friday").
const TO_YOU = /\b(?:you|your|yours|you['’](?:ll|re|ve|d))\b/iu;

// Rules whose advice already asks for the case said as a person ("Say it as a person to this customer: who does it, for
// them, and when"): the status line's advice would say it twice on the card.
const SAYS_IT_ALREADY = new Set(['rulebook-voice', 'has-been-passed-on', 'left-with-another-team', 'turned-away', 'channel-refused']);

/**
 * The class and its process where the sentence opens on them, as offsets into the text, when the card's region
 * start..end starts at the sentence's own start and the sentence (`sentence`, its words) says nothing to "you"; else null.
 */
export function processVoiceIn(text: string, start: number, end: number, sentence: string): { start: number; end: number } | null {
  if (TO_YOU.test(sentence)) return null;
  const region = text.slice(start, end);
  // Only where the region is the sentence's opening: a card after another card's words does not own the subject.
  if (!sentence.startsWith(region)) return null;
  const match = PROCESS_VOICE.exec(region);
  if (!match) return null;
  const lead = match[0].length - match[0].trimStart().length;
  return { start: start + lead, end: start + match[0].length };
}

/**
 * The card with the status-line rule's advice after its own and `ruleId` as an interaction member on the class and its
 * process, when its sentence opens on how a class of cases is handled, says nothing to "you", the agent owns no step in
 * it and no member already serves interaction or says it; else the card unchanged.
 */
export const withProcessVoiceAdvice: AgentActsTell = agentActsTell('interaction', SAYS_IT_ALREADY, processVoiceIn);
