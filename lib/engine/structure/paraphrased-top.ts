/**
 * Session 49 (issue 15): the customer's message over the agent's first line in other words than their own — a tool's
 * preview re-worded, their message as a helpdesk's summary, an earlier message of theirs on the same matter — where
 * markRepeatedTop needs it word for word ("Payment failed for order 7730" over the answer to "My payment keeps failing,
 * order 7730"). The evidence is overlap with the message, not its wording: most of the top line's content words (three
 * or more) stand in the message. The agent's own restating is kept by its voice: it speaks to the customer or for the
 * company ("Your order 55812 still says processing", "we"), or asks back ("Changing the delivery date to Friday?"); and
 * a paste is answered, so the agent must speak in person somewhere below it ("I", "we", "you", or a greeting), which a
 * tool's closing notice under the agent's one line does not.
 *
 * Measured (session 49, `scripts/layout-misread-kinds.ts`): half A replies with a line not the agent's read as body
 * 21 → 20, half B 4 → 4, the blind layout batches 111 → 109 (misread replies 144 → 142); no agent line newly read as
 * skipped on any of them. Without the question guard the blind batches went to 108 but half A lost "Changing the delivery
 * date to Friday?"; with a full stop also read as the agent's (a finished sentence), blind 110.
 */
import type { LineKind } from './line-roles';
import type { Line } from './lines';
import { PERSONAL } from './app-lines';
import { isGreetingWord } from './patterns';

/** How much of the customer's message is read. */
const MAX_MESSAGE_CHARS = 20_000;
/** The most top lines read before the agent's text. */
const MAX_TOP_LINES = 3;
/** The longest line compared. */
const MAX_LINE_CHARS = 300;
/** The fewest content words the line and the message share, and the share of the line's content words that must. */
const MIN_SHARED = 3;
const MIN_SHARE = 0.6;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** Words every sentence has: they say nothing about whose words a line is. */
const FUNCTION_WORDS = new Set(
  ('a an the and or but so if of to in on at by for with from about as is are was were be been being am do does did ' +
    'have has had it its it\'s this that these those there here i i\'m i\'ve me my you your we our us he she they them ' +
    'his her their not no yes can could will would should may might must just still also too very up out what when ' +
    'why how who which hi hello hey thanks thank please sorry ok okay').split(' '),
);
/** Speaks to the customer or for the company: the agent's restating. */
const ADDRESS = /(?<![\p{L}\p{N}'’])(?:you|you['’](?:re|ve|ll|d)|your|yours|we|we['’](?:re|ve|ll|d)|us|our)(?![\p{L}\p{N}'’])/iu;

const contentWords = (text: string) =>
  [...text.matchAll(WORD)].map((m) => m[0].toLowerCase().replace(/’/g, "'")).filter((w) => !FUNCTION_WORDS.has(w));

/** Does the line hold the message in other words: most of its content words (MIN_SHARED or more) are the message's? */
function paraphrasesMessage(line: string, messageWords: ReadonlySet<string>): boolean {
  // A question asked back is the agent's own restating ("Changing the delivery date to Friday?"). A full stop is not read
  // as theirs: it was measured (blind layouts 109 -> 110, the header above), so "Address changed to Leeds for order 7730."
  // over "All done, I've updated it." is still read as the message's.
  if (line.length > MAX_LINE_CHARS || ADDRESS.test(line) || isGreetingWord(line) || /[?]["'”’)]*$/u.test(line)) return false;
  const own = contentWords(line);
  if (own.length < MIN_SHARED) return false;
  const shared = own.filter((w) => messageWords.has(w)).length;
  return shared >= MIN_SHARED && shared / own.length >= MIN_SHARE;
}

/** Marks the top lines that hold the customer's message in other words as quoted, while the agent keeps a line below. */
export function markParaphrasedTop(text: string, lines: readonly Line[], kinds: LineKind[], customerMessage: string): void {
  const messageWords = new Set(contentWords(customerMessage.slice(0, MAX_MESSAGE_CHARS)));
  if (messageWords.size === 0) return;
  const marked: number[] = [];
  let seen = 0;
  let i = 0;
  for (; i < lines.length && seen < MAX_TOP_LINES; i++) {
    if (lines[i]!.blank) continue;
    seen++;
    if (kinds[i] !== 'agent') continue;
    if (!paraphrasesMessage(text.slice(lines[i]!.contentStart, lines[i]!.contentEnd), messageWords)) break;
    marked.push(i);
  }
  if (marked.length === 0) return;
  const last = marked[marked.length - 1]!;
  // The agent speaks in person below it (to the customer, as "I" or "we", or greets): a tool's closing line is no reply.
  const ownBelow = lines.some((line, k) => k > last && !line.blank && kinds[k] === 'agent' && (PERSONAL.test(line.head) || isGreetingWord(line.head)));
  if (!ownBelow) return;
  for (const k of marked) kinds[k] = 'quote';
}
