/**
 * Fill-in templates (issue #10, item 3): where the better reply needs something only the agent knows
 * ("here's what I can do instead: …"), a rule may offer a sentence with labelled gaps that the agent
 * fills in the card before inserting. Nothing is ever written with a gap in it: Insert waits until
 * every slot holds text, and the filled words are the agent's own (kept in the card, never stored).
 *
 * Grammar, read by one linear scanner (the pack validator and the engine share it):
 *   literal text, and slots `{label}` or `{label <capture>}`. A label is a few plain words (letters,
 *   digits, spaces, ' ’ -) that name the gap for the agent ("what you can offer"); `<capture>` names a
 *   capture of the rule's patterns (or `match`) whose words prefill the slot, so the agent's own
 *   words stay where the template refers to them. Braces never appear in literal text.
 */

/** Every size limit of a fill-in template (the pack validator states them). */
export const FILL_IN_LIMITS = {
  templatesPerRule: 3,
  templateChars: 300,
  slots: 4,
  labelChars: 40,
  /** Characters kept of one slot's value (a prefill or what the agent types). */
  valueChars: 300,
} as const;

/**
 * Where a filled template goes: in place of the flagged words (`match`), joined to the end of their
 * sentence before its end mark (`end`: ", and I'll update you by {when}"), or as a new sentence after it (`after`).
 */
export const FILL_IN_PLACES = ['match', 'end', 'after'] as const;
export type FillInPlace = (typeof FILL_IN_PLACES)[number];

export type FillInPart = { literal: string } | { slot: string; from: string | null };
export type FillInParse = { ok: true; parts: FillInPart[] } | { ok: false; problem: string };

/** A template resolved against one flagged sentence: what the card shows and Insert writes. */
export interface FilledPart {
  literal?: string;
  /** The slot's label ("what you can offer"); set on slots only. */
  slot?: string;
  /** A slot's prefilled text from the agent's own sentence; empty when the agent writes it all. */
  value?: string;
}

export interface FillInTemplate {
  /** The template as the pack wrote it: it names this template across re-checks of the draft. */
  source: string;
  /** UTF-16 offsets into the analysed text that the filled template replaces (equal for an insert). */
  start: number;
  end: number;
  parts: FilledPart[];
}

const LABEL = /^[\p{L}\p{N}][\p{L}\p{N} '’-]*$/u;
const CAPTURE = /^\w+$/;
const TERMINAL = /[.!?…]$/;

/** Parses a fill-in template in one pass over its characters; never throws. */
export function parseFillIn(template: string): FillInParse {
  if (template.length > FILL_IN_LIMITS.templateChars) return { ok: false, problem: `must be at most ${FILL_IN_LIMITS.templateChars} characters` };
  const parts: FillInPart[] = [];
  const labels = new Set<string>();
  let literal = '';
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    if (ch === '}') return { ok: false, problem: `has a "}" at position ${i + 1} that closes no {slot}` };
    if (ch !== '{') {
      literal += ch;
      continue;
    }
    const close = template.indexOf('}', i + 1);
    const nextOpen = template.indexOf('{', i + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) return { ok: false, problem: `has a "{" at position ${i + 1} that is never closed by "}"` };
    const slot = parseSlot(template.slice(i + 1, close));
    if (!slot.ok) return slot;
    const key = slot.label.toLowerCase();
    if (labels.has(key)) return { ok: false, problem: `has the slot {${slot.label}} twice: give each gap its own label` };
    labels.add(key);
    if (labels.size > FILL_IN_LIMITS.slots) return { ok: false, problem: `has more than ${FILL_IN_LIMITS.slots} slots` };
    if (literal) parts.push({ literal });
    literal = '';
    parts.push({ slot: slot.label, from: slot.from });
    i = close;
  }
  if (literal) parts.push({ literal });
  if (labels.size === 0) return { ok: false, problem: 'has no {slot}: a template is for what only the agent knows; a fixed wording belongs in `rewrites`' };
  return { ok: true, parts };
}

