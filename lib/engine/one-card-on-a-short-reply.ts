/**
 * One card on a short reply. "We cannot remove that listing, you will need to follow the steps on our help page." sent
 * to an upset customer owes three things at once: the feeling met (acknowledge-feelings), a way forward after the no
 * (we-are-unable-to) and a request instead of an order (you-need-to). Three cards on one or two sentences each asked
 * for a rewrite of the same few words; the agent reads three messages to change one line. They merge (session 35;
 * session 34 did it for a redirect alone, "Please DM us your order number."):
 * - the acknowledgement stays the card: the line it inserts is the first thing the customer should read, and its catch
 *   (the card's rule id, its principle) is kept;
 * - every other card on the reply's words rides on it: its message is said after the acknowledgement's, its rule is a
 *   member of the card (`alsoRuleIds`, `merged`, each member with its own span, which the eval's aimed recall reads);
 * - the card's rewrite is one rewording that fixes them all where it can: the acknowledgement's line with each member's
 *   first rewording applied to the words it flags ("I'm sorry — … We can't remove that listing, but you can follow…").
 *   A member whose fix cannot join it (advice only, a fill-in, a rewording of words the line rewrote) gives its advice
 *   and its fill-ins to the card, and its own card comes back on its sentence once the line is applied;
 * - the card takes the strongest member's severity and underlines the union of their spans.
 * Only on a short reply: at most two sentences of the agent's (handles, "Hi Sam,", "Thanks, Sam.", "^JS" do not count;
 * "We refunded it." does) and at most SHORT_REPLY_WORDS words in them. A longer reply has room for each card on its own
 * words. Whole-reply checks (a greeting, a closing, a wall of text) say something else about the reply and keep their
 * own cards.
 * On social and in a chat, where a reply is a line or two read at a glance and the clutter was seen. An e-mail is a
 * letter, whose cards each keep their own words and rewordings (the checks' tests read them so): there only session
 * 34's case merges, a redirect on the reply's one short line (at most SHORT_LINE_WORDS words).
 * Display only: the reply's warmth was scored on every finding before this.
 */
import { tagSentence } from '../nlp/nlp';
import type { SentenceDoc } from './sentence-doc';
import type { PartKind } from './structure';
import type { Channel, Finding, MergedSpan, Severity } from './types';

const ACKNOWLEDGE = 'acknowledge-feelings';
const REDIRECT = 'sent-to-a-channel';
/** In an e-mail, a line this long or shorter is one short line (session 34). */
const SHORT_LINE_WORDS = 30;
/** A reply of at most two sentences this long or shorter is short: about a tweet (280 characters). */
const SHORT_REPLY_WORDS = 60;
const SHORT_REPLY_SENTENCES = 2;
/** A sentence of this many words or fewer may be layout or a hello, not a sentence of the reply: "@sam_k", "Hi Sam,", "^JS". */
const LAYOUT_WORDS = 3;
/** Verbs of a courtesy, not of something the agent says: "Thanks, Sam.", "Thank you!", "Cheers, Tom". */
const COURTESY_VERBS = '(thank|thanks|cheers)';
const RANK: Record<Severity, number> = { hint: 0, suggestion: 1, warning: 2 };

