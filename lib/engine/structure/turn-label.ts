/**
 * Session 53b (issue 15): a chat turn typed or copied with its speaker's label in front ("Priya: Hi Sam, I've checked…",
 * "[10:16] Dana: …", "Agent (Sam) 14:02: …"). The pass reads a line whole, so the label, which the chat app wrote and the
 * agent did not, was read with the agent's words as body. A line's label and its words need different parts: the label
 * (a clock, a name, a role) is never the agent's; the words after it are the agent's when the speaker is the agent and the
 * customer's otherwise.
 *
 * A line opens with a speaker's label when the label has a chat's evidence: a clock, a chat role ("Agent", "Customer",
 * "Sam (Support)"), or the same label opening another line of the reply. A note's label ("Note:", "Update:", "Step 1:",
 * "P.S.:") and a greeting ending in a colon ("Hi Sam:") are no speaker. The speaker's side: the agent's when the label
 * is an agent's role, the name the reply signs with, or a name other than the one the turn greets ("Priya: Hi Sam, …");
 * the customer's when it is a customer's role or the name an agent's turn greets. A speaker with no side is left alone.
 * The label is a skipped part of its own when the chat's hand is on it (a clock, a role, another speaker's turn); the
 * agent's own name alone over their own turns stays on the agent's line, its words still read past (the layouts label
 * "Nia: Hi Jo, …⏎Nia: Seat 42…" as the agent's, as bc003 does).
 *
 * Measured (totals, main → this): the 27 blind layout batches' replies with a line not the agent's read as body 111 →
 * 105, misread replies 161 → 155, findings inside not-agent text 62 in 46 → 58 in 44 in channel and 124 in 80 → 114 in 74
 * as e-mail, structural must-flags 599 → 600 (639 → 640 as e-mail), no agent line newly read as skipped; half A and B,
 * tune-B and blind replies and the 583 social replies unchanged. Skipping every label (the agent's name alone too) read
 * the agent's lines as quoted in two replies on half A, two on half B and one blind: left out.
 */
import type { LineKind } from './line-roles';
import type { Line } from './lines';
import { greetingLength, isPostscript } from './patterns';

/** The most lines read (the walk stays bounded on a long reply). */
const MAX_LINES = 400;

/**
 * The label: an optional clock in front ("[10:16] ", "10:42 AM - "), a speaker of one to three words that starts with a
 * capital (a role in brackets after it: "Agent (Sam)"), an optional clock before the colon ("Agent (Sam) 14:02:"), the
 * colon and the space after it. Every quantifier is bounded and the classes around each one do not overlap.
 */
