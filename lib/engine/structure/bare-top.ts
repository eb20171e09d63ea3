/**
 * Session 50 (issue 15): a bare line glued over the agent's first line in person. In a chat or social reply the commonest
 * line the agent did not write is at the very top, with no blank line under it: the post replied to, the customer's
 * earlier message, a bot's or tool's line ("worst app update ever", "Order 7730 delivered to locker", "Chat transferred
 * from Sales"). Session 49's opener-below.ts reads such lines when the agent's text opens on a greeting, thanks or
 * apology; here the agent's first line opens on anything but speaks in person ("I've checked…", "We can swap it…",
 * "Your refund left…"), and the line over it is typed as no agent types their own words: no sentence's end (nor an inner
 * one), no "I", "we" or "you", no lead-in, address or question ("…:", "…,", "Amir —", "Changing it to Friday?"), no
 * opening move, no self-introduction, and no name alone on its line ("Amir" over "I've checked…" speaks to the customer).
 *
 * Only glued lines: with one blank line allowed under them, the blind layout batches gained 4 more lines but a tune reply
 * lost its agent's first line (tune-B replies, agent lines read as quoted 1 → 2 replies), so the blank line stops it.
 * A line going on about someone ("He has…") under a bare line naming them keeps both the agent's (families-eleventh-look).
 *
 * Measured (session 50, totals; `scripts/layout-misread-kinds.ts`, `layout-batch-figures.ts`): the 25 blind layout
 * batches' replies with a line not the agent's read as body 117 → 103 (misread replies 152 → 138, findings inside
 * not-agent text 61 in 45 → 55 in 39 in channel, 143 in 95 → 118 in 77 as e-mail); half A 17 → 17, half B 4 → 4; no
 * agent line newly read as skipped on half A, half B, the blind layouts, the tune-B replies or the blind replies; reply
 * recall, warm hints and the 583 social replies' findings unchanged.
 */
import { PERSONAL } from './app-lines';
import type { LineKind } from './line-roles';
import type { Line } from './lines';
import { isGreetingWord } from './patterns';
import { isOpeningMove, SELF_INTRO } from './opener-below';

/** The most bare lines read over the agent's first line. */
const MAX_LINES_ABOVE = 2;
/** The longest line read (the cue stays bounded on a pasted wall of text). */
const MAX_LINE_CHARS = 300;

/** A name alone on its line ("Amir", "Ms Okafor"): the agent speaking to the customer over their first line. */
const BARE_NAME = /^\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20})?$/u;
/** A line that goes on about someone the line above named: "He has your order details." */
const CONTINUES_ABOUT_SOMEONE = /^(?:he|she|they)(?:['’](?:s|ll|d|re|ve))?(?![\p{L}\p{N}'’])/iu;
/**
 * The agent's line opening on "also" ("I've also added a credit", "We also refunded…", "Also, …"): it goes on from a step
 * of their own, so the terse line over it ("Refund sent", "Order #123 shipped today") is their report of it (review 50).
 * Only at the line's start: "I'm sorry it's playing up, and I've also passed it on" answers a post above.
 */
const GOES_ON_FROM_ABOVE = /^(?:also|(?:i|we)(?:['’](?:ve|ll|d))?(?: (?:have|had|will|can|would))? also)(?![\p{L}\p{N}'’])/iu;
/**
 * The agent's report of a step they finished, marked done with a thumbs-up or a tick ("Refund done 👍", "Address
 * updated ✅", "All sorted 👌"): a customer's complaint over the reply is not marked done (session 53, review 50's known
 * limit: "Refund done 👍⏎You should see it in 3–5 days" was read as quoted). A step's word must stand before the mark, so
 * an app's "Ria reacted 👍" is no such report.
 */
const DONE_REPORT =
  /(?<![\p{L}\p{N}'’])(?:done|sent|sorted|fixed|booked|processed|refunded|cancell?ed|updated|added|issued|shipped|resolved|approved|applied|changed|moved|credited|reset|unlocked|confirmed|arranged|rebooked|replaced)[.!]?\s?(?:👍|✅|✔️?|☑️?|👌)(?:\p{Emoji_Modifier})?\ufe0f?$/u;
/** How a line the agent types ends: a sentence's end, a lead-in, an address ("Amir —", "Hi Léa,"), a question. */
const TYPED_END = /[:,.!…?;—–-]["'”’)*_]*$/u;
/** A sentence's end inside the line ("That's frustrating. 🧵 1/2"): the agent's prose with a thread counter after it. */
const INNER_SENTENCE_END = /[.!?…]["'”’)]*\s/u;

/** A line typed as no agent types their own: no sentence's end, nothing in person, no lead-in, opening or introduction. */
export const isBareImpersonal = (line: Line): boolean =>
  line.contentEnd - line.contentStart <= MAX_LINE_CHARS &&
  !TYPED_END.test(line.tail) &&
  !INNER_SENTENCE_END.test(line.head) &&
  !PERSONAL.test(line.head) &&
  !isOpeningMove(line.head) &&
  !SELF_INTRO.test(line.head);

/**
 * Whether the agent's line in person goes on from the bare line right over it, which is then theirs too: a name alone over
 * it speaks to the customer ("Amir"), a line about the person the bare line names ("Call Tom 10:40⏎He has your order
 * details.") is the agent's note, a line going on with "also" follows the agent's own report ("Refund sent⏎I've also…"),
 * and a report marked done ("Refund done 👍") is the agent's whatever follows it.
 */
export const continuesFromBareLine = (bareHead: string, lineHead: string): boolean =>
  BARE_NAME.test(bareHead) || DONE_REPORT.test(bareHead) || CONTINUES_ABOUT_SOMEONE.test(lineHead) || GOES_ON_FROM_ABOVE.test(lineHead);

/**
 * Marks one or two bare lines at the top, glued over the agent's first line in person, as quoted. Lines the pass already
 * read as someone else's at the very top (a heading, a stamp) are passed over; a blank line under the bare lines stops.
 */
export function markBareTopOverPerson(lines: readonly Line[], kinds: LineKind[]): void {
  const above: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) {
      if (above.length > 0) return;
      continue;
    }
    if (kinds[i] !== 'agent') {
      if (above.length > 0) return;
      continue;
    }
    if (above.length > 0 && PERSONAL.test(line.head) && !isGreetingWord(line.head)) {
      // The line goes on from the bare line over it, which is then the agent's too (continuesFromBareLine says how).
      if (continuesFromBareLine(lines[above[above.length - 1]!]!.head, line.head)) return;
      for (const k of above) kinds[k] = 'quote';
      return;
    }
    if (above.length >= MAX_LINES_ABOVE || !isBareImpersonal(line)) return;
    above.push(i);
  }
}