const wordsIn = (text: string) => text.match(/[\p{L}\p{N}'’]+/gu)?.length ?? 0;
/** A card's members, each with its own severity (the card takes the strongest). */
const membersOf = (f: Finding): MergedSpan[] =>
  (f.merged ?? [{ ruleId: f.ruleId, principle: f.principle, start: f.start, end: f.end }]).map((m) => ({ ...m, severity: m.severity ?? f.severity }));
const unique = (items: (string | undefined)[]) => [...new Set(items.filter((s): s is string => Boolean(s)))];

interface Edit {
  start: number;
  end: number;
  by: string;
}

/** `text` (which starts at offset `at`) with the edits (absolute, disjoint) written in. */
function applyEdits(text: string, at: number, edits: readonly Edit[]): string {
  let out = '';
  let from = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(from, e.start - at) + e.by;
    from = e.end - at;
  }
  return out + text.slice(from);
}

/**
 * Where the words `start..end` of `original` (a span of the reply starting at `at`) stand in `rewritten`, the
 * acknowledgement's rewording of it, or null when the line rewrote them. The rewording keeps the original's head (the
 * handles before the line) and its tail (the sentence after the line, its first letter perhaps capitalised).
 */
function mapInto(original: string, at: number, rewritten: string, start: number, end: number): [number, number] | null {
  const room = Math.min(original.length, rewritten.length);
  let tail = 0;
  while (tail < room && original[original.length - 1 - tail]!.toLowerCase() === rewritten[rewritten.length - 1 - tail]!.toLowerCase()) tail++;
  let head = 0;
  while (head < room && original[head] === rewritten[head]) head++;
  const from = start - at;
  const to = end - at;
  // The tail first: a line that opens as the reply does ("I'm sorry…" before "I can't…") is still put in before its
  // words, which a head read first would claim (and leave a member at the reply's first word unmapped).
  if (from >= original.length - tail) return [from + rewritten.length - original.length, to + rewritten.length - original.length];
  if (to <= head) return [from, to];
  return null;
}

/**
 * The card's rewordings: each of the lead's (the acknowledgement's, or else the first member's with a rewording), over
 * the card's union, with every other member's first rewording written in where it fits. Returns the members whose
 * fix is in every rewording.
 */
function composeRewordings(text: string, start: number, lead: Finding, members: readonly Finding[]): { suggestions: string[]; fixed: Set<Finding> } {
  const union = text;
  const fixed = new Set<Finding>();
  const suggestions = lead.suggestions.map((leadFix) => {
    const inner: Edit[] = [];
    const outer: Edit[] = [{ start: lead.start, end: lead.end, by: '' }];
    const taken = (e: Edit, list: readonly Edit[]) => list.some((o) => e.start < o.end && o.start < e.end);
    for (const m of members) {
      const fix = m.suggestions[0];
      if (fix === undefined || m === lead) continue;
      if (m.end <= lead.start || lead.end <= m.start) {
        const e = { start: m.start, end: m.end, by: fix };
        if (!taken(e, outer)) {
          outer.push(e);
          fixed.add(m);
        }
        continue;
      }
      if (m.start < lead.start || lead.end < m.end) continue;
      const at = mapInto(lead.text, lead.start, leadFix, m.start, m.end);
      const e = at && { start: at[0], end: at[1], by: fix };
      if (e && !taken(e, inner)) {
        inner.push(e);
        fixed.add(m);
      }
    }
    outer[0]!.by = applyEdits(leadFix, 0, inner);
    return applyEdits(union, start, outer);
  });
  return { suggestions: unique(suggestions), fixed: suggestions.length ? fixed : new Set() };
}

interface ReplySentence {
  start: number;
  end: number;
  text: string;
  /** The part of the reply it ends in (a greeting, a sign-off), where the layout was read. */
  part?: PartKind;
  /** Its tagged form, where the analyzer already built it. */
  doc?: SentenceDoc;
}

/**
 * Whether a sentence is one of the reply's own, not layout or a hello: any sentence of more than LAYOUT_WORDS words; a
 * shorter one where it says something, with a verb of its own in the body ("We refunded it.", "All sorted now."), not
 * "Thanks, Sam.", "Hi Sam,", "@sam_k" or "^JS".
 */
function saysSomething(s: ReplySentence): boolean {
  if (wordsIn(s.text) > LAYOUT_WORDS) return true;
  if (s.part === 'greeting' || s.part === 'sign-off') return false;
  return (s.doc?.get() ?? tagSentence(s.text)).match('#Verb').not(COURTESY_VERBS).found;
}

/** Whether `start..end` holds only the agent's sentences and the white space between them. */
function agentTextOnly(text: string, sentences: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let at = start;
  for (const s of [...sentences].filter((x) => x.start < end && start < x.end).sort((a, b) => a.start - b.start)) {
    if (s.start > at && /\S/.test(text.slice(at, s.start))) return false;
    at = Math.max(at, s.end);
  }
  return at >= end || !/\S/.test(text.slice(at, end));
}

/**
 * The findings with the acknowledgement card and every other card of a short reply's words merged into one card.
 * `sentences` are the reply's sentences; `ownCard(ruleId)` is true for a whole-reply check that keeps its own card.
 */
export function oneCardOnAShortReply(
  findings: Finding[],
  text: string,
  sentences: readonly ReplySentence[],
  ownCard: (ruleId: string) => boolean,
  channel: Channel = 'social',
  /** Whether a composed rewrite is safe to Apply (the rewording checks, with every member's stock words). */
  safeRewrite: (before: string, after: string, flagged: string, ruleIds: readonly string[]) => boolean = () => true,
): Finding[] {
  const ack = findings.find((f) => f.ruleId === ACKNOWLEDGE);
  if (!ack) return findings;
  const prose = sentences.filter(saysSomething);
  if (prose.length > SHORT_REPLY_SENTENCES || prose.reduce((n, s) => n + wordsIn(s.text), 0) > SHORT_REPLY_WORDS) return findings;
  const inProse = (f: Finding) => prose.some((s) => f.start < s.end && s.start < f.end);
  // An e-mail keeps session 34's one case: a redirect on its one short line (a letter's cards each keep their own words).
  const letter = channel === 'email';
  if (letter && (prose.length > 1 || wordsIn(ack.text) > SHORT_LINE_WORDS)) return findings;
  // A redirect matched as such; not one told on another rule's card by evidence (channel-evidence.ts), which keeps its card.
  const redirect = (f: Finding) =>
    (f.ruleId === REDIRECT || (f.merged ?? []).some((m) => m.ruleId === REDIRECT && !m.evidence)) && ack.start <= f.start && f.end <= ack.end;
  const members = findings.filter((f) => f !== ack && !ownCard(f.ruleId) && inProse(f) && (!letter || redirect(f)));
  if (!members.length) return findings;
  const start = Math.min(ack.start, ...members.map((f) => f.start));
  const end = Math.max(ack.end, ...members.map((f) => f.end));
  // One card underlines one stretch of the agent's own words: never across a quoted line or other text between them.
  if (!agentTextOnly(text, sentences, start, end)) return findings;
  const union = text.slice(start, end);
  // The acknowledgement's line leads the rewrite; with no line to insert (advice or a fill-in), the first member's fix does.
  const lead = ack.suggestions.length ? ack : members.find((f) => f.suggestions.length);
  const composed = lead ? composeRewordings(union, start, lead, lead === ack ? members : [ack, ...members]) : { suggestions: [], fixed: new Set<Finding>() };
  // Each member's rewording was safe in its own card; written in together they may not be ("could you…" after the
  // inserted line, a cut that orphans what stood beside it): such a rewrite is dropped, and its members advise instead.
  const memberIds = members.flatMap((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])]);
  const suggestions = composed.suggestions.filter((s) => safeRewrite(text, text.slice(0, start) + s + text.slice(end), union, memberIds));
  const fixed = suggestions.length === composed.suggestions.length ? composed.fixed : new Set<Finding>();
  if (lead && lead !== ack && suggestions.length) fixed.add(lead);
  const card: Finding = {
    ...ack,
    start,
    end,
    text: union,
    severity: [ack, ...members].reduce((s, f) => (RANK[f.severity] > RANK[s] ? f.severity : s), ack.severity),
    // The card says each: the feeling to meet first, then what each other rule asks of the same words.
    message: unique([ack.message, ...members.map((f) => f.message)]).join(' '),
    suggestions,
    alsoRuleIds: unique(members.flatMap((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])])).filter((id) => id !== ACKNOWLEDGE),
    merged: [...membersOf(ack), ...members.flatMap(membersOf)],
  };
  // A member whose fix is in the rewrite needs no advice of its own; the others say what to do, and keep their fill-ins.
  const advice = unique([ack.advice, ...members.filter((f) => !fixed.has(f)).map((f) => f.advice)]).join(' ');
  if (advice) card.advice = advice;
  else delete card.advice;
  const templates = [...(ack.templates ?? []), ...members.flatMap((f) => f.templates ?? [])];
  if (templates.length) card.templates = templates;
  return findings.flatMap((f) => (f === ack ? [card] : members.includes(f) ? [] : [f]));
}
