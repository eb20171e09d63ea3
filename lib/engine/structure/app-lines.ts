/**
 * Session 42 (issue 15): general cues that lines at a reply's edges are a chat or social app's, or a pasted transcript's,
 * rather than the agent's. Earlier looks matched each app's wording one family at a time; each new app worded its
 * events its own way. These cues read the shape instead:
 *
 * - an event in the third person or the passive, with no "I", "we" or "you" and no sentence's full stop ("Tag 'vip'
 *   added by automation", "This reply was hidden by the page", "Priyanka reacted with 🎉");
 * - a metadata line of short pieces set apart by "·" or "•", one of them a time, an age or a count ("@jo replied · 5m",
 *   "level 1 · 12 points", "👍 2 · ❤️ 1"), or a presence state with its age ("Active 3m ago");
 * - a run of turns sharing a transcript's shape: the same speaker's label and colon twice or more ("Visitor 48213: …"),
 *   or a clock before or after the label on every line ("[14:02] Client : …", "Anna (09:12): …").
 *
 * Each cue alone could be the agent's terse line, so they are only read on a run of lines at the top or the bottom of
 * the reply, and only when the run holds two app lines or more (or sits beside a notice the pass already read as the
 * app's) and the agent keeps text of their own elsewhere.
 */
import type { Line } from './lines';
import type { LineKind } from './line-roles';
import { isGreetingWord } from './patterns';

