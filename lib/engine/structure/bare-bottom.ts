/**
 * Session 51 (issue 15): bare lines under the agent's last line in person, the mirror of bare-top.ts at the bottom of a
 * reply. What a chat or social app, a helpdesk or the customer leaves under the agent's text is typed as no agent types
 * their own words: "Chat ended · 14:02", "Rated ★★☆☆☆", "Translated automatically", "Conversation rated by the
 * customer", a survey's line, the customer's "ok thanks" pasted after. Such a line has no sentence's end (nor one inside), no "I",
 * "we" or "you", no lead-in or question, and is no closing move of the agent's ("Have a great day", "Cheers", "Thanks
 * again"), no name or initials signed ("Sam", "-AM"), no order to the reader ("Tap Settings to check"), no link, handle,
 * hashtag or emoji alone and no postscript; the agent's last line of their own stands above it and speaks in person.
 *
 * Read after the sign-off and signature have taken their lines, so only what the pass still reads as the agent's body at
 * the very end is read here; lines already read as someone else's below (a footer, a quote) are passed over, and the
 * agent's sign-off or signature under a line keeps it theirs. A bare line alone is as often the agent's terse note
 * ("Parcel booked⏎Tracking number to follow by text"), so the line must also show an app's hand: fields set apart by "·",
 * "•" or "|", stars, or a word naming the chat, its people or its machinery from outside ("conversation", "customer",
 * "translated", "automatic", "sent by"); and two words at least ("Resolved" alone may be the agent's). A status word
 * ("closed", "solved", "resolved") is no such hand: agents type "Status: closed" themselves, and the status-resolved rule
 * coaches exactly that line (dropping them changed no layout total, half B or blind).
 *
 * Measured (session 51, totals; `scripts/layout-misread-kinds.ts`, `layout-batch-figures.ts`, `score-habits-total.ts`):
 * the 26 blind layout batches' replies with a line not the agent's read as body 106 → 101 (misread replies 146 → 141,
 * findings inside not-agent text 58 in 42 → 58 in 42 in channel, 117 in 75 → 116 in 74 as e-mail); half A 17 and half B 4
 * unchanged; no agent line newly read as skipped on half A, half B, the blind layouts, the tune replies or the blind
 * replies; reply recall, warm hints and the 583 social replies' findings unchanged. Without the app's-hand test (any
 * bare line): blind 106 → 98 but agent lines newly read as footer in half B (5 replies), the blind layouts (5), tune-B
 * (2) and the blind replies (4); with digits, brackets or "#" as the hand: 106 → 101 and 2 / 1 / 2 agent lines lost.
 */
import { tagSentence } from '../../nlp/nlp';
import { PERSONAL } from './app-lines';
import type { LineKind } from './line-roles';
import type { Line } from './lines';
import { isGreetingWord, isPostscript } from './patterns';

/** The most bare lines read under the agent's last line. */
const MAX_LINES_BELOW = 3;
/** How many lines from the end are walked (blank and skipped ones included): the cue stays bounded on a long tail. */
const MAX_LINES_WALKED = 12;
/** The longest line read. */
const MAX_LINE_CHARS = 300;
/** The most clauses of a line read for an order. */
const MAX_CLAUSES = 4;

