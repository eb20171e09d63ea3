/**
 * The "phrase" rule kind: literal phrases (a safe, escaped regex) and compromise match patterns
 * (run only on sentences that contain the words a pattern needs, so most sentences are never tagged).
 */
import type { PhraseRule } from '../rules/schema';
import { normalizePattern, requiredWords } from '../rules/pattern-safety';
import { nlp, type NlpDoc } from '../nlp/nlp';
import type { MatchInSentence } from './rewrite';
import { literalPhraseSource } from './words';

interface CompiledPattern {
  pattern: string;
  needs: string[][];
}

export interface CompiledPhraseRule {
  rule: PhraseRule;
  literal: RegExp | null;
  patterns: CompiledPattern[];
  unless: CompiledPattern[];
}

export function compilePhraseRule(rule: PhraseRule): CompiledPhraseRule {
  const literal = rule.phrases.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${rule.phrases.map(literalPhraseSource).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    : null;
  const compile = (pattern: string): CompiledPattern => ({ pattern: normalizePattern(pattern), needs: requiredWords(pattern) });
  return { rule, literal, patterns: rule.patterns.map(compile), unless: rule.unless.map(compile) };
}

/** Lazily tags one sentence: the first pattern that needs compromise pays for it, the rest reuse it. */
export class SentenceDoc {
  private doc: NlpDoc | null = null;
  constructor(
    readonly text: string,
    readonly keys: Set<string>,
  ) {}
  get(): NlpDoc {
    this.doc ??= nlp(this.text);
    return this.doc;
  }
  get tagged(): boolean {
    return this.doc !== null;
  }
}

function mayMatch(pattern: CompiledPattern, keys: Set<string>): boolean {
  return pattern.needs.every((alternatives) => alternatives.some((w) => keys.has(w)));
}

interface TermJson {
  offset: { start: number; length: number };
}

function termSpans(view: { json(options: object): unknown }): { start: number; end: number }[] {
  const items = view.json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[];
  return items.flatMap(({ terms }) => {
    if (!terms?.length) return [];
    const first = terms[0]!.offset;
    const last = terms[terms.length - 1]!.offset;
    return [{ start: first.start, end: last.start + last.length }];
  });
}

function patternMatches(doc: SentenceDoc, pattern: CompiledPattern): MatchInSentence[] {
  if (!mayMatch(pattern, doc.keys)) return [];
  const found = doc.get().match(pattern.pattern);
  if (!found.found) return [];
  const matches: MatchInSentence[] = termSpans(found).map((span) => ({ ...span, captures: {} }));
  // compromise reports captures for all matches together: give each to the match that holds it.
  for (const [name, group] of Object.entries(found.groups() as Record<string, NlpDoc>)) {
    for (const span of termSpans(group)) {
      const owner = matches.find((m) => m.start <= span.start && span.end <= m.end);
      if (owner && owner.captures[name] === undefined) owner.captures[name] = doc.text.slice(span.start, span.end);
    }
  }
  return matches;
}

function literalMatches(text: string, literal: RegExp): MatchInSentence[] {
  literal.lastIndex = 0;
  return [...text.matchAll(literal)].map((m) => ({ start: m.index, end: m.index + m[0].length, captures: {} }));
}

/** Every match of one rule in one sentence, first by position, overlaps removed. */
export function matchPhraseRule(compiled: CompiledPhraseRule, doc: SentenceDoc): MatchInSentence[] {
  const all = [
    ...(compiled.literal ? literalMatches(doc.text, compiled.literal) : []),
    ...compiled.patterns.flatMap((p) => patternMatches(doc, p)),
  ];
  if (all.length === 0) return [];
  if (compiled.unless.some((p) => patternMatches(doc, p).length > 0)) return [];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MatchInSentence[] = [];
  for (const m of all) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
  }
  return kept;
}