function parseSlot(inner: string): { ok: true; label: string; from: string | null } | { ok: false; problem: string } {
  const angle = inner.indexOf('<');
  const label = (angle < 0 ? inner : inner.slice(0, angle)).trim();
  let from: string | null = null;
  if (angle >= 0) {
    const rest = inner.slice(angle + 1);
    const shut = rest.indexOf('>');
    from = shut < 0 ? '' : rest.slice(0, shut);
    if (shut < 0 || rest.slice(shut + 1).trim() || !CAPTURE.test(from)) {
      return { ok: false, problem: `has a slot {${shown(inner)}}: after the label, <name> names one capture to prefill from, e.g. {what you can't do <action>}` };
    }
  }
  if (!label) return { ok: false, problem: `has a slot {${shown(inner)}} with no label: say what goes there, e.g. {what you can offer}` };
  if (label.length > FILL_IN_LIMITS.labelChars) return { ok: false, problem: `has a slot label longer than ${FILL_IN_LIMITS.labelChars} characters: {${shown(inner)}}` };
  if (!LABEL.test(label)) return { ok: false, problem: `has a slot {${shown(inner)}}: a label is plain words (letters, digits, spaces, ' -)` };
  return { ok: true, label, from };
}

const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** The capture names a template's slots prefill from (without `match`). */
export function fillInCaptures(parts: readonly FillInPart[]): string[] {
  return parts.flatMap((p) => ('slot' in p && p.from && p.from !== 'match' ? [p.from] : []));
}

/** A slot's value as it may be written: one line, trimmed, bounded. The agent's text is otherwise kept as typed. */
function cleanSlotValue(value: string): string {
  return value.slice(0, FILL_IN_LIMITS.valueChars * 2).replace(/\s+/g, ' ').trim().slice(0, FILL_IN_LIMITS.valueChars);
}

export interface TemplateMatch {
  /** Offsets of the flagged words, relative to the sentence. */
  start: number;
  end: number;
  /** Capture name → captured text (a Map: names come from packs). */
  captures: ReadonlyMap<string, string>;
}

/**
 * Resolves a rule's templates against one flagged sentence: the span each replaces (relative to the
 * sentence) and its slots prefilled from the agent's own words. A malformed template (a rule built in
 * code, past the validator) is left out rather than shown with raw braces.
 */
export function resolveFillIns(
  sentence: string,
  match: TemplateMatch,
  templates: readonly { text: string; at?: FillInPlace }[],
): FillInTemplate[] {
  return templates.slice(0, FILL_IN_LIMITS.templatesPerRule).flatMap((template) => {
    const parsed = parseFillIn(template.text);
    if (!parsed.ok) return [];
    const matched = sentence.slice(match.start, match.end);
    const parts: FilledPart[] = parsed.parts.map((part) =>
      'literal' in part
        ? { literal: part.literal }
        : { slot: part.slot, value: part.from ? cleanSlotValue(part.from === 'match' ? matched : (match.captures.get(part.from) ?? '')) : '' },
    );
    const place = template.at ?? 'match';
    const resolvedHere = place === 'after' ? after(sentence, template.text, parts) : place === 'end' ? atEnd(sentence, template.text, parts) : inPlace(sentence, match, template.text, parts);
    return resolvedHere ? [resolvedHere] : [];
  });
}

/**
 * In place of the flagged words: a capital where they opened the sentence, and its end mark where the
 * template brings one. A template that is a whole sentence (it ends with . ? !) replaces only flagged words
 * that are the whole sentence: inside a longer one it would leave half a sentence around it, so it is not offered.
 */
function inPlace(sentence: string, match: TemplateMatch, source: string, parts: FilledPart[]): FillInTemplate | null {
  let end = match.end;
  const opensSentence = !/\p{L}/u.test(sentence.slice(0, match.start));
  if (TERMINAL.test(source)) {
    let i = end;
    while (i < sentence.length && /[.!?…]/.test(sentence[i]!)) i += 1;
    if (!opensSentence || /\p{L}/u.test(sentence.slice(i))) return null;
    end = i;
  }
  const first = parts[0];
  if (first?.literal !== undefined) first.literal = opensSentence ? capitalFirst(first.literal) : first.literal;
  return { source, start: match.start, end, parts };
}