/** The agent speaks as "I" or "we", or to "you": an app's line about the chat names everyone in the third person. */
export const PERSONAL = /(?<![\p{L}\p{N}'’])(?:i|i['’](?:m|ve|ll|d)|me|my|mine|we|we['’](?:re|ve|ll|d)|us|our|ours|you|you['’](?:re|ve|ll|d)|your|yours)(?![\p{L}\p{N}'’])/iu;
/** Past participles that do not end in "-ed", as apps log their actions. */
const IRREGULAR_PARTICIPLE = '(?:sent|set|hidden|taken|given|shown|made|put|left|seen|read|written|won|begun|chosen|forwarded)';
/** "was hidden", "has been added", "got reassigned": the passive, with an adverb allowed between ("was automatically closed"). */
const PASSIVE = new RegExp(`(?<![\\p{L}])(?:was|were|is|are|has been|have been|had been|been|got|gets) (?:\\p{L}{2,}ly )?(?:\\p{L}{2,}ed|${IRREGULAR_PARTICIPLE})(?!\\p{L})`, 'u');
/** "added by automation", "posted by u/…", "moved from Sales": a participle with its agent or its origin, no auxiliary. */
const PARTICIPLE_BY = new RegExp(`(?<![\\p{L}])(?:\\p{L}{2,}ed|${IRREGULAR_PARTICIPLE}) (?:by|from)(?!\\p{L})`, 'u');
/** A named subject (a capitalised name, a handle, "The customer") with a past-tense verb right after it: "Priyanka reacted". */
const THIRD_PERSON_PAST = /^(?:@[\p{L}\p{N}._-]{1,30}|u\/[\p{L}\p{N}_-]{1,30}|\p{Lu}[\p{L}'’-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,2}|[Tt]he \p{L}{2,20}) \p{L}{2,}ed(?!\p{L})/u;
/** What the app says the event touched, addressed to whoever reads the app: "liked your message", "replied to your story". */
const APP_OBJECT = /\b(?:your|you) (?:message|comment|post|story|reply|review|photo|reel|tweet|note)\b/giu;
/** The most words an app's event line runs to. */
const MAX_EVENT_WORDS = 12;
const MAX_LINE = 120;

/** An event the app writes about the chat in the third person or the passive. */
export function isAppEventLine(head: string): boolean {
  if (head.length > MAX_LINE || /[.!?:;,]$/.test(head) || PERSONAL.test(head.replace(APP_OBJECT, ''))) return false;
  if (head.split(/\s+/).length > MAX_EVENT_WORDS) return false;
  return PASSIVE.test(head) || PARTICIPLE_BY.test(head) || THIRD_PERSON_PAST.test(head);
}

/** An age, a clock or a day, as an app stamps a message or a state: "5m", "4 hr. ago", "just now", "10:41 AM", "Mon". */
const AGE = /^(?:\d{1,3} ?(?:s|sec|secs|m|min|mins|h|hr|hrs|hours?|d|days?|w|wk|wks|weeks?|mo|y|yr)\.?(?: ago)?|just now|now|yesterday|today|\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?)$/iu;
/** A count the app shows beside a post or message: "12 points", "3 replies", "👍 2", "❤️ 1". */
const COUNT = /^(?:\d{1,6} (?:points?|likes?|replies|reply|comments?|views?|shares?|reposts?|retweets?|reactions?|upvotes?|votes?)|\p{Extended_Pictographic}\ufe0f? ?\d{1,6}|level \d{1,2})$/iu;
/** "Active 3m ago", "Active now", "Last seen 2h ago": a person's presence with its age. */
const PRESENCE = /^(?:active|online|last seen|last active|seen|read|delivered|sent|edited|posted)(?: (?:about |at |on )?(.{1,24}))?$/iu;
/** A presence shown alone under a name: "online", "Active now", "typing…". */
const BARE_PRESENCE = /^(?:online|offline|away|active now|online now|typing(?:…|\.{3})?)$/iu;
const RELATIVE_AGE = /^(?:\d{1,3} ?(?:s|sec|secs|m|min|mins|h|hr|hrs|hours?|d|days?|w|wk|wks|weeks?|mo|y|yr)\.?(?: ago)?|just now|now|yesterday|today)$/iu;

/** A metadata line: short pieces between "·" or "•", one of them an age, a clock or a count; or a presence with its age. */
export function isAppMetaLine(head: string): boolean {
  if (head.length > MAX_LINE || /[.!?:;,]$/.test(head.replace(/\b(?:hr|min|mins|secs?)\.$/i, ''))) {
    if (!/\b(?:hr|min|mins|secs?)\.(?: ago)?$/i.test(head)) return false;
  }
  if (BARE_PRESENCE.test(head) || isStampOnly(head)) return true;
  const presence = PRESENCE.exec(head);
  if (presence !== null && presence[1] !== undefined && RELATIVE_AGE.test(presence[1].replace(/^about /i, ''))) return true;
  if (!head.includes('·') && !head.includes('•')) return false;
  const pieces = head.split(/ ?[·•] ?/).map((p) => p.trim()).filter((p) => p.length > 0);
  if (pieces.length < 2 || pieces.length > 5) return false;
  if (pieces.some((p) => p.length > 40 || p.split(/\s+/).length > 5 || PERSONAL.test(p))) return false;
  // "posted by u/quietfern · 4 hr. ago": the age may close a piece that names who did what.
  const stamped = (p: string) => AGE.test(p) || COUNT.test(p) || /(?:^|\s)\d{1,3} ?(?:s|m|min|mins|h|hr|hrs|d|w)\.? ago$/iu.test(p);
  return pieces.some(stamped);
}

/**
 * A clock or a date and clock, as transcripts stamp turns: "14:02", "09:12:40", "3/14/2026 4:51 PM", "15/03/2026 18:22";
 * session 45: or the clock before the date, as WhatsApp exports from a phone ("[14:02, 03/12/2026] Maria: …").
 */
const STAMP = String.raw`(?:(?:[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu|[Ff]ri|[Ss]at|[Ss]un)[a-z]{0,6}\.?,? )?(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4},? )?(?:오전 |오후 )?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?(?:, \d{1,2}[./-]\d{1,2}[./-]\d{2,4})?`;
/** A short age as an app stamps a post or a heading: "3h", "5 min", "just now", "Yesterday". */
const HEADING_AGE = String.raw`(?:\d{1,3} ?(?:s|m|min|mins|h|hr|hrs|d|w)\.?(?: ago)?|[Jj]ust now|[Yy]esterday)`;
/** A speaker's label: a name, a role, a handle or "Visitor 48213", four words at most, in any script. */
const LABEL = String.raw`[\p{L}@][\p{L}\p{N}._'’-]{0,24}(?: [\p{L}\p{N}._'’-]{1,24}){0,3}`;
/** "[14:02] Client : …", "15/03/2026 18:22 - Javier: …", "오후 3:12 김민지: …": the clock, then the label and colon. */
const STAMP_FIRST = new RegExp(`^[\\[(]?${STAMP}[\\])]?(?: ?[-–—] ?| )(${LABEL}) ?: \\S`, 'u');
/** "Anna Becker (09:12): …", "Omar [4:51 PM]: …": the label, then the clock, then the colon. */
const STAMP_AFTER = new RegExp(`^(${LABEL}) [\\[(]${STAMP}[\\])] ?: \\S`, 'u');
/** "Visitor 48213: …": the label and colon alone (read as a turn only when the same label heads two lines or more). */
const LABEL_ONLY = new RegExp(`^(${LABEL}) ?: (\\S.*)$`, 'u');
/**
 * Labels that head the agent's own lines ("Note:", "Step 1:", "Update:"), never a speaker's turn; with the topics an agent
 * answers under ("Billing: …⏎Billing: …", review42), which a repeated label would otherwise read as one speaker's turns.
 */
const AGENT_LABEL = /^(?:note|nb|tip|step(?: \d{1,2})?|p\.?s|p\.?p\.?s|update|edit|warning|important|reminder|q|a|question|answer|order|ticket|ref|reference|status|date|time|subject|re|fyi|eta|total|price|address|phone|email|e-mail|billing|payments?|refunds?|returns?|delivery|shipping|dispatch|replacement|repairs?|warranty|guarantee|account|booking|reservation|invoice|issue|problem|cause|reason|fix|solution|resolution|outcome|decision|result|summary|next steps?|actions?|options?|alternatives?|policy|costs?|fees?|balance|tracking|courier|collection|exchange|credit|voucher|discount|availability|timeline)$/i;

/** A clock or an age alone on its line, with or without the app's ticks: "15:20", "Just now", "✓✓ 18:05", "Mon 21:04". */
const STAMP_ONLY = new RegExp(`^(?:[✓✔]{1,2} ?)?(?:${STAMP}|${HEADING_AGE})(?: ?[✓✔]{1,2})?$`, 'u');
export const isStampOnly = (head: string) => head.length <= 40 && STAMP_ONLY.test(head);
/** IRC's and its exporters' "[09:02] <meg_r> …": the clock, then the nick in angle brackets. */
const IRC_TURN = new RegExp(`^[\\[(]?${STAMP}[\\])]? <([^<>\\s]{1,30})> \\S`, 'u');
/** "Jenny 10:02: …", "Max (Bot) 10:01: …": the label and a bare clock before the colon, a turn when two lines share the shape. */
const CLOCKED_LABEL = new RegExp(`^(${LABEL}(?: \\([^)\\n]{1,20}\\))?) ${STAMP} ?: \\S`, 'u');

/** The transcript shape of a turn: which stamp it carries and whose label; null when the line is no turn. */
export function turnShape(head: string): { stamped: boolean; clocked?: true; label: string } | null {
  if (head.length > 400) return null;
  const first = STAMP_FIRST.exec(head) ?? STAMP_AFTER.exec(head) ?? IRC_TURN.exec(head);
  if (first !== null) return AGENT_LABEL.test(first[1]!) ? null : { stamped: true, label: first[1]!.toLowerCase() };
  const clocked = CLOCKED_LABEL.exec(head);
  if (clocked !== null) return AGENT_LABEL.test(clocked[1]!) ? null : { stamped: false, clocked: true, label: clocked[1]!.toLowerCase() };
  const plain = LABEL_ONLY.exec(head);
  if (plain === null || AGENT_LABEL.test(plain[1]!)) return null;
  // A field's value ("Order: 4471") is no turn: a turn says something, two words or more.
  return plain[2]!.split(/\s+/).length >= 2 ? { stamped: false, label: plain[1]!.toLowerCase() } : null;
}

/** The roles a transcript labels its speakers by, and a bot's label: "Customer", "Agent", "User", "Support Bot". */
const SPEAKER_ROLE = /^(?:customer|client|visitor|guest|user|member|caller|agent|support|operator|advisor|adviser|rep|staff|me|you|system)$|\bbot$/i;
/**
 * A heading over a turn's message: the speaker and the stamp, in either order ("Kasia, 11:02", "@chris.w  10:41 AM",
 * "Omar H. — 3/14/2026 4:51 PM", "[10:42 AM] Patel, Raj", "harborfan · 3h", "Ayesha Khan, [16.03.2026 8:15]").
 */
const HEADING_NAME_FIRST = new RegExp(`^${LABEL}(?: \\([^)\\n]{1,30}\\))?(?:,| ?[·•]| [—–-]| ) ?[\\[(]?(?:${STAMP}|${HEADING_AGE})[\\])]?$`, 'u');
const HEADING_STAMP_FIRST = new RegExp(`^[\\[(]${STAMP}[\\])] ${LABEL}(?:, ${LABEL})?$`, 'u');
/**
 * "Pat Kim · Customer": the customer and their role, as a widget heads their message. Only the customer's roles: "Sam ·
 * Support" may be the agent signing.
 */
const HEADING_ROLE = new RegExp(`^${LABEL} ?[·•] ?(?:customer|client|visitor|guest|user|member)$`, 'iu');
/**
 * A handle alone on its line, as a social app heads a post or comment: "@jo", "brightmoon_tea", "u/fernbrook". A bare
 * handle's dots and underscores stand between letters (review 42): "ok...", "hmm.." are the agent's own trailing off.
 */
const HANDLE_HEADING = /^(?:@[\p{L}\p{N}_.]{2,30}|u\/[\p{L}\p{N}_-]{3,30}|(?=[\p{Ll}\p{N}_.]{3,30}$)[\p{Ll}\p{N}]{1,29}(?:[_.][\p{Ll}\p{N}]{1,29}){1,3})$/u;
export const isTurnHeading = (head: string) =>
  head.length <= 80 && (HEADING_NAME_FIRST.test(head) || HEADING_STAMP_FIRST.test(head) || HEADING_ROLE.test(head) || HANDLE_HEADING.test(head));
/** A bare name (one to three capitalised words) over a message whose clock stands under it, as messengers copy a turn. */
const BARE_NAME = /^\p{Lu}[\p{L}'’-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,2}$/u;
function headingAt(lines: Line[], i: number, end: number): boolean {
  const head = lines[i]!.head;
  if (isTurnHeading(head)) return true;
  if (!BARE_NAME.test(head)) return false;
  for (let j = i + 1; j < end && j <= i + MAX_MESSAGE_LINES && !lines[j]!.blank; j++) if (j > i + 1 && isStampOnly(lines[j]!.head)) return true;
  return false;
}
/** The most lines a turn's message runs to under its heading. */
const MAX_MESSAGE_LINES = 4;

/**
 * The lines that read as transcript turns among `candidates`: a stamped label on the line, the same label heading two
 * lines or more, two speakers in a row of whom one is named by a role ("User: …⏎Support: …"), and a heading with the
 * lines of its message under it, to the blank line or the next heading.
 */
function transcriptTurns(lines: Line[], candidates: readonly number[], end: number): Set<number> {
  const shapes = new Map(candidates.map((i) => [i, turnShape(lines[i]!.head)] as const));
  const turns = new Set<number>();
  const labels = new Map<string, number>();
  for (const shape of shapes.values()) if (shape !== null) labels.set(shape.label, (labels.get(shape.label) ?? 0) + 1);
  const clocked = [...shapes.values()].filter((shape) => shape?.clocked).length;
  for (const [i, shape] of shapes) {
    if (shape === null) continue;
    const besideOther = [i - 1, i + 1].some((j) => {
      const other = shapes.get(j);
      return other != null && other.label !== shape.label && (SPEAKER_ROLE.test(other.label) || SPEAKER_ROLE.test(shape.label));
    });
    if (shape.stamped || (labels.get(shape.label) ?? 0) >= 2 || besideOther || (shape.clocked && clocked >= 2)) turns.add(i);
  }
  // One heading alone is a post's only when a dot sets its stamp apart ("harborfan · 3h"): "Sam Lee 10:42 AM⏎is when…" and
  // a booking's "Dec 3, 10:00 AM⏎Please arrive…" are the agent's sentences.
  // Or when the app's own metadata stands in the run too (a post's "3d · 5 likes", a clock under the message).
  const headings = candidates.filter((i) => headingAt(lines, i, end));
  const headingSet = new Set(headings);
  const withMeta = candidates.some((i) => !headingSet.has(i) && (isAppMetaLine(lines[i]!.head) || isAppEventLine(lines[i]!.head)));
  for (const i of headings) {
    if (headings.length < 2 && !/[·•]/.test(lines[i]!.head) && !withMeta) continue;
    turns.add(i);
    for (let j = i + 1; j < end && j <= i + MAX_MESSAGE_LINES && !lines[j]!.blank && !headingAt(lines, j, end); j++) turns.add(j);
  }
  return turns;
}

/** Lines that may be a heading's message: the lines under a heading, to the blank line or the next heading. */
function underHeadings(lines: Line[], end: number): Set<number> {
  const under = new Set<number>();
  for (let i = 0; i < end; i++) {
    if (lines[i]!.blank || !headingAt(lines, i, end)) continue;
    for (let j = i + 1; j < end && j <= i + MAX_MESSAGE_LINES && !lines[j]!.blank && !headingAt(lines, j, end); j++) under.add(j);
  }
  return under;
}

/** The fewest words of the agent's own line that must stand outside an edge run, unless it ends as a sentence. */
const MIN_OWN_WORDS = 6;
const SKIPPED_BY_APP = new Set<LineKind>(['footer', 'quote']);

/**
 * Marks the app's and transcript's lines in the runs at the top and at the bottom of the reply (blank lines and lines
 * already read as the app's notices or quoted included), when a run holds two such lines or more, or one beside a
 * notice already read, and the agent keeps a line of their own outside it.
 */
export function markAppEdges(lines: Line[], kinds: LineKind[], end: number): void {
  const under = underHeadings(lines, end);
  markEdge(lines, kinds, end, under, 'top');
  markEdge(lines, kinds, end, under, 'bottom');
}

function markEdge(lines: Line[], kinds: LineKind[], end: number, under: ReadonlySet<number>, edge: 'top' | 'bottom'): void {
  const order: number[] = [];
  for (let i = 0; i < end; i++) order.push(i);
  if (edge === 'bottom') order.reverse();
  const event = (i: number) => isAppEventLine(lines[i]!.head) || isAppMetaLine(lines[i]!.head);
  // The widest run from the edge whose lines could be the app's; turns are confirmed on it as a whole.
  const run: number[] = [];
  for (const i of order) {
    if (!lines[i]!.blank && !SKIPPED_BY_APP.has(kinds[i]!) && !(kinds[i] === 'agent' && (turnShape(lines[i]!.head) !== null || headingAt(lines, i, end) || under.has(i) || event(i)))) break;
    run.push(i);
  }
  const turns = transcriptTurns(lines, run.filter((i) => kinds[i] === 'agent' && !lines[i]!.blank), end);
  // A speaker's one labelled turn glued to a notice the pass already read ("(edited)⏎Finn: brilliant cheers").
  for (const i of run) {
    if (kinds[i] !== 'agent' || lines[i]!.blank || turnShape(lines[i]!.head) === null) continue;
    if ([i - 1, i + 1].some((j) => j >= 0 && j < lines.length && kinds[j] === 'footer')) turns.add(i);
  }
  const marked: number[] = [];
  let notices = 0;
  for (const i of run) {
    if (lines[i]!.blank) continue;
    if (kinds[i] !== 'agent') {
      if (kinds[i] === 'footer') notices++;
      continue;
    }
    if (!turns.has(i) && !event(i)) break;
    marked.push(i);
  }
  // A clock alone under the agent's last line is the app's stamp: no one ends a message on one.
  const bareStamp = edge === 'bottom' && marked.length === 1 && isStampOnly(lines[marked[0]!]!.head);
  if (marked.length === 0 || (marked.length < 2 && notices === 0 && !bareStamp)) return;
  if (ownLabelledTurns(lines, kinds, marked, turns, end, edge) || (edge === 'bottom' && notices === 0 && ownTerseEnding(lines, kinds, marked, run))) return;
  const markedSet = new Set(marked);
  // The agent keeps a sentence of their own outside the run: turns labelled with the agent's own name that make up the
  // whole reply ("Mia: Chargebacks are decided by…") are the agent's.
  const ownSentence = (i: number) => kinds[i] === 'agent' && !markedSet.has(i) && turnShape(lines[i]!.head) === null && (lines[i]!.head.split(/\s+/).length >= MIN_OWN_WORDS || /[.!?]\p{Extended_Pictographic}?$/u.test(lines[i]!.tail));
  if (!order.some(ownSentence)) return;
  for (const i of marked) kinds[i] = turns.has(i) ? 'quote' : 'footer';
}

/** Lower-case words of a line, for matching a name in it. */
const wordsOf = (head: string) => head.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).filter((w) => w.length > 0);
/** Where `label`'s words stand in `words`, or -1. */
function indexOfWords(words: readonly string[], label: readonly string[]): number {
  for (let i = 0; i + label.length <= words.length; i++) if (label.every((w, k) => words[i + k] === w)) return i;
  return -1;
}
/** How an agent names themselves before their name ("I'm Sam", "my name is Sam", "this is Sam", "it's Sam"). */
const SELF_INTRO_BEFORE: readonly (readonly string[])[] = [["i'm"], ['i’m'], ['i', 'am'], ['my', 'name', 'is'], ['this', 'is'], ["it's"], ['it’s']];

/**
 * Session 43 (review 42): turns under one speaker's label, with no clock, that are the agent's own lines signed with their
 * name ("Hey Lou!⏎Kit: your order is on the van…⏎Kit: the driver will text…"). A pasted transcript's speaker is the
 * customer, whom the agent greets or names, a role, or a bot before the agent's own greeting; the agent's own label is a
 * name they give as theirs ("Dee here!"), or the name over every line under the agent's greeting when the reply has
 * nothing else of the agent's (a short answer beside turns is the agent's answer to them).
 */
function ownLabelledTurns(lines: Line[], kinds: LineKind[], marked: readonly number[], turns: ReadonlySet<number>, end: number, edge: 'top' | 'bottom'): boolean {
  const labels = new Set<string>();
  for (const i of marked) {
    const shape = turns.has(i) ? turnShape(lines[i]!.head) : null;
    if (shape === null || shape.stamped || shape.clocked || headingAt(lines, i, end)) return false;
    labels.add(shape.label);
  }
  const [label] = labels;
  if (labels.size !== 1 || label === undefined || SPEAKER_ROLE.test(label)) return false;
  const name = wordsOf(label);
  const markedSet = new Set(marked);
  let onlyGreeting = true;
  for (let i = 0; i < end; i++) {
    if (markedSet.has(i) || kinds[i] !== 'agent' || lines[i]!.blank) continue;
    const words = wordsOf(lines[i]!.head);
    const at = indexOfWords(words, name);
    if (at !== -1) return words[at + name.length] === 'here' || SELF_INTRO_BEFORE.some((lead) => lead.length <= at && lead.every((w, k) => words[at - lead.length + k] === w));
    if (!isGreetingWord(lines[i]!.head) || words.length >= MIN_OWN_WORDS) onlyGreeting = false;
  }
  return onlyGreeting && edge === 'bottom';
}

/** "Refund processed", "Courier notified today": a subject and the participle with the auxiliary dropped, nothing after but a time word. */
const TERSE_PASSIVE = new RegExp(`^\\p{Lu}[\\p{L}-]{1,24}(?: [\\p{L}-]{1,24}){0,2} (?:\\p{L}{2,}ed|${IRREGULAR_PARTICIPLE})(?: (?:today|now|just now|already|too|again|as well))?$`, 'u');

/**
 * Session 43 (review 42): the agent's terse last lines ("Refund processed⏎Ticket updated") under a body that ends without
 * a sign-off. An app's event names who did it or what it touched ("Conversation closed by Theo", "Priyanka reacted with
 * 👍") or follows the agent's signed name; two bare participles straight under the agent's answer are the agent's notes.
 */
function ownTerseEnding(lines: Line[], kinds: LineKind[], marked: readonly number[], run: readonly number[]): boolean {
  if (!marked.every((i) => TERSE_PASSIVE.test(lines[i]!.head) && !isAppMetaLine(lines[i]!.head))) return false;
  // The agent's line just above the run: a body's sentence, not a signed name or a valediction.
  const above = Math.min(...run) - 1;
  let j = above;
  while (j >= 0 && lines[j]!.blank) j--;
  if (j < 0 || kinds[j] !== 'agent') return false;
  const head = lines[j]!.head;
  return wordsOf(head).length >= MIN_OWN_WORDS || /[.!?]\p{Extended_Pictographic}?$/u.test(lines[j]!.tail);
}
