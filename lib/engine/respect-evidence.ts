/**
 * Respect on another principle's card (issue #10, session 50). A sentence that orders the customer about ("Kindly fill in
 * the incident form at reception", "Kindly be patient", "Submit the POA via Seller Central", "Please note that we cannot
 * comment", "Please do not contact us via chat") is often caught by a rule of another principle (a "kindly", a "please
 * note", a channel refused, the learned check), whose card then says nothing of the order: the customer is told what to
 * do, with no ask and no reason. Like codes-evidence.ts and urgency-evidence.ts, no new card: a sentence's card whose
 * region opens with an order (compromise's imperative, the shape the learned check's `t:bareOrder` feature reads), with
 * no question, no reason, no offer and no respect member, carries the order rule's advice too, with that rule as a
 * merged respect member on the order's words. A duty laid on the customer by the rulebook ("…form must be completed and
 * returned", "Customers should allow a buffer") tells the duty rule's advice the same way (dutyIn).
 */
import { nlp } from '../nlp/nlp';
import { tellUnlessServed } from './card-evidence';
import type { Finding } from './types';

// Rules of another principle whose advice already asks instead of ordering ("Could you upload…?"): it would say it twice.
const SAYS_IT_ALREADY = new Set(['do-the-needful']);

// An order at the clause's start: "Kindly fill in…", "Please note…", "Submit the form…", "Please do not contact us…".
// compromise tags a bare verb after "please"/"kindly" #Infinitive, a sentence-initial one #Imperative too.
const ORDER = '^(just|simply|now|then)? (please|kindly|pls|plz) (do not|dont|never)? #Infinitive';
const BARE_ORDER = '^(just|simply|now|then)? (do not|dont|never)? #Imperative';

// Courtesies and offers said as imperatives, no orders: "Please let me know…", "Please find attached…", "Please accept my
// apologies", "Please feel free…", "Rest assured…", "Have a lovely day", "Please don't hesitate…", "Take care", "See below".
const COURTESY = /^(?:let|find|accept|feel|rest|have|enjoy|hesitate|take|keep|stay|see|thank|bear|get|pop|drop|give|do)$/iu;
// Where to reach us, said as an imperative ("Please call us on…", "Reply here with…"): an invitation, unless forbidden
// ("Please do not contact us via chat").
const REACH_US = /^(?:reach|call|contact|reply|write|email|message|ring|text|dm|visit)$/iu;
// "Please be assured…", "be in touch": reassurance, not an order.
const BE_ASSURED = /\bbe\s+(?:assured|in\s+touch)\b/iu;
// Said with its reason or the help it brings ("…so that we can check it", "…as the courier needs it", "…to help us"),
// or as an offer or a plan with the agent's own step ("…and I'll refund you", "if you'd like…"): a request, not an order.
const REASON_OR_OFFER =
  /\b(?:because|since|so\s+that|so\s+(?:we|i|our|the)|in\s+order\s+to|to\s+help|which\s+(?:lets|helps|means)|as\s+(?:we|i|the|this|that|it|our|they)\b|(?:and|then)\s+(?:i|we)(?:['’]ll|\s+will|\s+can|\s+shall)|if\s+you(?:['’]d|\s+would)?\s+(?:like|want|wish|prefer))\b/iu;
