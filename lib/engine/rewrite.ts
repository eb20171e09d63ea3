/**
 * Turns a rule's rewrite templates into rewordings of the agent's own sentence.
 *
 * A template replaces the matched words; the sentence around it is kept, then tidied
 * (case, commas, end punctuation). The finding's span is widened to cover every word that
 * any rewording changes, so each suggestion replaces exactly `start..end`.
 */
import { nlp, type NlpDoc } from '../nlp/nlp';
import { parseTemplate, type TemplateFilter } from './template';
import { capitalize, decapitalize, isWordChar, startsWithCapital } from './words';

export interface MatchInSentence {
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  /** Capture name → captured text. A Map: capture names come from team leads' packs. */
  captures: Map<string, string>;
}

export interface Rewording {
  /** Span relative to the sentence that the replacements cover. */
  start: number;
  end: number;
  replacements: string[];
}

type Filter = (text: string) => string;

/** Conjugates the leading verb of a capture ("restart the router" → "restarting the router"). */
function conjugate(text: string, form: 'Infinitive' | 'Gerund' | 'PastTense'): string {
  const lead = /^\s*([\p{L}'’]+)/u.exec(text);
  if (!lead) return text;
  const verb = (nlp(lead[1]!).tag('Verb') as NlpDoc).verbs();
  const target = (verb.conjugate() as Partial<Record<typeof form, string>>[])[0]?.[form];
  if (!target) return text;
  const at = lead.index + lead[0].length - lead[1]!.length;
  return text.slice(0, at) + target + text.slice(at + lead[1]!.length);
}

const FILTERS: ReadonlyMap<TemplateFilter, Filter> = new Map<TemplateFilter, Filter>([
  ['lower', (s) => decapitalize(s)],
  ['capital', capitalize],
  ['infinitive', (s) => conjugate(s, 'Infinitive')],
  ['gerund', (s) => conjugate(s, 'Gerund')],
  ['past', (s) => conjugate(s, 'PastTense')],
]);

/**
 * Fills a template's placeholders. The pack validator refuses malformed templates; one that slips
 * through (a rule built in code) renders as nothing rather than as its raw braces.
 */
export function renderTemplate(template: string, match: string, captures: ReadonlyMap<string, string>): string {
  const parsed = parseTemplate(template);
  if (!parsed.ok) return '';
  return parsed.parts
    .map((part) => {
      if ('literal' in part) return part.literal;
      const value = part.name === 'match' ? match : (captures.get(part.name) ?? '');
      const filter = part.filter ? FILTERS.get(part.filter) : undefined;
      return filter ? filter(value) : value;
    })
    .join('');
}

const TERMINAL = /^[.!?…]+/;
const OPENERS = /^[\s"'“‘(«[]*$/;

/** Rebuilds the sentence with `replacement` in place of the match, tidying case and punctuation. */
export function composeSentence(sentence: string, match: MatchInSentence, replacement: string, templateLeadsWithLiteral: boolean): string {
  let pre = sentence.slice(0, match.start);
  let post = sentence.slice(match.end);
  let middle = replacement;
  // A match right after another sentence's stop ("escalated.As you can see,") starts a sentence too,
  // even when the segmenter kept them together for want of a space.
  const atStart = OPENERS.test(pre) || endsSentence(pre);

  if (middle.trim() === '') {
    // A deletion: drop the separator the phrase leaves behind.
    middle = '';
    if (atStart) {
      post = post.replace(/^[\s,;:–—-]+/, '');
      if (startsWithCapital(sentence.slice(match.start))) post = capitalize(post);
    } else if (/,\s*$/.test(pre) && /^\s*,/.test(post)) {
      pre = pre.replace(/,\s*$/, ' ');
      post = post.replace(/^\s*,\s*/, '');
    } else if (/^\s*[,;:]/.test(post) || /^\s*[.!?]/.test(post)) {
      pre = trimEndOf(pre, /[\s,;:]/);
      post = post.replace(/^\s*[,;:]\s*(?=[.!?])/, '').replace(/^\s*[,;:]/, ',');
      if (/^,\s*$/.test(post)) post = '';
    }
  } else {
    if (atStart) middle = capitalize(middle);
    else if (templateLeadsWithLiteral) middle = decapitalize(middle);
    if (/[.!?…:]$/.test(middle) && TERMINAL.test(post.trimStart())) post = post.trimStart().replace(TERMINAL, '');
    if (/[.!?…]$/.test(middle) && /^,/.test(post)) post = post.replace(/^,\s*/, ' ');
    // A template that ends its own sentence starts the next one with a capital.
    if (/[.!?]$/.test(middle) && /^\s*\p{Ll}/u.test(post)) post = capitalize(post);
  }
  const result = tidy(pre + middle + post);
  // Deleting the only words of a sentence deletes the sentence, not leaving a lone full stop.
  return /^[\s.!?…"'”’)\]]*$/.test(result) ? '' : result;
}

function tidy(s: string): string {
  return s
    .replace(/[ \t]{2,}/g, ' ')
    // White space before punctuation goes; a lone /\s+/ per run keeps this linear.
    .replace(/\s+/g, (run: string, at: number, all: string) => (/[,.;:!?]/.test(all[at + run.length] ?? '') ? '' : run))
    .replace(/,([.!?])/g, '$1')
    .replace(/^[\s,;:]+/, '')
    .trimEnd();
}

/** True when `s` ends (white space and closing quotes aside) with . ! ? or …, one character at a time. */
function endsSentence(s: string): boolean {
  let i = s.length;
  while (i > 0 && /[\s"'”’)\]]/.test(s[i - 1]!)) i--;
  return i > 0 && /[.!?…]/.test(s[i - 1]!);
}

/** `s` without the trailing characters that match `char` (one character at a time: linear). */
function trimEndOf(s: string, char: RegExp): string {
  let end = s.length;
  while (end > 0 && char.test(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** The smallest span of `before` (widened to whole words) that differs from `after`. */
function changedSpan(before: string, after: string): { start: number; end: number } | null {
  if (before === after) return null;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  return widenToWords(before, start, endB);
}

function widenToWords(text: string, start: number, end: number): { start: number; end: number } {
  while (start > 0 && isWordChar(text[start - 1])) start--;
  while (end < text.length && isWordChar(text[end])) end++;
  return { start, end };
}

function leavesAHole(template: string, captures: ReadonlyMap<string, string>): boolean {
  const names = [...template.matchAll(/\{(\w+)/g)].map(([, name]) => name!).filter((name) => name !== 'match');
  let outside = '';
  let depth = 0;
  for (const ch of template) {
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) outside += ch;
  }
  const hasWords = /[\p{L}\p{N}]/u.test(outside);
  return hasWords && names.length > 0 && names.every((name) => !captures.get(name)?.trim());
}

/**
 * Rewordings for one match. Returns the widened span and each replacement for it;
 * templates that would not change the sentence are dropped.
 */
export function reword(sentence: string, match: MatchInSentence, templates: string[]): Rewording {
  const matched = sentence.slice(match.start, match.end);
  const rewritten = templates
    // Words around captures this match filled none of would be left with a hole ("Could you ?"): skip such
    // a template. A template that is only captures ("{kept}") still applies: an empty one deletes the phrase.
    .filter((template) => !leavesAHole(template, match.captures))
    .map((template) => {
      const leadsWithLiteral = !template.startsWith('{');
      return composeSentence(sentence, match, renderTemplate(template, matched, match.captures), leadsWithLiteral);
    })
    .filter((s, i, all) => s !== sentence && all.indexOf(s) === i);

  let { start, end } = widenToWords(sentence, match.start, match.end);
  for (const s of rewritten) {
    const span = changedSpan(sentence, s);
    if (span) {
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
    }
  }
  const suffix = sentence.length - end;
  const replacements = rewritten.map((s) => s.slice(start, s.length - suffix));
  return { start, end, replacements };
}
