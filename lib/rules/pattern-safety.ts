/**
 * Checks that a team lead's phrase, pattern or rewrite template is safe to run on every keystroke.
 * Patterns use compromise's match syntax, which has no backtracking regex; raw /regex/ terms are refused.
 */
import { nlp } from '../nlp/nlp';
import { parseTemplate } from '../engine/template';
import { isReservedName } from '../engine/untrusted';

// The work a pattern costs is bounded by its terms and open-ended wildcards below; a choice list is looked up word by word,
// so its length bounds no work. 400 characters leave room for a family's verbs in one pattern (session 41: at 160, rules
// at their 30-pattern cap could not list them), and still refuse a pasted paragraph.
const MAX_PATTERN_LENGTH = 400;
const MAX_PATTERN_TERMS = 14;
const MAX_GREEDY_TERMS = 2;

interface ParsedTerm {
  word?: string;
  tag?: string;
  regex?: unknown;
  greedy?: boolean;
  anything?: boolean;
  optional?: boolean;
  group?: string;
  choices?: ParsedTerm[][];
  fastOr?: Set<string>;
  root?: string;
  operator?: string;
  negative?: boolean;
}

export function parsePattern(pattern: string): ParsedTerm[] {
  return (nlp as unknown as { parseMatch(p: string): ParsedTerm[] }).parseMatch(normalizePattern(pattern));
}

/**
 * In compromise `.*` needs at least one word, unlike a regex; `*` alone is "zero or more words".
 * Authors write `.*` meaning zero or more, so it is read that way.
 */
function normalizePattern(pattern: string): string {
  return pattern.replace(/(^|[\s\]>])\.\*(?=[\s\]]|$)/g, '$1*');
}

function allTerms(terms: ParsedTerm[]): ParsedTerm[] {
  return terms.flatMap((t) => [t, ...(t.choices ?? []).flatMap(allTerms)]);
}

export function patternProblem(pattern: string): string | null {
  if (pattern.trim() === '') return 'must not be empty';
  if (pattern.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  if (/(^|\s)\//.test(pattern)) return 'raw /regular expressions/ are not allowed; use words, #Tags and (a|b) choices';
  if (countChar(pattern, '[') !== countChar(pattern, ']')) return 'has unbalanced [ ] brackets';
  if (countChar(pattern, '(') !== countChar(pattern, ')')) return 'has unbalanced ( ) brackets';
  if (hasNestedGroups(pattern)) {
    return 'nested ( ) groups never match in compromise; flatten them, e.g. (for us|for me)?';
  }
  // "." and ".?" are compromise's any-word wildcards; commas and the like are never matched.
  if (/(^|\s)[,;:!]+\??(?=\s|$)/.test(pattern)) return 'punctuation is not matched by patterns; leave it out';
  if (/(^|\s)\$(\s|$)/.test(pattern)) return 'a lone $ never matches; attach it to the last word, e.g. done$';
  let terms: ParsedTerm[];
  try {
    terms = parsePattern(pattern);
  } catch (error) {
    return `is not a valid compromise pattern (${(error as Error).message})`;
  }
  if (terms.length === 0) return 'has no words to match';
  for (const name of new Set(allTerms(terms).flatMap((t) => (t.group ? [t.group] : [])))) {
    const problem = captureNameProblem(name);
    if (problem) return problem;
  }
  if (terms.length > MAX_PATTERN_TERMS) return `has more than ${MAX_PATTERN_TERMS} terms`;
  const flat = allTerms(terms);
  if (flat.some((t) => t.regex)) return 'raw /regular expressions/ are not allowed';
  if (flat.filter((t) => t.greedy).length > MAX_GREEDY_TERMS) return `has more than ${MAX_GREEDY_TERMS} open-ended wildcards (+ or *)`;
  if (terms.every((t) => t.anything || t.optional)) return 'would match anything; name at least one word or #Tag';
  return null;
}

export function phraseProblem(phrase: string): string | null {
  if (!/\p{L}/u.test(phrase)) return 'must contain at least one letter';
  if (phrase.length > 80) return 'is longer than 80 characters';
  return null;
}

/** Why a capture name cannot be used, or null. Names are read by templates as {name}. */
function captureNameProblem(name: string): string | null {
  // compromise numbers unnamed [ ] groups "0", "1"…
  if (!/^(?:[A-Za-z]\w*|\d+)$/.test(name)) return `has the capture name <${name}>: use letters, digits and _, starting with a letter`;
  if (name === 'match') return 'has the capture name <match>, which templates use for the whole match; choose another name';
  if (isReservedName(name)) return `has the capture name <${name}>, which is reserved (a name every JavaScript object has); choose another name`;
  return null;
}

export function templateProblem(template: string): string | null {
  const parsed = parseTemplate(template);
  return parsed.ok ? null : parsed.problem;
}

/** Names of the [<name> …] captures in a pattern (as compromise reads them), or none if it does not parse. */
export function captureNames(pattern: string): string[] {
  try {
    return [...new Set(allTerms(parsePattern(pattern)).flatMap((t) => (t.group ? [t.group] : [])))];
  } catch {
    return [];
  }
}

/** True when a ( ) group opens inside another; brackets of [ ] captures are not groups. Linear scan. */
function hasNestedGroups(pattern: string): boolean {
  let depth = 0;
  let inCapture = false;
  for (const ch of pattern) {
    if (ch === '[') inCapture = true;
    else if (ch === ']') inCapture = false;
    else if (inCapture) continue;
    else if (ch === '(') {
      if (depth > 0) return true;
      depth++;
    } else if (ch === ')') depth = Math.max(0, depth - 1);
  }
  return false;
}

/**
 * Words a sentence must contain for the (parsed) pattern to possibly match (lower-case).
 * Each entry is a set of alternatives; a sentence must contain one word of every entry.
 * Tag-only or root-form terms give nothing, so such a pattern is always tried.
 */
export function requiredWordsOf(terms: readonly ParsedTerm[]): string[][] {
  const needs: string[][] = [];
  for (const term of terms) {
    if (term.optional || term.negative || term.operator === 'and') continue;
    if (term.word && !term.root) needs.push([term.word.toLowerCase()]);
    else if (term.fastOr && !term.root) needs.push([...term.fastOr].map((w) => w.toLowerCase()));
    else if (term.choices) {
      const options = term.choices.map((seq) => seq.find((t) => t.word && !t.optional && !t.root)?.word);
      if (options.every((w): w is string => typeof w === 'string')) needs.push(options.map((w) => w.toLowerCase()));
    }
  }
  return needs;
}

function countChar(s: string, c: string): number {
  return s.split(c).length - 1;
}