/** Joined to the flagged sentence, before its end mark and any closing quote or bracket after it. */
function atEnd(sentence: string, source: string, parts: FilledPart[]): FillInTemplate {
  let end = sentence.trimEnd().length;
  while (end > 0 && /[.!?…"'”’)]/.test(sentence[end - 1]!)) end -= 1;
  return { source, start: end, end, parts };
}

/** A new sentence after the flagged one: after its end mark (one is added when it has none). */
function after(sentence: string, source: string, parts: FilledPart[]): FillInTemplate {
  const end = sentence.trimEnd().length;
  const lead = /[.!?…]["'”’)]*$/.test(sentence.slice(0, end)) ? ' ' : '. ';
  const first = parts[0];
  const filled = first?.literal !== undefined ? [{ literal: lead + capitalFirst(first.literal) }, ...parts.slice(1)] : [{ literal: lead }, ...parts];
  return { source, start: end, end, parts: filled };
}

function capitalFirst(text: string): string {
  const at = text.search(/\p{L}/u);
  return at < 0 ? text : text.slice(0, at) + text[at]!.toUpperCase() + text.slice(at + 1);
}

/** Moves a sentence-relative template to the draft's offsets. */
export function shiftFillIn(template: FillInTemplate, by: number): FillInTemplate {
  return { ...template, start: template.start + by, end: template.end + by };
}

/**
 * The filled text for `values` (one per slot, in order), or null while any slot is blank: nothing
 * with a gap is ever written. A slot's value fits its place: a lower-case start inside a sentence
 * stays as typed, and a value's own end mark is dropped where the template's literal brings one.
 */
export function fillTemplate(template: FillInTemplate, values: readonly string[]): string | null {
  const slots = template.parts.filter((p) => p.slot !== undefined).length;
  if (values.length < slots) return null;
  let slot = 0;
  let out = '';
  for (const [i, part] of template.parts.entries()) {
    if (part.slot === undefined) {
      out += part.literal ?? '';
      continue;
    }
    let value = cleanSlotValue(values[slot++] ?? '');
    if (!value) return null;
    const next = template.parts[i + 1]?.literal ?? '';
    if (/^[.!?…]/.test(next)) value = withoutEndMarks(value);
    if (!value) return null;
    if (!out.trim() || /[.!?…]\s*$/.test(out)) value = capitalFirst(value);
    out += value;
  }
  return out;
}

/** The draft with the filled template written in its place, or null while any slot is blank. */
export function applyFillIn(text: string, template: FillInTemplate, values: readonly string[]): string | null {
  const filled = fillTemplate(template, values);
  return filled === null ? null : text.slice(0, template.start) + filled + text.slice(template.end);
}

/** The value without its own end marks (a loop from the end: linear on any input). */
function withoutEndMarks(value: string): string {
  let end = value.length;
  while (end > 0 && /[.!?…]/.test(value[end - 1]!)) end -= 1;
  return value.slice(0, end).trimEnd();
}

const CONTEXT_CHARS = 200;

/**
 * The template as advice in its sentence ("Please allow 20 working days, and I'll check on it by [the
 * date]."): the flagged sentence's words on either side, unless the template is a sentence of its own there.
 */
export function templateInContext(text: string, template: FillInTemplate): string {
  const shown = templateAsAdvice(template);
  let from = template.start;
  if (!/^\s/.test(template.parts[0]?.literal ?? '')) {
    const floor = Math.max(0, from - CONTEXT_CHARS);
    while (from > floor && !/[.!?\n]/.test(text[from - 1]!)) from -= 1;
  }
  let to = template.end;
  if (!TERMINAL.test(shown)) {
    const ceiling = Math.min(text.length, to + CONTEXT_CHARS);
    while (to < ceiling && !/[.!?\n]/.test(text[to]!)) to += 1;
    while (to < ceiling && /[.!?…"'”’)]/.test(text[to]!)) to += 1;
  }
  return `${text.slice(from, template.start)}${shown}${text.slice(template.end, to)}`.trim();
}

/** The slot labels of a template, in order. */
export function slotLabels(template: FillInTemplate): string[] {
  return template.parts.flatMap((p) => (p.slot === undefined ? [] : [p.slot]));
}

/** The template as one line of advice, slots in brackets with any prefill: "I can't [what you can't do: refund it], but…". */
export function templateAsAdvice(template: FillInTemplate): string {
  return template.parts
    .map((p) => (p.slot === undefined ? (p.literal ?? '') : p.value ? `[${p.slot}: ${p.value}]` : `[${p.slot}]`))
    .join('')
    .trim();
}
