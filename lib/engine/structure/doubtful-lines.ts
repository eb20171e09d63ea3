/**
 * The safety net under the structure pass (issue 15, session 44): parts it read as the agent's whose place says they
 * probably are not. A finding is only harmful where its line is not the agent's, so the phrase rules and the learned
 * check read past these spans while the structure stays as read (the agent's line stays the agent's: scoring, the
 * structural checks and the editor see the same parts). The evidence is where the part sits, not what it says:
 *
 * - above the agent's greeting, after a blank line, a paragraph that neither says "I" nor talks to the customer;
 * - a line that repeats the customer's own message word for word, with the short headings around it in its paragraph.
 *
 * - a line whose shape only a machine writes (session 45): an app's event or metadata line ("Conversation assigned to
 *   Tier 2", "Seen 10:42", "@jo · 5m"), a transcript's heading ("Maria Lopez, 14:02"), a signature's fields set apart by
 *   bars ("Ravi Menon | Team Lead | Ext. 4412"), a ticket's "Label: value" line glued under its field block; only while
 *   the agent keeps a line of their own elsewhere;
 * - prose under an app's notice that the agent left or the chat closed, unless it says "I".
 *
 * A cold sentence in the body itself is never doubted.
 *
 * A third cue, body text under the agent's sign-off, signature or footer, was measured and dropped (session 44): on
 * blind batches it took findings off the agent's own lines under a sign-off the pass had misread (3 must-flag phrases
 * of 105 in one batch) and moved whole-reply findings onto lines that were not the agent's.
 */
import { tagSentence } from '../../nlp/nlp';
import { isAppEventLine, isAppMetaLine, isStampOnly, isTurnHeading } from './app-lines';
import { isGreetingWord } from './patterns';
import type { ReplyPart, ReplyStructure } from './types';

