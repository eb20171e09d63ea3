/**
 * Respect on another principle's card when the agent insists our side was right (issue #10, session 51). A sentence
 * that rules on the customer's complaint with the company's word ("the fee was applied correctly", "those charges are
 * valid", "the figures are considered accurate", "our records show the item was delivered", "the system shows no
 * fault") tells them they are wrong without looking again with them. It is often caught by a rule of another principle
 * (a faceless passive, a limit read out, the learned check), whose card then says nothing of the insisting. Like the
 * order, duty and paperwork tells (respect-evidence.ts, paperwork-evidence.ts), no new card: a sentence's card whose
 * region asserts our side's correctness, in a sentence with no question, no apology, no reason and no step of the
 * agent's own, against a customer who disputed it, carries `insisting-we-were-right`'s advice (share what you checked
 * as a fact looked up for them, then what you can do next), with that rule as a merged respect member on the words.
 */
import { earliestMatch, matchedWords } from './card-evidence';
import type { Finding } from './types';

// Our side said to be right: the charge, the figures, the work ("the fee was applied correctly", "those charges are
// valid", "which is considered accurate", "picks were performed correctly", "was processed normally").
const SAID_RIGHT =
  /\b(?:is|are|was|were|been|remains?|stands?)\s+(?:(?:considered|deemed|found|confirmed|shown)\s+(?:to\s+be\s+)?|(?:\w+ly\s+)?)?(?:correct|valid|accurate|legitimate|in\s+order|justified|(?:applied|performed|processed|charged|calculated|billed|carried\s+out|done|completed|handled|fitted|installed)\s+(?:correctly|accurately|properly|normally|as\s+(?:expected|normal|standard|designed|intended)))(?![\w'’])/iu;
// The records or the system cited as the word against theirs: "our records show…", "per our system the bike…",
// "according to the system the parcel…", "the GPS shows…", "the system shows no fault".
const RECORDS_SAY =
  /\b(?:(?:our|the|my)\s+(?:\w+\s+)?(?:records?|system|systems|logs?|tracking|data|gps|notes|files)\s+(?:clearly\s+)?(?:show|shows|showed|indicate|indicates|indicated|confirm|confirms|confirmed|state|states)|(?:per|according\s+to|as\s+per)\s+(?:our|the)\s+(?:records?|system|systems|logs?|tracking|data))(?![\w'’])/iu;
// Our people or our things said to have done it right: "our instructors followed the correct procedure", "this is
// working as designed", "the technician has confirmed the unit was in perfect working condition".
const DONE_RIGHT =
  /\b(?:follow(?:s|ed)?\s+(?:the|our)\s+(?:correct|proper|standard|right|usual)\s+(?:\w+\s+)?(?:procedure|process|policy|protocol)|(?:working|functioning|operating)\s+as\s+(?:designed|intended|expected)|in\s+(?:perfect|full|good)\s+working\s+(?:order|condition))(?![\w'’])/iu;
const ASSERTIONS: readonly RegExp[] = [SAID_RIGHT, RECORDS_SAY, DONE_RIGHT];

// Asked, apologised for, explained or answered with the agent's own step ("I've checked the reading with the engineer:
// it matches the photo you sent, so… but I'm happy to…"), or a fault owned: no insisting.
const ASKS_OR_OWNS =
  /\?|\b(?:sorry|apologi[sz]e|apologies|mistake|our\s+fault|my\s+fault|our\s+error|because|since|so\s+that|happy\s+to|glad\s+to|(?:i|we)(?:['’](?:ll|ve|d)|\s+(?:will|can|could|have|would|am|are))\s+(?!not\b|never\b)\w+|if\s+you(?:['’]d|\s+would)?\s+(?:like|want|wish|prefer))\b/iu;
// Good news of theirs ("your refund was processed correctly", "your new card is valid from Monday") or a verdict for them
// ("your claim is valid", "you are correct"): no word against theirs.
const GOOD_NEWS =
  /\b(?:your\s+(?:\w+\s+)?(?:refunds?|credit|compensation|claim|complaint|card|voucher|ticket|pass|discount|replacement|reimbursement|appeal)|you\s+(?:are|were)\s+(?:\w+ly\s+)?(?:correct|right))\b/iu;
// The customer disputed it: a not, a never, a wrong or an overcharge, in a calm message too. A calm message without
// one only asks or thanks, and the sentence answers it rather than ruling on it.
const DISPUTES =
  /(?<![\p{L}\p{N}'’])(?:not|never|no|wrong|incorrect|mistake|error|overcharged|dispute|disputing|unfair|ridiculous|nonsense|false|lie|lies|lying|impossible)(?![\p{L}\p{N}'’])|n['’]t(?![\p{L}\p{N}'’])/iu;

/**
 * Whether the customer's message disputes what the agent may insist on: upset (`calm` false: the mood reader found
 * frustration or anger), or calm but saying it is not so; with no message, it may be (the sentence alone insists).
 */
export function customerDisputes(customerMessage: string | undefined, calm: boolean): boolean {
  if (!customerMessage?.trim()) return true;
  return !calm || DISPUTES.test(customerMessage);
}

/**
 * The first words in start..end of the text that assert our side was right, as offsets into the text; none where
 * `sentence` (the words of the sentence that holds them) asks, apologises, explains or gives the agent's own step, or
 * is good news of theirs, or where the customer disputed nothing (`disputed`: customerDisputes).
 */
export function insistingIn(
  text: string,
  start: number,
  end: number,
  sentence: string,
  disputed: boolean,
): { start: number; end: number } | null {
  if (!disputed || ASKS_OR_OWNS.test(sentence) || GOOD_NEWS.test(sentence)) return null;
  const region = text.slice(start, end);
  const found = earliestMatch(ASSERTIONS, region);
  return found ? matchedWords(found, start) : null;
}

/**
 * Rules whose whole meaning is that our work or our goods were sound ("Our guides are all fully trained", "All our food
 * is cooked to order and checked before it leaves", "the installation was tested and signed off"), or that our decision
 * is closed ("the June charge stands", "are not open to discussion"): said to a customer who disputed it, each is our
 * side insisting it was right (session 53, famr53: respect misses in several half-A files that only these ownership and
 * positivity cards caught; kept on half B and blind totals).
 */
const INSISTS_BY_ITS_RULE: ReadonlySet<string> = new Set(['our-work-was-sound', 'fine-when-it-left-us', 'final-say']);

/**
 * The words of the card's member whose rule insists by its meaning (INSISTS_BY_ITS_RULE), as offsets into the text, on
 * the same terms as insistingIn: none where `sentence` asks, apologises, explains or gives the agent's own step, is good
 * news of theirs, or where the customer disputed nothing.
 */
export function insistingByRuleIn(card: Finding, sentence: string, disputed: boolean): { start: number; end: number } | null {
  if (!disputed || ASKS_OR_OWNS.test(sentence) || GOOD_NEWS.test(sentence)) return null;
  const members = card.merged ?? [card];
  const insists = members.find((m) => INSISTS_BY_ITS_RULE.has(m.ruleId));
  return insists ? { start: insists.start, end: insists.end } : null;
}
