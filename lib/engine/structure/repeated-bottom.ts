/**
 * Session 51 (issue 15): the customer's message pasted under the agent's text, the mirror of repeated-top.ts at the
 * bottom of a reply. A helpdesk or a chat app can copy the customer's last message under the reply (the agent's answer
 * above, their words below, whole or a sentence of them, behind a handle or in quotes), with or without a heading over it
 * ("Customer · 10:42"). The evidence is the repeat, as at the top: a line near the end whose words stand in the message
 * word for word, from one of its sentence or clause starts to one of its ends, is theirs, with the short headings right
 * over it. The agent's own restating changes a word or starts mid-clause, and a pleasantry both sides write ("Thank you
 * so much for your help") is no evidence; the agent must keep a line of their own above that repeats nothing. Read last,
 * once every other part is read: only lines still read as the agent's body are marked, and skipped lines are passed over.
 *
 * Measured (session 51, totals, after bare-bottom.ts; `scripts/layout-misread-kinds.ts`, `layout-batch-figures.ts`,
 * `score-habits-total.ts`): half B replies with a line not the agent's read as body 4 → 3 (findings inside not-agent text
 * 2 in 2 → 1 in 1, cold replies with equal warmth 406 → 407 of 408); the 26 blind layout batches 101 → 99 (misread
 * replies 141 → 139, structural must-flags 571 → 572 of 715); half A unchanged; no agent line newly read as skipped on
 * half A, half B, the blind layouts, the tune replies or the blind replies.
 */
import type { LineKind } from './line-roles';
import type { Line } from './lines';
import { isGreetingWord } from './patterns';
import { headsMessage, onlyCourtesy, repeatedWords, wordsWithBoundaries } from './repeated-top';

/** How much of the customer's message is compared (bounded work on a long message). */
const MAX_MESSAGE_CHARS = 20_000;
/** The most non-blank lines read from the end: a message and its headings, not a letter. */
const MAX_BOTTOM_LINES = 8;
/** The fewest words the repeated lines hold together, unless they are the whole message. */
const MIN_REPEATED_WORDS = 4;
/** The fewest words of a whole message that a repeat of all of it needs. */
const MIN_WHOLE_MESSAGE_WORDS = 3;
/** The longest line compared. */
const MAX_LINE_CHARS = 600;
/** The most heading lines read right over the repeated lines ("Customer · 10:42", "jordan.lee"). */
const MAX_HEADINGS = 2;

/** Marks the lines near the end that repeat the customer's message (and the headings right over them) as quoted. */
export function markRepeatedBottom(text: string, lines: readonly Line[], kinds: LineKind[], customerMessage: string): void {
  const message = wordsWithBoundaries(customerMessage.slice(0, MAX_MESSAGE_CHARS));
  if (message.length === 0) return;
  const contentOf = (line: Line) => (line.contentEnd - line.contentStart <= MAX_LINE_CHARS ? text.slice(line.contentStart, line.contentEnd) : '');
  let top = -1;
  let bottom = -1;
  let repeated = 0;
  let seen = 0;
  for (let i = lines.length - 1; i >= 0 && seen < MAX_BOTTOM_LINES; i--) {
    const line = lines[i]!;
    if (line.blank) continue;
    seen++;
    if (kinds[i] !== 'agent') continue;
    const content = contentOf(line);
    const n = content && !onlyCourtesy(content) ? repeatedWords(content, message) : 0;
    if (n > 0) {
      top = i;
      if (bottom < 0) bottom = i;
      repeated += n;
    } else if (bottom >= 0 || isGreetingWord(line.head) || !headsMessage(line.head)) break;
  }
  if (top < 0 || (repeated < MIN_REPEATED_WORDS && !(repeated === message.length && repeated >= MIN_WHOLE_MESSAGE_WORDS))) return;
  // Only a run of repeats: the first line above it that neither repeats nor heads ended the walk. The headings right over it
  // are the message's.
  let first = top;
  for (let k = top - 1, n = 0; k >= 0 && n < MAX_HEADINGS; k--, n++) {
    if (lines[k]!.blank || kinds[k] !== 'agent' || isGreetingWord(lines[k]!.head) || !headsMessage(lines[k]!.head)) break;
    first = k;
  }
  // The agent keeps a line of their own above that repeats nothing (the page may show the agent's own draft as the message).
  const above: number[] = [];
  for (let k = first - 1; k >= 0 && above.length < MAX_BOTTOM_LINES; k--) if (!lines[k]!.blank && kinds[k] === 'agent') above.push(k);
  const ownAbove = above.some((k) => {
    const content = contentOf(lines[k]!);
    return content === '' || repeatedWords(content, message, true) === 0;
  });
  if (!ownAbove) return;
  for (let k = first; k <= bottom; k++) if (!lines[k]!.blank && kinds[k] === 'agent') kinds[k] = 'quote';
}
