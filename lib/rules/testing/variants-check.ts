/**
 * The pack-wide variant check (issue #10 item 1): every phrase rule, on every flag example and paraphrase and every
 * variant of it (variants.ts), still flags the phrase (a match over its content words) with only safe rewordings; on every near miss
 * and every variant of it, still flags nothing. Shared by the test (lib/rules/variants.test.ts) and the report script.
 */
import { createAnalyzer, type Analyzer } from '../../engine/analyzer';
import { applySuggestion } from '../../engine/apply';
import { compilePhraseRule, matchPhraseRule, nextSentenceExcuses, SentenceDoc, type CompiledPhraseRule } from '../../engine/phrase';
import { segment } from '../../engine/segment';
import type { Finding } from '../../engine/types';
import { sentenceKeys } from '../../engine/words';
import { neighbourProblems, rewordingProblems, stockWordsOf } from '../rewording-safety';
import type { PhraseRule } from '../schema';
import { sentenceAround, TRANSFORMS, variantsOf, type Transform } from './variants';

export interface VariantCase {
  ruleId: string;
  transform: string;
  /** A flag text (must still be flagged) or a near miss (must stay unflagged). */
  kind: 'flag' | 'pass';
  original: string;
  variant: string;
  /** Why the case fails; absent when it holds. */
  problem?: string;
}

/** Words a phrase may gain or lose in a variant (its subject, auxiliary, negation): the phrase's core is what lies between them. */
const FUNCTION_WORDS = new Set(
  'i we you they he she it that this there a an the to of and or but so am is are was were be been being will would can could shall should must may might have has had do does did not no cannot'.split(' '),
);

/** The flagged span without its leading and trailing function words and contractions ("We can't refund" → "refund"). */
function coreOf(text: string, start: number, end: number): { start: number; end: number } {
  const words = [...text.slice(start, end).matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map((m) => ({
    start: start + m.index,
    end: start + m.index + m[0].length,
    function: FUNCTION_WORDS.has(m[0].toLowerCase()) || /['’]/.test(m[0]),
  }));
  const content = words.filter((w) => !w.function);
  if (content.length === 0) return { start, end };
  return { start: content[0]!.start, end: content[content.length - 1]!.end };
}

/**
 * The rule's matches in a text, read by the matcher itself sentence by sentence (with its next-sentence excuse), as the
 * engine reads them: the analyzer's whole-reply work is left out, so the pack-wide product of cases stays fast.
 */
function matchesIn(compiled: CompiledPhraseRule, text: string): { start: number; end: number }[] {
  const sentences = segment(text).sentences;
  const docOf = (t: string) => new SentenceDoc(t, sentenceKeys(t));
  return sentences.flatMap((sentence, i) => {
    const found = matchPhraseRule(compiled, docOf(sentence.text));
    const next = sentences[i + 1];
    if (found.length === 0 || (next && compiled.unlessNext.length && nextSentenceExcuses(compiled, docOf(next.text)))) return [];
    return found.map((m) => ({ start: sentence.start + m.start, end: sentence.start + m.end }));
  });
}

/** The analyzer's finding of the rule over a span (its own, or the merged card it belongs to). */
function findingOver(analyzer: Analyzer, ruleId: string, text: string, span: { start: number; end: number }): Finding | undefined {
  return analyzer.analyze(text).findings.find((f) => {
    const own = f.ruleId === ruleId ? f : f.merged?.find((m) => m.ruleId === ruleId);
    return own && own.start < span.end && span.start < own.end;
  });
}

/** The problems of each rewording a finding offers, read as the pack's rewording tests read them. */
function rewordingProblemsOf(rule: PhraseRule, text: string, finding: Finding): string[] {
  return finding.suggestions.flatMap((_s, i) => {
    const after = applySuggestion(text, finding, i);
    const problems = [...rewordingProblems(text, after, finding.text, stockWordsOf(rule)), ...neighbourProblems(text, after)];
    return problems.map((p) => `${JSON.stringify(after)}: ${p}`);
  });
}

export interface VariantCheckOptions {
  transforms?: readonly Transform[];
  /** Which (rule, text, transform) cases to run: a seeded sample keeps the test fast. All by default. */
  sample?: (key: string) => boolean;
}

/** Every variant case of one phrase rule, each with its problem if it fails. */
export function checkRuleVariants(rule: PhraseRule, options: VariantCheckOptions = {}): VariantCase[] {
  const { transforms = TRANSFORMS, sample = () => true } = options;
  const enabled = { ...rule, enabled: true };
  const compiled = compilePhraseRule(enabled);
  let analyzer: Analyzer | null = null;
  const cases: VariantCase[] = [];
  const flagTexts = [...rule.examples.flag.map((e) => e.text), ...(rule.examples.paraphrases?.flag ?? [])];
  const passTexts = [...rule.examples.pass.map((e) => (typeof e === 'string' ? e : e.text)), ...(rule.examples.paraphrases?.pass ?? [])];
  const keyOf = (original: string, transform: string) => `${rule.id}\u0000${original}\u0000${transform}`;
  for (const original of new Set(flagTexts)) {
    // The phrase: the rule's first match in the text (an example the rule misses is the examples test's failure).
    const first = matchesIn(compiled, original)[0];
    if (!first) continue;
    const core = coreOf(original, first.start, first.end);
    for (const variant of variantsOf({ text: original, ...core }, rule.id, transforms)) {
      if (!sample(keyOf(original, variant.transform))) continue;
      const hits = matchesIn(compiled, variant.text);
      // The rule flags the phrase: a match over its content words (the match may take in or leave out a word around them).
      const covering = hits.find((span) => span.start < variant.end && variant.start < span.end);
      let problem: string | undefined;
      if (!covering) {
        const phrase = JSON.stringify(variant.text.slice(variant.start, variant.end));
        problem = hits[0] ? `flags ${JSON.stringify(variant.text.slice(hits[0].start, hits[0].end))}, not the phrase ${phrase}` : `misses ${phrase}`;
      } else if (rule.rewrites.length) {
        analyzer ??= createAnalyzer([enabled]);
        const finding = findingOver(analyzer, rule.id, variant.text, covering);
        const problems = finding ? rewordingProblemsOf(rule, variant.text, finding) : [];
        if (problems.length) problem = `unsafe rewording ${problems.join('; ')}`;
      }
      cases.push({ ruleId: rule.id, transform: variant.transform, kind: 'flag', original, variant: variant.text, problem });
    }
  }
  for (const original of new Set(passTexts)) {
    const first = sentenceAround(original, 0);
    for (const variant of variantsOf({ text: original, ...first }, rule.id, transforms)) {
      if (!sample(keyOf(original, variant.transform))) continue;
      const hit = matchesIn(compiled, variant.text)[0];
      const problem = hit ? `flags ${JSON.stringify(variant.text.slice(hit.start, hit.end))}` : undefined;
      cases.push({ ruleId: rule.id, transform: variant.transform, kind: 'pass', original, variant: variant.text, problem });
    }
  }
  return cases;
}

/** Pass rate per key (transform, rule). */
export function passRates(cases: readonly VariantCase[], keyOf: (c: VariantCase) => string): Map<string, { passed: number; total: number }> {
  const rates = new Map<string, { passed: number; total: number }>();
  for (const c of cases) {
    const key = keyOf(c);
    const rate = rates.get(key) ?? { passed: 0, total: 0 };
    rate.total++;
    if (!c.problem) rate.passed++;
    rates.set(key, rate);
  }
  return rates;
}