/** How a line the agent types ends: a sentence's end, a lead-in, an address, a question. */
const TYPED_END = /[:,.!…?;—–-]["'”’)*_]*$/u;
/** A sentence's end inside the line ("Done. Anything else 🙂"). */
const INNER_SENTENCE_END = /[.!?…]["'”’)]*\s/u;
/** How an agent closes a chat line: thanks, a wish, a goodbye, "no worries", "anytime", "happy to help". */
const CLOSING_MOVE =
  /^(?:thanks|thank|thx|ty|tysm|cheers|ta|many thanks|much appreciated|have an? |enjoy|take care|good luck|best|all the best|kind regards|regards|warmly|bye|goodbye|talk soon|speak soon|see you|catch you|happy|merry|stay|hope|welcome|no worries|no problem|np|anytime|any time|glad|sure|of course|ok|okay|cool|great|perfect|awesome|lovely|brilliant|wishing|sending|with love|love|hugs|xo|x+)(?![\p{L}\p{N}'’])/iu;
/** A name or two, initials or a tag signed at the end: "Sam", "Tom B", "-AM", "^JR", "~ Priya". */
const SIGNED = /^(?:[-–—~^*/] ?\S.{0,30}|\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20})?)$/u;
/** A link, an address, a phone number, a handle, hashtags or emoji alone: what the agent's sentence above points to. */
const POINTED_TO = /^(?:(?:https?:\/\/|www\.)\S+|[^\s@]{1,64}@[^\s@.]{1,63}(?:\.[^\s@.]{1,63}){1,4}|[+(\d][\d ()./-]{5,24}\d|(?:[@#][\p{L}\p{N}_.]{1,40} ?){1,6}|[\p{Extended_Pictographic}\ufe0f\u200d\s]{1,12})$/u;
/** An order to the reader opening the line ("Tap Settings to check", "Just restart the app"). */
const OPENS_ON_ORDER = ['^(please|kindly|just|simply)? #Imperative', '^(please|kindly|just|simply)? #Infinitive (#Particle|#Determiner|#Pronoun|#Adverb|please)'];

/** What only a machine sets on a line: a dot or bar between fields, stars. */
const MACHINE_MARK = /[·•|★☆⭐]/u;
/**
 * The chat, the ticket or its people named from outside, as an app, a helpdesk or a survey words its line ("Conversation
 * rated", "Customer left the chat", "Translated automatically", "Powered by …"); the agent's own terse note names the
 * thing done ("Parcel booked", "Tracking number to follow by text").
 */
export const SYSTEM_WORD =
  /(?<![\p{L}\p{N}'’])(?:customer|client|visitor|user|agent|operator|chat|conversation|message|messages|reply|survey|feedback|rating|rated|rate|translated|translation|automatic|automatically|automated|bot|assistant|system|powered|ended|transferred|assigned|joined|left|seen|delivered|typing|unsubscribe|notifications?)(?![\p{L}\p{N}'’])/iu;

/** A word of four letters or more: what a line names. */
const CONTENT_WORD = /[\p{L}][\p{L}'’-]{3,}/gu;
/** The most words of a line compared. */
const MAX_WORDS_COMPARED = 40;

/**
 * Session 53 (known limit of sessions 51 and 52): fields set apart by a dot or a bar, with no word of the chat's machinery,
 * that name something the agent's line above names are the agent's details of their own step ("I've booked your
 * delivery.⏎Delivery Friday · 9–11am"); an app's "Chat ended · 14:02" names nothing the agent wrote.
 */
function detailsOf(fields: string, agentLine: string): boolean {
  if (!MACHINE_MARK.test(fields) || SYSTEM_WORD.test(fields)) return false;
  const named = new Set((agentLine.match(CONTENT_WORD) ?? []).slice(0, MAX_WORDS_COMPARED).map((w) => w.toLowerCase()));
  return (fields.match(CONTENT_WORD) ?? []).slice(0, MAX_WORDS_COMPARED).some((w) => named.has(w.toLowerCase()));
}

/** A line typed as no agent types their own last line. */
function isBareTail(line: Line): boolean {
  const head = line.head;
  if (line.contentEnd - line.contentStart > MAX_LINE_CHARS) return false;
  if (TYPED_END.test(line.tail) || INNER_SENTENCE_END.test(head) || PERSONAL.test(head)) return false;
  if (CLOSING_MOVE.test(head) || isGreetingWord(head) || SIGNED.test(head) || POINTED_TO.test(head) || isPostscript(head)) return false;
  // One word alone ("Resolved", "Ticket-closed") is as likely the agent's terse note as a status the app shows.
  if (!/\S\s+\S/u.test(head) || (!MACHINE_MARK.test(head) && !SYSTEM_WORD.test(head))) return false;
  // An order opening the line or a clause of it: "Any other questions, just reply to this message" is the agent's offer.
  return !head
    .split(/[,;–—]/u)
    .slice(0, MAX_CLAUSES)
    .some((clause) => {
      const doc = tagSentence(clause.trim());
      return OPENS_ON_ORDER.some((pattern) => doc.has(pattern));
    });
}

/** Marks up to three bare lines at the very end, under the agent's last line in person, as the app's (footer). */
export function markBareBottomUnderPerson(lines: readonly Line[], kinds: LineKind[]): void {
  const below: number[] = [];
  const from = Math.max(0, lines.length - MAX_LINES_WALKED);
  for (let i = lines.length - 1; i >= from; i--) {
    const line = lines[i]!;
    if (line.blank) continue;
    if (kinds[i] !== 'agent') {
      // Lines already read as someone else's under the bare ones (a footer, a quote) are passed over; one between them
      // and the agent's text ends the run (it is read as it was). The agent's sign-off or signature ends their text: what
      // stands over it is theirs ("I checked your claim.⏎Status: Awaiting approval⏎⏎Best,⏎Ann").
      if (below.length > 0 || kinds[i] === 'sign-off' || kinds[i] === 'signature') return;
      continue;
    }
    if (below.length > 0 && PERSONAL.test(line.head) && !/:["'”’)*_]*$/u.test(line.tail)) {
      // The agent's last line of their own speaks in person and does not introduce what is under it ("…here:").
      // Fields that name what that line names are its details ("I've booked your delivery.⏎Delivery Friday · 9–11am").
      if (below.some((k) => detailsOf(lines[k]!.head, line.head))) return;
      for (const k of below) kinds[k] = 'footer';
      return;
    }
    if (below.length >= MAX_LINES_BELOW || !isBareTail(line)) return;
    below.push(i);
  }
}