// A notice ("Please note", "Please be advised/informed/aware") of news about the customer's own thing ("…that your refund
// has been processed", "…your parcel was delivered at 2pm") tells them nothing to do: no order, unless the sentence puts
// a limit on it ("…your account will be closed if the balance is not paid", "…can only be changed once") (review 50).
const NOTICE_VERB = /^(?:note|be)$/iu;
const NEWS_OF_THEIRS = /^[\s,]*(?:(?:advised|informed|aware)\s+)?(?:that\s+)?your(?![\p{L}\p{N}'’])/iu;
const LIMIT = /(?<![\p{L}\p{N}'’])(?:not|no|never|cannot|only|must|unable|required|need\s+to|have\s+to|has\s+to)(?![\p{L}\p{N}'’])|n['’]t(?![\p{L}\p{N}'’])/iu;
// How much of the clause is tagged: enough for a lead adverb, "please", a negation and the verb.
const CLAUSE_HEAD = 80;
// "To stop further reminders, kindly clear…", "Then, please…": the order opens the clause after a short lead-in.
const LEAD_IN = /^(?:(?:to|for|before|after|meanwhile|then|also|so|now|in\s+the\s+meantime)\b[^,;:.!?]{0,60}[,;:]\s*)/iu;

/**
 * The order opening start..end of the text (a bare imperative, or one after "please"/"kindly"), as offsets into the text:
 * the words up to the end of the verb. None in a question (a "Could you…?" is asked), where the sentence gives a reason
 * or an offer, or where the verb is a courtesy ("let me know", "find attached", "feel free").
 */
export function orderIn(text: string, start: number, end: number, sentence: string): { start: number; end: number } | null {
  if (sentence.includes('?') || REASON_OR_OFFER.test(sentence)) return null;
  const region = text.slice(start, end);
  const lead = LEAD_IN.exec(region)?.[0].length ?? 0;
  // The order is the clause's first words: tag no more than those (a long region costs the tagger, not the reading).
  const clause = region.slice(lead, lead + CLAUSE_HEAD);
  if (!clause.trim()) return null;
  const doc = nlp(clause);
  const order = doc.match(ORDER);
  const found = order.found ? order : doc.match(BARE_ORDER);
  if (!found.found) return null;
  const verb = String(found.terms().last().text('normal')).toLowerCase();
  const forbids = found.has('(not|dont|never)');
  if (COURTESY.test(verb) || (REACH_US.test(verb) && !forbids) || BE_ASSURED.test(clause)) return null;
  // Offsets of the matched words in the clause: the match is at the clause's start, so its text's length ends it.
  const words = String(found.text());
  const at = clause.indexOf(words);
  if (at < 0) return null;
  if (NOTICE_VERB.test(verb) && NEWS_OF_THEIRS.test(clause.slice(at + words.length)) && !LIMIT.test(sentence)) return null;
  return { start: start + lead + at, end: start + lead + at + words.length };
}

/** A finder of respect evidence in start..end of the text, given the words of its sentence: orderIn, dutyIn. */
export type RespectFinder = (text: string, start: number, end: number, sentence: string) => { start: number; end: number } | null;

/**
 * The card with `member`'s advice after its own and its rule as a respect member on the words `find` returns in its
 * region of the sentence (an order: orderIn, with the order rule; a duty: dutyIn, with the duty rule), when no member
 * already serves respect; else the card unchanged. The underline widens to take the words in (rewordings carry the words
 * between unchanged).
 */
export function withRespectAdvice(
  card: Finding,
  text: string,
  region: { start: number; end: number } | undefined,
  sentence: { start: number; end: number } | undefined,
  find: RespectFinder,
  member: { ruleId: string; advice: string },
): Finding {
  if (!region || !sentence) return card;
  const said = text.slice(sentence.start, sentence.end);
  return tellUnlessServed(card, text, 'respect', SAYS_IT_ALREADY, () => find(text, region.start, region.end, said), member);
}

// A duty laid on the customer by the rulebook, with or without its deadline: "an Income and Expenditure form must be
// completed and returned", "Rides must be ended correctly", "All amendments must be done via Manage My Booking"; or the
// customer named as a class the rule binds: "Customers should allow a buffer", "Buyers are required to…".
const PASSIVE_DUTY = /\b(?:must|need\s+to|needs\s+to|has\s+to|have\s+to)\s+be\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|made|done|paid|sent|kept|left|set|put|shown|worn|brought|bought|held|read|told)\b/iu;
const CUSTOMERS_BOUND =
  /\b(?:customers|clients|guests|passengers|members|users|buyers|riders|tenants|residents|students|patients|drivers|owners|applicants|subscribers|renters|hirers|travellers|travelers)\s+(?:must|should|need\s+to|have\s+to|are\s+(?:required|expected|obliged|responsible)(?:\s+to|\s+for)?)\b/iu;
// The agent speaks or acts in the sentence ("…and I'll check yours"), the step is our own staff's ("by our engineer"), a
// thing described by what happens to it ("a password that has to be changed"), or what we owe them ("the refund must
// be paid"): no duty on the customer. The duty rule's own exemptions, read on the sentence.
const NOT_THEIR_DUTY =
  /\b(?:i|we|me|us|i['’](?:d|ll|m|ve)|we['’](?:d|ll|re|ve)|sorry|unfortunately|afraid|(?:that|which)\s+(?:must|has\s+to|have\s+to|needs?\s+to)\s+be|(?:refunds?|compensation|payout|credit)\s+(?:must|needs?\s+to|has\s+to|have\s+to)\s+be|(?:by|with)\s+(?:our|the)\s+(?:engineers?|technicians?|team|staff|manager|drivers?|department|warehouse))\b/iu;

// A duty taken away just before it ("Nothing needs to be done", "It does not need to be returned", "no longer has to be
// signed"): good news, no duty (review 50). Read on the few words before the duty.
const DUTY_LIFTED = /(?<![\p{L}\p{N}'’])(?:not|no|nothing|none|never|neither|nor)(?![\p{L}\p{N}'’])|n['’]t(?![\p{L}\p{N}'’])/iu;
const LIFTED_WITHIN = 30;

/** The duty laid on the customer in start..end of the text, as offsets into the text, unless `sentence` says it is not theirs or gives its reason. */
export function dutyIn(text: string, start: number, end: number, sentence: string): { start: number; end: number } | null {
  if (sentence.includes('?') || REASON_OR_OFFER.test(sentence) || NOT_THEIR_DUTY.test(sentence)) return null;
  const region = text.slice(start, end);
  const match = PASSIVE_DUTY.exec(region) ?? CUSTOMERS_BOUND.exec(region);
  if (!match || DUTY_LIFTED.test(region.slice(Math.max(0, match.index - LIFTED_WITHIN), match.index))) return null;
  return { start: start + match.index, end: start + match.index + match[0].length };
}
