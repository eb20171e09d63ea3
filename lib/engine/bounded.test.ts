/**
 * The analyzer's work is bounded whatever the pack: findings are capped, and the time budget and
 * the slices are honoured between rules inside one sentence. A fake clock (one millisecond per
 * reading) makes these checks about behaviour, never about how fast this machine is.
 */
import { describe, expect, it } from 'vitest';
import { PACK_FORMAT, PACK_FORMAT_VERSION, validatePack, type RulePack } from '../rules/schema';
import { createAnalyzer, FINDING_LIMITS } from './analyzer';

const TAG_PATTERNS = [
  '#Noun #Verb', '#Adjective #Noun', '#Determiner #Noun', '#Pronoun #Verb', '#Verb #Determiner', '#Preposition #Determiner',
  '#Noun #Preposition', '#Verb #Noun', '#Adverb #Verb', '#Determiner #Adjective', '#Noun #Noun', '#Verb #Preposition',
  '#Pronoun #Copula', '#Copula #Adjective', '#Modal #Verb', '#Noun #Conjunction', '#Conjunction #Pronoun', '#Verb #Adverb',
  '#Determiner #Adjective #Noun', '#Pronoun #Verb #Determiner', '#Preposition #Noun', '#Noun #Copula', '#Verb #Pronoun',
  '#Adjective #Adjective', '#Verb #Adjective', '#Value #Noun', '#Noun #Adverb', '#Preposition #Pronoun', '#Noun #Modal', '#Infinitive #Noun',
];

/** A valid pack of `count` rules that each try every tag pattern above. */
function heavyPack(count: number): RulePack {
  const rules = Array.from({ length: count }, (_, i) => ({
    id: `heavy-${i}`,
    kind: 'phrase',
    principle: 'respect',
    severity: 'hint',
    message: 'A rule that matches almost every sentence, for load.',
    patterns: TAG_PATTERNS,
    examples: { flag: [{ text: 'The cat sat on the mat.', becomes: null }], pass: ['Ok.'] },
  }));
  const result = validatePack({ format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, id: 'heavy', name: 'Heavy', version: '1.0.0', rules });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return result.pack;
}

function fakeClock() {
  let t = 0;
  return () => (t += 1);
}

/** Every rule behind the findings: overlapping findings of several rules merge into one card (merge-findings.ts). */
const ruleHits = (findings: { ruleId: string; alsoRuleIds?: string[] }[]) => findings.flatMap((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])]);

const sentence = 'The new router in the box arrived late and the old cable is still broken today.';
const draft = (sentences: number) => Array.from({ length: sentences }, (_, i) => sentence.replace('today', `on day ${i}`)).join(' ');

describe('bounded rule work', () => {
  it('yields inside one sentence when a pack has many rules (analyzeInSlices)', () => {
    const pack = heavyPack(60);
    const analyzer = createAnalyzer(pack, { now: fakeClock() });
    const run = analyzer.analyzeInSlices(sentence, {}, 8);
    let yields = 0;
    let step = run.next();
    while (!step.done) {
      yields++;
      step = run.next();
    }
    // One sentence, 60 rules, each reading the clock at least once: far more than one slice.
    expect(yields).toBeGreaterThan(5);
    // Slicing changes when the work happens, not what it finds.
    expect(step.value.complete).toBe(true);
    expect(step.value.findings).toEqual(createAnalyzer(pack).analyze(sentence).findings);
  });

  it('stops inside a sentence when the budget runs out, and resumes there on the next analysis', () => {
    const pack = heavyPack(40);
    const unbudgeted = createAnalyzer(pack).analyze(sentence);
    const analyzer = createAnalyzer(pack, { now: fakeClock() });
    const first = analyzer.analyze(sentence, { budgetMs: 10 });
    expect(first.complete).toBe(false);
    expect(ruleHits(first.findings).length).toBeLessThan(ruleHits(unbudgeted.findings).length);
    let last = first;
    for (let i = 0; i < 20 && ruleHits(last.findings).length < ruleHits(unbudgeted.findings).length; i++) last = analyzer.analyze(sentence, { budgetMs: 10 });
    expect(last.findings).toEqual(unbudgeted.findings);
  });

  it('caps findings per rule in a sentence, per rule in a draft and per draft', () => {
    const countByRule = (findings: { ruleId: string; alsoRuleIds?: string[] }[]) => {
      const perRule = new Map<string, number>();
      for (const id of ruleHits(findings)) perRule.set(id, (perRule.get(id) ?? 0) + 1);
      return perRule;
    };
    // 3 rules × 12 sentences × up to 3 matches: each rule stops at its draft cap.
    const few = createAnalyzer(heavyPack(3)).analyze(draft(12));
    expect([...countByRule(few.findings).values()]).toEqual([FINDING_LIMITS.perRuleInDraft, FINDING_LIMITS.perRuleInDraft, FINDING_LIMITS.perRuleInDraft]);
    // 14 rules could give 14 × 25: the draft stops at its own cap.
    const many = createAnalyzer(heavyPack(14)).analyze(draft(12));
    expect(ruleHits(many.findings)).toHaveLength(FINDING_LIMITS.perDraft);
    const inOneSentence = createAnalyzer(heavyPack(1)).analyze(sentence).findings;
    expect(inOneSentence.length).toBe(FINDING_LIMITS.perRuleInSentence);
  });

  // `npm run fuzz` runs the full 1,000-rule pack against the real clock.
  it('a 200-rule × 30-pattern pack on a 1,500-word draft returns within its budget (fake clock)', () => {
    const analyzer = createAnalyzer(heavyPack(200), { now: fakeClock() });
    const text = draft(90); // 90 × 16 words
    const analysis = analyzer.analyze(text, { budgetMs: 500 });
    expect(analysis.complete).toBe(false);
    expect(analysis.findings.length).toBeLessThanOrEqual(FINDING_LIMITS.perDraft);
    for (const f of analysis.findings) expect(f.text).toBe(text.slice(f.start, f.end));
  });
});
