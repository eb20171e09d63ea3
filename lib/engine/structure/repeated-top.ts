/**
 * Session 48 (issue 15): the customer's message pasted as plain lines directly above the agent's text, as a chat or
 * social tool lays it out: whole or in part (its last sentence, a truncated preview "…"), re-wrapped, in quotes, behind
 * an emoji or a handle, with no blank line between it and the agent's first line. markPastedMessage reads only whole
 * paragraphs; here each top line is compared with the message on its own, so a line glued to the agent's paragraph is
 * read too. The evidence is the repeat, not the line's shape: a top line whose words stand in the message word for word,
 * from one of its sentence or clause starts, is theirs. The agent's own restating ("Changing the delivery date to
 * Friday?", "The app crashes when you open the camera?") changes a word or starts mid-clause, and stays the agent's.
 *
 * Session 53: a bare, impersonal line over the repeat (bare-top.ts's test: no sentence's end, nothing in person, no
 * lead-in, opening or introduction) is the paste's head too, whatever its length: a post's title, a review's headline, a
 * ticket's subject over the customer's words ("Blender dead after two uses at the weekend⏎The blender I bought…"). Before,
 * only a short heading (five words) was passed over, and a longer one stopped the cue, so neither it nor the repeat under
 * it was read. The agent's own line over a repeat speaks in person, leads in ("…:") or greets, and still stops it.
 * Measured (totals): the 27 blind layout batches' lines not the agent's read as body 68 → 53 in the three batches that
 * move (replies with such a line 116 → 113, misread replies 166 → 163), findings inside not-agent text 67 in 50 → 63 in
 * 47 in channel and 135 in 83 → 127 in 81 as e-mail, structural must-flags +1 (599 → 600, 639 → 640); no agent line
 * newly read as skipped; half A, half B, every tune and blind reply file and the 583 social replies unchanged.
 */
import { isAppEventLine, isAppMetaLine, isStampOnly, isTurnHeading } from './app-lines';
import { isBareImpersonal } from './bare-top';
import type { LineKind } from './line-roles';
import type { Line } from './lines';
import { isGreetingWord } from './patterns';

/** How much of the customer's message is compared (bounded work on a long message). */
const MAX_MESSAGE_CHARS = 20_000;
/** The most non-blank top lines read: a message and its headers, not a letter. */
const MAX_TOP_LINES = 8;
/** The fewest words the repeated lines hold together, unless they are the whole message. */
const MIN_REPEATED_WORDS = 4;
/** The most words (with a letter) of a header line between repeated lines ("jordan.lee  10:42 AM", "🎤 Voice message (0:42)"). */
const MAX_HEADER_WORDS = 5;
/** The fewest words of a repeat of the message's opening that may stop mid-clause without a "…". */
const MIN_PREVIEW_WORDS = 5;
/** The longest line compared (a longer one is a paragraph of the agent's, and the comparison stays bounded). */
const MAX_LINE_CHARS = 600;
/** The fewest words of a whole message that a repeat of all of it needs ("Thanks!" answered with "Thanks!" is no paste). */
const MIN_WHOLE_MESSAGE_WORDS = 3;

