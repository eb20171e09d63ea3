/**
 * The rewording-warmth property, shared by its unit test (200 runs) and `scripts/fuzz-rewording-warmth.ts` (1,000 runs
 * and more, with the defects counted): applying any suggestion never mangles punctuation and never lowers warmth, with
 * one documented exception (README, "Scores"): a rewording that opens its sentence with "Please …" may cost up to the
 * score's sentence-initial-please weight, because the score, after Danescu-Niculescu-Mizil et al. (2013), reads an
 * opening "please" as slightly cold. The first rewording (the one the card offers first) never lowers warmth at all.
 * Replies are random combinations of every rule's own examples (flag and pass), joined the ways agents join sentences
 * (a space, a line break, a blank line, or nothing after a full stop).
 */
import fc from 'fast-check';
import { defaultPack } from '../rules/default';
import type { Analyzer } from './analyzer';
import { applySuggestion } from './apply';

/** The score's weight for a sentence that opens on "Please" (score.ts, COLD_SIGNALS pleaseStart). */
const PLEASE_START_POINTS = 4;

/** How far warmth may drop: 0 for the first rewording, else the please-start weight when the suggestion opens on "Please". */
export function allowedDrop(suggestion: string, index: number): number {
  return index > 0 && /^\W*please\b/i.test(suggestion) ? PLEASE_START_POINTS : 0;
}

/** Punctuation no careful writer produces: ".,", ",.", ",,", " ," and a stop or comma after a colon. */
const MANGLES = [/[.!?…][,;:]/g, /[,;:][.!?]/g, /,,/g, /[^\S\n],/g, /:[,.]/g];
export function mangles(text: string): number {
  return MANGLES.reduce((n, re) => n + (text.match(re)?.length ?? 0), 0);
}

const exampleSentences = [
  ...new Set(
    defaultPack.rules.flatMap((r) => [
      ...r.examples.flag.map((e) => e.text),
      ...r.examples.pass.map((e) => (typeof e === 'string' ? e : e.text)),
    ]),
  ),
];
const joiner = fc.constantFrom(' ', ' ', '\n', '\n\n', '');

/** A reply of one to four rule examples, joined as agents join sentences. */
export const exampleReply: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...exampleSentences), joiner), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.map(([s, j]) => s + j).join('').trim());

interface RewordingDefect {
  kind: 'lowers warmth' | 'mangles punctuation';
  ruleId: string;
  index: number;
  before: string;
  after: string;
  warmthBefore: number;
  warmthAfter: number;
}

/** Every suggestion of every finding of `text` that breaks the property, applied one at a time. */
export function rewordingDefects(analyzer: Analyzer, text: string): RewordingDefect[] {
  const before = analyzer.analyze(text);
  const defects: RewordingDefect[] = [];
  for (const finding of before.findings) {
    finding.suggestions.forEach((suggestion, index) => {
      const after = applySuggestion(text, finding, index);
      const warmthAfter = analyzer.analyze(after).scores.warmth;
      const base = { ruleId: finding.ruleId, index, before: text, after, warmthBefore: before.scores.warmth, warmthAfter };
      if (warmthAfter < before.scores.warmth - allowedDrop(suggestion, index)) defects.push({ kind: 'lowers warmth', ...base });
      if (mangles(after) > mangles(text)) defects.push({ kind: 'mangles punctuation', ...base });
    });
  }
  return defects;
}

export function describeDefect(d: RewordingDefect): string {
  return `${d.kind}: ${d.ruleId} suggestion ${d.index} on ${JSON.stringify(d.before)} → ${JSON.stringify(d.after)} (warmth ${d.warmthBefore} → ${d.warmthAfter})`;
}
