/**
 * Follow-through on another principle's card (issue #10, session 51). A sentence that shuts the customer's way back
 * ("Please do not call the clinic to chase", "Please don't send additional messages on this case", "Please allow the
 * full processing period before contacting us again") or leaves them waiting on an update nobody times or owns
 * ("Kindly wait for our text", "Please wait for our update") is often caught by a rule of another principle (a threat,
 * a "kindly", an order), whose card then says nothing of who keeps them posted: the customer is left to wonder, and
 * told not to ask. Like channel-evidence.ts, no new card: a sentence's card whose region holds such words, in a
 * sentence naming no time, where the agent owns no step, and no follow-through member, carries `customer-must-chase`'s
 * advice too ("say when and how you will update the customer yourself, so they do not have to chase"), with that rule
 * as a merged follow-through member on the words.
 */
import { agentActsTellUnlessNext, type NextSentenceTell } from './card-evidence';
import { namesATime } from './urgency-evidence';

// Told not to follow up: "do not call the store for updates", "don't send additional messages", "do not chase".
const DONT = String.raw`\b(?:do\s+not|don['’]t|please\s+refrain\s+from|refrain\s+from|avoid)\s+`;
const REACH = String.raw`(?:call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|contact(?:ing)?|e-?mail(?:ing)?|messag(?:e|ing)|send(?:ing)?|rais(?:e|ing)|chas(?:e|ing)|follow(?:ing)?\s+up|writ(?:e|ing)|reply(?:ing)?)`;
const AGAIN = String.raw`(?:chase|chasing|updates?|further|additional|again|follow[\s-]?ups?|status|more\s+messages)`;
const NO_CHASE = String.raw`${DONT}(?:chas(?:e|ing)\b|${REACH}\b[^.!?;]{0,50}?\b${AGAIN}\b)|\bbefore\s+(?:contacting|calling|chasing|e-?mailing|messaging)\s+us(?:\s+again)?\b`;
// Left waiting on an update nobody times or owns: "wait for our update", "await our text".
const WAIT_FOR_WORD = String.raw`\b(?:wait\s+for|await)\s+(?:our|an?|the|further)\s+(?:[\w'’-]+\s+)?(?:update|updates|text|sms|email|e-mail|call|message|reply|response|confirmation|notification)\b`;
const LEFT_WAITING = new RegExp(`${NO_CHASE}|${WAIT_FOR_WORD}`, 'iu');

// Rules whose advice already says how and when the customer will hear (or to give a time and check on it yourself).
const SAYS_IT_ALREADY = new Set(['wait-without-a-time', 'please-allow-time', 'vague-follow-up', 'no-time-given', 'do-not-reply', 'automated-message']);

/** The first words in start..end of the text that leave the customer waiting or told not to chase, when `sentence` names no time. */
export function leftWaitingIn(text: string, start: number, end: number, sentence: string): { start: number; end: number } | null {
  if (namesATime(sentence)) return null;
  const region = text.slice(start, end);
  const match = LEFT_WAITING.exec(region);
  return match ? { start: start + match.index, end: start + match.index + match[0].length } : null;
}

/**
 * The card with the chase rule's advice after its own and `ruleId` as a follow-through member on the words, when its
 * region leaves the customer waiting or told not to chase, the agent owns no step in the sentence, the next sentence
 * names no time (`next`), and no member already serves follow-through or says it; else the card unchanged.
 */
export const withFollowThroughAdvice: NextSentenceTell = agentActsTellUnlessNext('follow-through', SAYS_IT_ALREADY, leftWaitingIn, namesATime);