interface Word {
  text: string;
  /** The word opens the message, a sentence or a clause (after . ! ? : ; , … or a line break). */
  opens: boolean;
  /** The word closes the message, a sentence or a clause. */
  closes: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const BOUNDARY = /[.!?:;,…\n]/u;

/**
 * Words of a pleasantry both sides write ("Hi there, I hope you are well", "Thank you so much for your help", "Sorry to
 * bother you again"): a top line made only of these is the agent's own courtesy even where the customer wrote it too.
 */
const COURTESY_WORDS = new Set(
  (
    'hi hello hey hiya dear there team all good morning afternoon evening day i we you your you\'re i\'m me us hope hoping ' +
    'are is am be well doing keeping ok okay fine great lovely nice thanks thank cheers many so very much a lot for the to ' +
    'and of with this that it help helping reply response getting get back quickly quick soon again sorry bother ' +
    'bothering trouble kind appreciate appreciated really truly regards best wishes have having week weekend happy glad ' +
    'just how yes please patience waiting understanding in touch message hearing from'
  ).split(' '),
);

/** Is every word of the line a pleasantry's (COURTESY_WORDS)? */
export function onlyCourtesy(line: string): boolean {
  return [...line.matchAll(WORD)].every((m) => COURTESY_WORDS.has(m[0].toLowerCase().replace(/’/g, "'")));
}

/** The words of a text, lower case, each with whether a sentence or clause boundary stands before and after it. */
export function wordsWithBoundaries(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  let afterOpeningHandle = false;
  for (const m of text.matchAll(WORD)) {
    const between = text.slice(previousEnd, m.index);
    const opens: boolean = words.length === 0 || BOUNDARY.test(between) || afterOpeningHandle;
    if (words.length > 0 && opens) words[words.length - 1]!.closes = true;
    words.push({ text: m[0].toLowerCase().replace(/’/g, "'"), opens, closes: false });
    // "@Trainly my train was cancelled": the words after an opening handle open the post as well.
    afterOpeningHandle = opens && between.endsWith('@');
    previousEnd = m.index + m[0].length;
  }
  if (words.length > 0) words[words.length - 1]!.closes = true;
  return words;
}

/**
 * Does the line repeat a stretch of the message: its words, in order and word for word, from a word that opens a
 * sentence or clause of the message to one that closes one (or, when the line ends in "…", to a word the last one
 * begins; `anywhere`: from and to any word)? A leading handle ("@Trainly", "RT @jo:") the message lacks is the tool's prefix. Returns the words repeated.
 */
export function repeatedWords(line: string, message: readonly Word[], anywhere = false): number {
  const truncated = /(?:…|\.{3})\s*$/u.test(line);
  const bare = line.replace(/^(?:\s*(?:RT\s+)?@[\p{L}\p{N}_.]{1,30}:?)+/u, '');
  const own = [...bare.matchAll(WORD)].map((m) => m[0].toLowerCase().replace(/’/g, "'"));
  if (own.length === 0) return 0;
  for (let start = 0; start + own.length <= message.length; start++) {
    if (!anywhere && !message[start]!.opens) continue;
    let k = 0;
    for (; k < own.length; k++) {
      const word = message[start + k]!.text;
      const last = k === own.length - 1;
      if (!(word === own[k] || (last && truncated && word.startsWith(own[k]!)))) break;
    }
    // A preview cut without its "…" still opens where the message opens ("Can I change the address? I moved last week").
    const preview = start === 0 && own.length >= MIN_PREVIEW_WORDS;
    if (k === own.length && (anywhere || truncated || preview || message[start + k - 1]!.closes)) return own.length;
  }
  return 0;
}

/** A short line that heads a pasted message: a name and a clock, an app's stamp or event, a few words with no sentence's end. */
export function headsMessage(head: string): boolean {
  if (isTurnHeading(head) || isStampOnly(head) || isAppMetaLine(head) || isAppEventLine(head)) return true;
  // Words with a letter: a clock, a count or an icon is no word ("🎤 Voice message (0:42) · transcript" has three).
  return head.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= MAX_HEADER_WORDS && !/[.!?:,;]$/u.test(head);
}

/**
 * Marks the top lines that repeat the customer's message (and the headers between and above them) as quoted, when they
 * hold MIN_REPEATED_WORDS words or the whole message, and the agent keeps a line of their own below. Stops at a greeting
 * (what stands over a greeting is read by markAboveGreeting) and at the first line that neither repeats nor heads.
 */
export function markRepeatedTop(text: string, lines: Line[], kinds: LineKind[], customerMessage: string): void {
  const message = wordsWithBoundaries(customerMessage.slice(0, MAX_MESSAGE_CHARS));
  if (message.length === 0) return;
  let lastRepeat = -1;
  let repeated = 0;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < MAX_TOP_LINES; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    seen++;
    if (kinds[i] !== 'agent') continue;
    const content = line.contentEnd - line.contentStart <= MAX_LINE_CHARS ? text.slice(line.contentStart, line.contentEnd) : '';
    // A pleasantry the agent writes too ("Hi there, I hope you are well!") is no evidence of a paste.
    const n = content && !onlyCourtesy(content) ? repeatedWords(content, message) : 0;
    // The customer's own "Hi, yeah, it's about the hoover…" repeats the message; the agent's greeting does not.
    if (n > 0) {
      lastRepeat = i;
      repeated += n;
    } else if (isGreetingWord(line.head) || !(headsMessage(line.head) || (lastRepeat < 0 && isBareImpersonal(line)))) break;
    // (A bare line is passed over only before the first repeat: over it, it may head the paste; under it, it is not read.)
  }
  if (lastRepeat < 0 || (repeated < MIN_REPEATED_WORDS && !(repeated === message.length && repeated >= MIN_WHOLE_MESSAGE_WORDS))) return;
  // The agent keeps a line of their own below, one that does not repeat the message too: a page can show the agent's own
  // draft where the customer's message was expected, and then every line "repeats" it (markPastedMessage's caveat).
  // Only the first MAX_TOP_LINES of the agent's lines below are compared: each comparison walks the whole message, and a
  // reply of thousands of lines that each repeat it would cost their product (several seconds on 100 kB).
  const below = lines.filter((line, k) => k > lastRepeat && !line.blank && kinds[k] === 'agent').slice(0, MAX_TOP_LINES);
  const ownBelow = below.some(
    (line) => line.contentEnd - line.contentStart > MAX_LINE_CHARS || repeatedWords(text.slice(line.contentStart, line.contentEnd), message, true) === 0,
  );
  if (!ownBelow) return;
  for (let k = 0; k <= lastRepeat; k++) if (!lines[k]!.blank && kinds[k] === 'agent') kinds[k] = 'quote';
}