/** Speaks as the agent: "I", "I'll", "me", "my". */
const FIRST_PERSON = /(?:^|[^\p{L}\p{N}'’])(?:I(?:['’](?:m|ve|ll|d))?|[Mm]e|[Mm]y|[Mm]yself)(?![\p{L}\p{N}])/u;
/** Addresses the customer or speaks for the company: "you", "your", "we", "our", "us". */
const ADDRESS = /(?:^|[^\p{L}\p{N}'’])(?:[Yy]ou(?:r|rs|['’](?:re|ll|ve|d))?|[Ww]e(?:['’](?:re|ll|ve|d))?|[Oo]ur|[Uu]s)(?![\p{L}\p{N}])/u;
/** Where a pasted line's words start after its speaker and clock ("[14:02, 03/12/2026] Maria: my order…"). */
const MAX_LABEL = 60;
/** Words of the customer's message a line must repeat in a row before it is read as their paste. */
const MIN_REPEATED_WORDS = 5;

const AGENT_PROSE = new Set<ReplyPart['kind']>(['body', 'list-item']);

/**
 * One line of finished sentences ("Ticket closed.", "Policy is policy. No exceptions."): how the agent writes a line of
 * their own above the greeting (review 44). A paste shows its shape: a heading or stamp with no full stop, lines over
 * one another ("Order 4471 - Ann B⏎Terrible service…"), a speaker's label or a clock.
 */
const isOneProseLine = (words: string) => {
  const lines = linesOf(words);
  if (lines.length !== 1 || !/[.!?…]["'”’)]*$/u.test(lines[0]!)) return false;
  // A transcript's turn is one line too, under its speaker or clock ("3:12 PM Mina: when is my refund?").
  const label = lines[0]!.indexOf(': ');
  return !(label > 0 && label < MAX_LABEL) && !/\d[:.]\d\d/.test(lines[0]!);
};

/** How many sentences of a paragraph above the greeting are read for an order to the reader. */
const MAX_ORDER_SENTENCES = 4;
/** An order opening a sentence: "Calm down.", "Read the manual first.", "Relax, it's only a kettle.", "Please wait." */
const OPENS_ON_ORDER = ['^(please|kindly|just|simply)? #Imperative', '^(please|kindly|just|simply)? #Infinitive (#Particle|#Determiner|#Pronoun|#Adverb|please)'];

/**
 * Tells the reader what to do, so it talks to the customer though it says no "you" (review 44): a pasted heading, turn
 * or post over the reply ("Order 4471 - Ann B", "Terrible service!!") gives no order. Bounded: the first few sentences.
 */
function ordersTheReader(words: string): boolean {
  const sentences = words.slice(0, 400).split(/(?<=[.!?])\s+/, MAX_ORDER_SENTENCES);
  return sentences.some((sentence) => {
    const doc = tagSentence(sentence);
    return OPENS_ON_ORDER.some((pattern) => doc.has(pattern));
  });
}

const linesOf = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);


/** Lower-case words, letters and digits only, joined by single spaces (bounded: the first 2,000 characters). */
const normalizedWords = (s: string) => s.slice(0, 2000).toLowerCase().replace(/[^\p{L}\p{N}'’]+/gu, ' ').trim();


/**
 * The customer's own words pasted into the reply: a line of five words or more that their message holds in a row, the
 * whole line or what follows its speaker's label.
 */
function repeatsTheirMessage(line: string, message: string): boolean {
  const label = line.indexOf(': ');
  return [line, ...(label > 0 && label < MAX_LABEL ? [line.slice(label + 2)] : [])].some((words) => {
    const said = normalizedWords(words);
    return said.split(' ').length >= MIN_REPEATED_WORDS && ` ${message} `.includes(` ${said} `);
  });
}

/** Most words a line beside the customer's pasted words may have to be their heading ("Maria Lopez, 14:02", "hello??"). */
const MAX_HEADING_WORDS = 6;

/**
 * The lines of a part that repeat the customer's message; the whole part when its other lines are only short headings
 * around the paste (who and when, "hello??"), none speaking as the agent.
 */
function pastedLines(text: string, part: ReplyPart, message: string): [number, number][] {
  const repeated: [number, number][] = [];
  let headingsOnly = true;
  let at = part.start;
  for (const line of text.slice(part.start, part.end).split('\n')) {
    const label = line.indexOf(': ');
    const own = label > 0 && label < MAX_LABEL ? line.slice(label + 2) : line;
    if (repeatsTheirMessage(line, message)) repeated.push([at, at + line.length]);
    else if (own.trim() && (normalizedWords(own).split(' ').length > MAX_HEADING_WORDS || FIRST_PERSON.test(own))) headingsOnly = false;
    at += line.length + 1;
  }
  return repeated.length && headingsOnly ? [[part.start, part.end]] : repeated;
}

/** Most pieces a line of bar-separated fields is read for ("Name | Title | Ext. 4412 | Mon–Thu | site"). */
const MAX_FIELD_PIECES = 8;
/** "Seen 10:42", "Read at 9:03 AM", "Delivered Mon 14:02": a messenger's receipt with its clock. */
const RECEIPT = /^(?:seen|read|delivered|opened|viewed)(?: (?:at|on))? (\S.{0,39})$/iu;
/** A field's label opening a line: "Status:", "Assigned to:", "Note:". */
const FIELD_LABEL = /^\p{Lu}[\p{L}\p{N} /&-]{0,24}: \S/u;

/** Speaks as the agent or to the customer anywhere in the line. */
const isPersonal = (line: string) => FIRST_PERSON.test(line) || ADDRESS.test(line);

/**
 * Fields set apart by bars, as a signature or a ticket writes them: three pieces or more, none a sentence, no "I" or
 * "you" ("Ravi Menon | Team Lead, Platform Support | Ext. 4412"). A table's row opens or ends with its bar.
 */
function isBarFieldLine(line: string): boolean {
  if (/^\||\|$|[.!?]$/.test(line)) return false;
  const pieces = line.split(' | ', MAX_FIELD_PIECES + 1);
  return pieces.length >= 3 && pieces.length <= MAX_FIELD_PIECES && pieces.every((p) => p.trim().length > 0 && p.length <= 60) && !isPersonal(line);
}

/**
 * A line whose shape only a machine writes: an app's metadata or receipt, a transcript's heading, bar-set fields. An
 * app's event ("Tag refund added by automation") is its own cue, `isAppEventLine`: see `machineLines`.
 */
function isMachineLine(line: string): boolean {
  if (line.length > 160) return false;
  const receipt = RECEIPT.exec(line);
  return isAppMetaLine(line) || isTurnHeading(line) || (receipt !== null && isStampOnly(receipt[1]!)) || isBarFieldLine(line);
}

/** A line that ends a sentence: "…on its way.", "Anything else?", "…(see above).". */
const CLOSES_SENTENCE = /[.!?…]["'”’)]*$/u;

/** Parts a ticket's or form's fields are read as: a line glued under them with a field's label is one more of them. */
const FIELD_BLOCK = new Set<ReplyPart['kind']>(['code', 'footer']);

/**
 * The lines of the agent's prose parts whose shape says a machine wrote them (see `isMachineLine`), with a "Label: value"
 * line that speaks to no one glued under a field block ("Status: Pending⏎SLA: 48h⏎Note: customer must…"). Nothing when
 * they would be every line the agent has: the agent's own terse line can take such a shape.
 *
 * An app's event in the passive or the third person is doubted only when the agent ends every line of their own with
 * a sentence's mark (review 45): a chat agent who writes no full stops writes "Refund denied by finance" or "As said
 * before the parcel was marked delivered" too, and such a line can be the coldest of their reply.
 */
function machineLines(text: string, parts: readonly ReplyPart[]): [number, number][] {
  const spans: [number, number][] = [];
  const events: [number, number][] = [];
  let ownLines = 0;
  let ownLinesPunctuated = true;
  for (const [n, part] of parts.entries()) {
    if (!AGENT_PROSE.has(part.kind)) continue;
    const above = parts[n - 1];
    let glued = above !== undefined && FIELD_BLOCK.has(above.kind) && !/\n[^\S\n]*\r?\n/.test(text.slice(above.end, part.start));
    let at = part.start;
    for (const raw of text.slice(part.start, part.end).split('\n')) {
      const line = raw.trim();
      // An order to the reader under the label talks to the customer: "Reason: Check the size chart first." (review 45).
      const fieldUnderBlock = glued && FIELD_LABEL.test(line) && !isPersonal(line) && !ordersTheReader(line.slice(line.indexOf(': ') + 2));
      if (line && (isMachineLine(line) || fieldUnderBlock)) spans.push([at, at + raw.length]);
      else if (line && isAppEventLine(line)) events.push([at, at + raw.length]);
      else if (line) {
        ownLines++;
        if (!CLOSES_SENTENCE.test(line)) ownLinesPunctuated = false;
      }
      glued = fieldUnderBlock;
      at += raw.length + 1;
    }
  }
  if (ownLines === 0) return [];
  return ownLinesPunctuated ? [...spans, ...events] : spans;
}

/** An app's notice that the chat is over for the agent: "Lisa left the chat", "Conversation closed by Ahmed", "Chat ended". */
const CHAT_OVER = /\b(?:left|ended|closed)\b[^\n]{0,30}\b(?:chat|conversation)\b|\b(?:chat|conversation)\b[^\n]{0,30}\b(?:ended|closed)\b/i;

/** An app's notice, not the agent's sentence: the app writes "Chat closed", the agent "The chat was closed." (review 45). */
const isChatOverNotice = (footer: string) => footer.split('\n').some((line) => CHAT_OVER.test(line) && !/[.!?]$/.test(line.trim()));

/**
 * Prose under an app's notice that the chat is over ("Lisa left the chat⏎Please rate this conversation…"): once the
 * agent has left or the chat has closed, the lines under it are the app's, unless they speak as "I".
 */
function afterChatOver(text: string, parts: readonly ReplyPart[]): [number, number][] {
  const over = parts.findIndex((p) => p.kind === 'footer' && isChatOverNotice(text.slice(p.start, p.end)));
  if (over < 0) return [];
  return parts.slice(over + 1).filter((p) => AGENT_PROSE.has(p.kind) && !FIRST_PERSON.test(text.slice(p.contentStart, p.end))).map((p) => [p.start, p.end]);
}

/**
 * The spans [start, end) of parts read as the agent's that are probably someone else's. `customerMessage`, when
 * given, lets a line that repeats it be read as theirs.
 */
export function doubtfulSpans(text: string, structure: ReplyStructure, customerMessage?: string): [number, number][] {
  const parts = structure.parts;
  const spans: [number, number][] = [];
  const partText = (p: ReplyPart) => text.slice(p.contentStart, p.end);
  const opensWithGreeting = (p: ReplyPart) => p.kind === 'greeting' || (AGENT_PROSE.has(p.kind) && isGreetingWord(partText(p)));

  // Above the greeting: a paragraph over the agent's first greeting, set off by a blank line, that neither speaks as the
  // agent nor talks to the customer, not even by an order (a pasted message's heading, a transcript's turn, a post over the reply).
  const greeting = parts.findIndex(opensWithGreeting);
  if (greeting > 0 && /\n[^\S\n]*\r?\n/.test(text.slice(parts[greeting - 1]!.end, parts[greeting]!.start))) {
    for (const p of parts.slice(0, greeting)) {
      const words = partText(p);
      if (AGENT_PROSE.has(p.kind) && !FIRST_PERSON.test(words) && !ADDRESS.test(words) && !isOneProseLine(words) && !ordersTheReader(words)) spans.push([p.start, p.end]);
    }
  }

  spans.push(...machineLines(text, parts), ...afterChatOver(text, parts));

  if (customerMessage) {
    const message = normalizedWords(customerMessage);
    for (const p of parts) {
      if (AGENT_PROSE.has(p.kind)) spans.push(...pastedLines(text, p, message));
    }
  }
  // The cues may doubt the same line twice (a transcript's heading over a pasted message): one span each.
  const merged: [number, number][] = [];
  for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
