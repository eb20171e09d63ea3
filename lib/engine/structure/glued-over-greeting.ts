/**
 * Session 50 (issue 15): lines glued over the agent's greeting at the top of a chat. A reply opens at its greeting, so
 * what stands over it at the very top of the draft, with no blank line between, is what a chat or social app put there
 * first: the customer's last messages, a post, a bot's or tool's lines ("my order still hasn't come⏎it's been 2
 * weeks!!⏎Hi Sam, I'm sorry…"). markAboveGreeting reads such lines only when a blank line parts them from the greeting
 * (a letter's heading, a banner), and opener-below.ts only one or two unpunctuated ones; here the greeting alone is the
 * evidence, up to four lines over it, whatever their punctuation. The agent's own lines over their greeting are kept by
 * their voice: a self-introduction ("Sam here"), "I" or "you" without "my" and not asking ("I have looked into it", "See
 * you Tuesday 10:30"; the customer's "can I get an update?" is read), the company's "we", "our", "us"; and a greeting
 * that speaks of "my" things is the customer's own ("Hi, my parcel…"), not the agent's opening.
 *
 * Measured (session 50, totals; `scripts/layout-misread-kinds.ts`, `layout-batch-figures.ts`, after bare-top.ts): the
 * 25 blind layout batches' replies with a line not the agent's read as body 103 → 90 (misread replies 138 → 125,
 * findings inside not-agent text 55 in 39 → 52 in 36 in channel, 118 in 77 → 101 in 63 as e-mail, cold replies with
 * equal warmth 358 → 360 of 386; without the "you" guard 89 and 124, but families-eleventh-look's agent lines over
 * "Hi again!" were read as quoted); half A, half B and the tune replies unchanged (no such line there is misread); no
 * agent line newly read as skipped anywhere; reply recall, warm hints and social findings unchanged. Three lines over the
 * greeting at most: 93; six: 88.
 */
import type { LineKind } from './line-roles';
import type { Line } from './lines';
import { isGreetingWord } from './patterns';
// The company's voice ("we", "our", "us") and the customer's ("my"), as the opening cue reads them.
import { COMPANY, MY } from './opener-below';

/** The most lines (already read or not) over the greeting. */
const MAX_LINES_ABOVE = 4;
/** The longest line read. */
const MAX_LINE_CHARS = 400;

/**
 * The agent naming themselves: "Sam here", "This is Sam from Acme", "It's Priya" — a name after "it's", so the customer's
 * "it's been 2 weeks!!" is no introduction.
 */
const SELF_INTRO = /^(?:[Tt]his is|[Ii]t['’]s|[Mm]y name is) \p{Lu}|^\S{1,30} here(?![\p{L}\p{N}])/u;
/** "I", "I'm", "I've": the agent speaking, unless the line also says "my" (the customer's "I've waited, my order…"). */
const SPEAKS_AS_I = /(?<![\p{L}\p{N}'’])(?:I|I['’](?:m|ve|ll|d))(?![\p{L}\p{N}'’])/u;

/** "you", "your": the agent speaking to the customer ("See you Tuesday 10:30"), unless it asks ("can you help?"). */
const TO_YOU = /(?<![\p{L}\p{N}'’])(?:you|you['’](?:re|ve|ll|d)|your|yours)(?![\p{L}\p{N}'’])/iu;

/**
 * The agent's own opening typed over the greeting (review 50): an apology for the wait, thanks for waiting, good news
 * ("Sorry for the wait!⏎Hi Sam,", "Thanks so much for waiting!", "Good news!"). Read as quoted, the agent's apology
 * would vanish and the acknowledgement check would ask for one the agent wrote.
 */
const OWN_OPENING =
  /^(?:(?:so |really |very )?sorry|(?:my )?apologies)\b[^.!?]{0,30}\b(?:wait|waiting|delay|delayed|hold)\b|^(?:thanks|thank you)(?: so much| very much)? for (?:waiting|your patience|holding|bearing with)\b|^(?:good|great) news\b/iu;

/** Could the line be the agent's own, typed over their greeting? */
const agentsOwnLine = (head: string) =>
  SELF_INTRO.test(head) ||
  COMPANY.test(head) ||
  OWN_OPENING.test(head) ||
  ((SPEAKS_AS_I.test(head) || TO_YOU.test(head)) && !MY.test(head) && !/\?["'”’)]*$/u.test(head));

/** Marks the lines glued over the agent's greeting at the top of the draft as quoted. */
export function markGluedOverGreeting(lines: readonly Line[], kinds: LineKind[]): void {
  const above: number[] = [];
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) {
      // The greeting must stand glued under the lines: a blank line is a letter's heading's (markAboveGreeting).
      if (seen > 0) return;
      continue;
    }
    seen++;
    // Lines the pass already read as someone else's (a heading, a stamp) count toward the bound and are passed over.
    if (kinds[i] !== 'agent') {
      if (seen > MAX_LINES_ABOVE) return;
      continue;
    }
    if (isGreetingWord(line.head)) {
      // "Hi, my parcel still hasn't come" is the customer greeting: no opening of the agent's is found.
      if (MY.test(line.head) && !COMPANY.test(line.head)) return;
      for (const k of above) kinds[k] = 'quote';
      return;
    }
    if (seen > MAX_LINES_ABOVE || line.contentEnd - line.contentStart > MAX_LINE_CHARS || agentsOwnLine(line.head)) return;
    above.push(i);
  }
}
