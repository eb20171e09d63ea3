/**
 * Interaction on another principle's card, the conversation shut (issue #10, session 53). A sentence that tells the
 * customer there is nothing more to say ("This decision is final", "All decisions are final", "Decisions of the panel
 * are not open to appeal", "We will not enter into further correspondence", "This matter is now closed", "We are not
 * able to comment further") ends the relationship on the case file: the principle's "don't process a case". Such a
 * sentence is often caught by a rule of another principle (a final say, a refusal with no alternative), whose card then
 * says nothing of the door it closes. Like filed-away-evidence.ts, no new card: a sentence's card whose region shuts the
 * conversation, in a sentence where the agent owns no step (nor in the next: "This decision is final, but I'll…"), with
 * no interaction member, carries the advice to leave the door open, with `ticket-closed` (the interaction rule for a
 * case closed on the customer) as a merged interaction member on the closing words.
 */
import { agentActsTellUnlessNext, earliestMatch, matchedWords, type NextSentenceTell, type SentenceFinder } from './card-evidence';

/**
 * What the rule's own message asks for ("ending with an open door ends on the person"), said for any shut door, not only a
 * closed ticket. Not "just reply": after a no, next-step-missing's advice warns that it invites the customer to argue again.
 */
export const CLOSED_DOOR_ADVICE = 'Leave the door open: say what they can still do, and that you will help with it ("If you have new evidence, send it to me and I\'ll put it to the panel myself.").';

// Each form is one run of fixed words and single word classes: linear.
const CLOSED_DOOR: readonly RegExp[] = [
  // The decision is final: "This decision is final", "All decisions are final", "The outcome remains final".
  /\b(?:decision|decisions|outcome|outcomes|ruling|determination|verdict)\s+(?:is|are|was|remains|remain|will\s+be)\s+(?:now\s+)?final\b/iu,
  // Not open to appeal or discussion: "is not open to appeal", "cannot be appealed", "is not subject to review".
  /\b(?:not|no\s+longer)\s+(?:open|subject)\s+to\s+(?:further\s+)?(?:appeal|review|discussion|negotiation|challenge|dispute)\b/iu,
  /\b(?:cannot|can\s*not|can['’]t|will\s+not|won['’]t)\s+be\s+(?:appealed|reconsidered|reopened|re-opened|revisited|discussed\s+further)\b/iu,
  // No more letters: "We will not enter into further correspondence", "no further correspondence will be entered into".
  /\b(?:enter\s+into|respond\s+to|reply\s+to)\s+(?:any\s+)?further\s+(?:correspondence|discussion|communication|emails?|messages?|letters?)\b/iu,
  /\bno\s+further\s+(?:correspondence|discussion|communication)\s+(?:will|can|shall)\s+be\b/iu,
  // The matter closed on them: "This matter is now closed", "we consider this matter closed".
  /\b(?:this|the|your|that)\s+(?:matter|complaint|case|dispute|issue)\s+(?:is|has\s+been|is\s+now|will\s+now\s+be|will\s+be)\s+(?:now\s+)?(?:closed|concluded)\b/iu,
  /\bconsider\s+(?:this|the)\s+(?:matter|complaint|case)\s+(?:closed|concluded|resolved)\b/iu,
  // No more said: "We are not able to comment further", "we will not be commenting further", "unable to comment on claim outcomes".
  /\b(?:not\s+able|unable|not\s+in\s+a\s+position|will\s+not\s+be\s+able)\s+to\s+(?:comment|discuss\s+(?:this|it)\s+further|respond\s+further)\b/iu,
  /\b(?:will\s+not|won['’]t)\s+be\s+(?:commenting|responding)\s+further\b/iu,
];

// The door left open beside it, what the customer can still do: "You can still refer it to the ombudsman", "but you can
// reopen it any time", "If you have new evidence, please send it". Not "If you have any questions, let us know": no step
// of theirs is named (after a no, next-step-missing's advice warns that such an invitation asks them to argue again).
// One run of fixed words and single word classes: linear.
const OPEN_DOOR =
  /\b(?:you\s+(?:can|could|may|are\s+welcome\s+to|['’]re\s+welcome\s+to|are\s+free\s+to|['’]re\s+free\s+to)\s+(?:still\s+|always\s+|also\s+)?(?:appeal|reopen|re-open|refer|escalate|complain|request|apply|resubmit|submit|raise|take\s+(?:it|this)|contact|ask\s+for|come\s+back)|if\s+you\s+(?:have|find|get)\s+(?:any\s+)?(?:new|further|more|additional|other)\s+(?:evidence|information|details|documents|proof|photos)|if\s+you\s+(?:disagree|remain\s+(?:unhappy|dissatisfied)|are\s+(?:still\s+)?(?:unhappy|dissatisfied|not\s+(?:happy|satisfied))))\b/iu;

// Rules whose advice already leaves the door open or hands the case over with who and when.
const SAYS_IT_ALREADY = new Set(['ticket-closed', 'ticket-auto-close', 'turned-away', 'channel-refused']);

/** The first closing words in start..end of the text, as offsets into the text, unless `sentence` leaves the door open; else null. */
export const closedDoorIn: SentenceFinder = (text, start, end, sentence) => {
  if (OPEN_DOOR.test(sentence)) return null;
  const found = earliestMatch(CLOSED_DOOR, text.slice(start, end));
  return found ? matchedWords(found, start) : null;
};

/**
 * The card with the open-door advice after its own and `ruleId` as an interaction member on the closing words, when its
 * region shuts the conversation, the agent owns no step in the sentence or the next, neither leaves the door open
 * (`next`: "This decision is final. You can still refer it to the ombudsman.", review 53) and no member already
 * serves interaction or says it; else the card unchanged.
 */
export const withClosedDoorAdvice: NextSentenceTell = agentActsTellUnlessNext('interaction', SAYS_IT_ALREADY, closedDoorIn, (next) => OPEN_DOOR.test(next));
