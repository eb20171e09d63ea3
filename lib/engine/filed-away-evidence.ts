/**
 * Interaction on another principle's card, the customer's words filed away (issue #10, session 51). A sentence that
 * reports what the customer said as passed along, noted or received ("Your comments will be passed to the Port
 * Operations Manager", "Thank you for your feedback, it has been passed on to the relevant department", "The
 * chauffeur's conduct has been noted for internal purposes", "We acknowledge receipt of your mail") is often caught by
 * a rule of another principle (a faceless hand-off, "the relevant team", a stiff receipt), whose card then says
 * nothing of the conversation: the customer hears their case being processed, not a person answering. Like
 * channel-evidence.ts, no new card: a sentence's card whose region holds such a filing, in a sentence where the agent
 * owns no step and names no time (a hand-off with who and when is the fix), and no interaction member, carries
 * `record-status-line`'s advice too ("say it as a person: what you did and when they will hear next"), with that rule
 * as a merged interaction member on the filing's words.
 */
import { agentActsTell, type AgentActsTell } from './card-evidence';
import { namesATime } from './urgency-evidence';

// What the customer told us: their feedback, a complaint, a query, a letter, or what they reported of someone.
const SAID = String.raw`(?:feedback|comments?|concerns?|complaints?|remarks|suggestions?|views|enquiry|enquiries|inquiry|inquiries|query|queries|message|mail|email|e-mail|letter|conduct|behaviou?r|report|observations?)`;
// Filed, not answered: passed along, noted, received. Not "sent" or "escalated": a report sent to them, a case taken up.
const FILED = String.raw`(?:passed(?:\s+on)?|forwarded|shared|noted|logged|recorded|registered|filed|received|acknowledged|referred)`;
/** The words said, then (in the same clause, up to 40 characters on: "…and it", "…, it") the filing: "has been passed on". */
const FILED_AWAY = new RegExp(
  String.raw`\b${SAID}\b[^.!?;:]{0,40}?\b(?:(?:has|have)\s+been|will\s+be|is\s+being|are\s+being)\s+(?:\w+ly\s+)?${FILED}\b|\b(?:we|i)\s+(?:hereby\s+)?acknowledge\s+receipt\s+of\b`,
  'iu',
);

// Rules whose advice already says what the agent should say instead of the filing.
const SAYS_IT_ALREADY = new Set(['has-been-passed-on', 'left-with-another-team', 'vague-follow-up', 'turned-away', 'channel-refused']);

/**
 * The first filing of the customer's words in start..end of the text, as offsets into the text; none where `sentence`
 * (the words of the sentence that holds it) names a time.
 */
export function filedAwayIn(text: string, start: number, end: number, sentence: string): { start: number; end: number } | null {
  if (namesATime(sentence)) return null;
  const region = text.slice(start, end);
  const match = FILED_AWAY.exec(region);
  if (!match) return null;
  return { start: start + match.index, end: start + match.index + match[0].length };
}

/**
 * The card with the status-line rule's advice after its own and `ruleId` as an interaction member on the filing's words,
 * when its region files the customer's words away, the agent owns no step in the sentence and no member already serves
 * interaction; else the card unchanged.
 */
export const withFiledAwayAdvice: AgentActsTell = agentActsTell('interaction', SAYS_IT_ALREADY, filedAwayIn);