const TURN_LABEL =
  /^(?<clock>\[?\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?\]?(?: [-–—·|])? )?(?<speaker>\p{Lu}[\p{L}'’.-]{1,20}(?: [\p{L}'’.-]{1,20}){0,2})(?: \((?<role>[\p{L} '’.-]{2,30})\))?(?<late>,? \[?\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?\]?)? ?: +(?=\S)/u;

/** An agent's role as the chat names it. */
const AGENT_ROLE = /^(?:agent|support|adviser|advisor|operator|rep|representative|staff|team|host|specialist|concierge)\b/i;
/** A customer's role as the chat names it. */
const CUSTOMER_ROLE = /^(?:customer|client|visitor|guest|caller|user|member|buyer|patient|tenant|passenger)\b/i;
/** A note's label, never a speaker: "Note:", "Update:", "Step 1:", "Re:", "Edit:", "Tip:". */
const NOTE_LABEL = /^(?:note|notes|update|updated|edit|tip|re|fyi|ps|p\.s|nb|step|next|then|result|status|reason|summary|todo|done|fixed|action|answer|question|reply|response|info|important|warning|reminder)\b/i;

export interface TurnLabel {
  /** The label's length from the line's first character, colon and the spaces after it included. */
  length: number;
  /** Whose words follow the label. */
  side: 'agent' | 'customer';
  /**
   * The label is the chat app's, read past as its own part: it carries a clock or a role, or another speaker's turn
   * stands in the reply. The agent's name alone over their own turns ("Nia: Hi Jo, …⏎Nia: Seat 42…") is what the agent
   * typed or kept: its words are still read past, but the line stays the agent's.
   */
  apps: boolean;
}

interface RawLabel {
  length: number;
  speaker: string;
  /** The speaker's first word ("sam" of "sam rivera"): the name a greeting or a sign-off would use. */
  firstName: string;
  role: string;
  clocked: boolean;
}

function rawLabel(head: string): RawLabel | null {
  if (!head.includes(':')) return null;
  const m = TURN_LABEL.exec(head);
  if (m === null || m[0].length >= head.length) return null;
  const speaker = m.groups!.speaker!;
  if (NOTE_LABEL.test(speaker) || isPostscript(head)) return null;
  // "Hi Sam: …", "Dear team: …": a greeting, not a speaker.
  if (greetingLength(head, head.length) > 0 && !m.groups!.clock) return null;
  const lower = speaker.toLowerCase();
  return { length: m[0].length, speaker: lower, firstName: lower.split(' ')[0]!, role: (m.groups!.role ?? '').toLowerCase(), clocked: Boolean(m.groups!.clock || m.groups!.late) };
}

/** The name a turn's words greet ("Hi Sam, I've checked…" → "sam"), or null. */
function greetedName(words: string): string | null {
  const g = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|thanks|thank you)[ ,]+(\p{Lu}[\p{L}'’-]{1,20})\b/iu.exec(words);
  return g ? g[1]!.toLowerCase() : null;
}

const isAgentRole = (l: RawLabel) => AGENT_ROLE.test(l.speaker) || AGENT_ROLE.test(l.role);
const isCustomerRole = (l: RawLabel) => CUSTOMER_ROLE.test(l.speaker) || CUSTOMER_ROLE.test(l.role);

/**
 * The speaker labels on the lines still read as the agent's, by line, with whose words follow each. `signedName` is
 * the first word of the name the reply signs with (lower case), when the reply signs.
 */
export function readTurnLabels(lines: readonly Line[], kinds: readonly LineKind[], signedName: string | null): Map<number, TurnLabel> {
  const raw = new Map<number, RawLabel>();
  const seen = new Map<string, number>();
  const last = Math.min(lines.length, MAX_LINES);
  // Every labelled line counts as the chat's evidence (a customer's turn the pass already quoted too); only the lines
  // still read as the agent's are read again.
  let hasAgentRole = false;
  let hasCustomerRole = false;
  for (let i = 0; i < last; i++) {
    if (lines[i]!.blank || kinds[i] === 'code') continue;
    const label = rawLabel(lines[i]!.head);
    if (label === null) continue;
    if (kinds[i] === 'agent') raw.set(i, label);
    seen.set(label.speaker, (seen.get(label.speaker) ?? 0) + 1);
    hasAgentRole ||= isAgentRole(label);
    hasCustomerRole ||= isCustomerRole(label);
  }
  // The names the agent's turns greet: the customer's, whoever else labels a turn with them.
  const agentSide = (l: RawLabel, words: string) => {
    if (isAgentRole(l)) return true;
    if (signedName !== null && l.firstName === signedName) return true;
    const greeted = greetedName(words);
    return greeted !== null && greeted !== l.firstName;
  };
  const greetedByAgent = new Set<string>();
  for (const [i, l] of raw) {
    const words = lines[i]!.head.slice(l.length);
    if (!isCustomerRole(l) && agentSide(l, words)) {
      const g = greetedName(words);
      if (g !== null) greetedByAgent.add(g);
    }
  }
  // A speaker whose turn is the agent's is the agent on every line ("Mia: Hi Tariq, …⏎Mia: Your SIM swap…").
  const agentSpeakers = new Set<string>();
  for (const [i, l] of raw) if (!isCustomerRole(l) && !greetedByAgent.has(l.firstName) && agentSide(l, lines[i]!.head.slice(l.length))) agentSpeakers.add(l.speaker);
  const labels = new Map<number, TurnLabel>();
  for (const [i, l] of raw) {
    // A chat's evidence: a clock, a role, the same speaker again, a turn that greets someone else by name, or the name
    // an agent's turn greets.
    const greeted = greetedName(lines[i]!.head.slice(l.length));
    const greetsAnother = greeted !== null && greeted !== l.firstName;
    // A role alone is a form's field ("Customer: Ria Shah, flat 4B"): a role names a speaker when the other side's role
    // labels another line.
    const roleWithCounterpart = (isAgentRole(l) && hasCustomerRole) || (isCustomerRole(l) && hasAgentRole);
    const greetedHere = greetedByAgent.has(l.firstName) || (l.role !== '' && greetedByAgent.has(l.role.split(' ')[0]!));
    const evidence = l.clocked || roleWithCounterpart || (seen.get(l.speaker) ?? 0) >= 2 || greetsAnother || greetedHere;
    if (!evidence) continue;
    if (isCustomerRole(l) || greetedHere) labels.set(i, { length: l.length, side: 'customer', apps: true });
    else if (agentSpeakers.has(l.speaker)) labels.set(i, { length: l.length, side: 'agent', apps: l.clocked || isAgentRole(l) });
  }
  // Another speaker's turn in the reply: every label is the chat's.
  if (seen.size > 1 && [...labels.values()].some((t) => t.side === 'agent')) for (const t of labels.values()) t.apps = true;
  return labels;
}

/** The name the reply signs with, when a sign-off signs it: its first word, lower case ("Best,⏎Sam Adeyemi" → "sam"). */
export function signedFirstName(lines: readonly Line[], kinds: readonly LineKind[]): string | null {
  const last = Math.min(lines.length, MAX_LINES);
  for (let i = 0; i < last; i++) {
    if (kinds[i] !== 'sign-off') continue;
    // "Thanks, Sam": the name after the valediction's comma; else the name on the next line.
    const own = /,\s*(\p{Lu}[\p{L}'’-]{1,20})\b/u.exec(lines[i]!.head);
    if (own) return own[1]!.toLowerCase();
    for (let j = i + 1; j < last && j <= i + 2; j++) {
      if (lines[j]!.blank) continue;
      const name = /^(\p{Lu}[\p{L}'’-]{1,20})\b/u.exec(lines[j]!.head);
      return name ? name[1]!.toLowerCase() : null;
    }
    return null;
  }
  return null;
}
