import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { parsePattern } from '../rules/pattern-safety';
import type { PhraseRule } from '../rules/schema';
import { compilePhraseRules, matchPhraseRule, nextSentenceExcuses, patternPlansOf, SentenceDoc, shippedPatternPlans } from './phrase';
import { segment } from './segment';
import { sentenceKeys } from './words';

const phraseRules = defaultPack.rules.filter((r): r is PhraseRule => r.kind === 'phrase');

/** Every flag and pass example of every phrase rule, cut into sentences as the analyzer cuts them (the paraphrases run through the planned rules in lib/rules). */
const exampleSentences = [
  ...new Set(
    phraseRules
      .flatMap((rule) => [
        ...rule.examples.flag.map((e) => e.text),
        ...rule.examples.pass.map((e) => (typeof e === 'string' ? e : e.text)),
      ])
      .flatMap((text) => segment(text).sentences.map((s) => s.text)),
  ),
];

/** Each rule's matches in the sentence, and whether the sentence, read as the next one, excuses the rule. */
function findings(compiled: ReturnType<typeof compilePhraseRules>, doc: SentenceDoc) {
  const candidates = compiled.prefilter.candidates(doc.keys);
  return compiled.rules.map((rule) => ({ id: rule.rule.id, matches: matchPhraseRule(rule, doc, candidates), excuses: nextSentenceExcuses(rule, doc) }));
}

describe('the default pack’s shipped pattern plans (phrase-plans.ts)', () => {
  it('hold exactly the plan compromise’s parse gives for every pattern of the pack (run `npm run rules:index` when this fails)', () => {
    const expected = patternPlansOf(phraseRules);
    expect(expected.size).toBeGreaterThan(1000);
    expect(new Map(shippedPatternPlans())).toEqual(expected);
  });
});

describe('phrase rules compiled from plans (patterns parsed on first use)', () => {
  it('give the findings of rules compiled by parsing every pattern, on every example of every rule', () => {
    expect(exampleSentences.length).toBeGreaterThan(500);
    const planned = compilePhraseRules(phraseRules);
    const eager = compilePhraseRules(phraseRules, new Map());
    let found = 0;
    for (const text of exampleSentences) {
      // One document for both: its tagging is the same whatever reads it first.
      const doc = new SentenceDoc(text, sentenceKeys(text));
      const expected = findings(eager, doc);
      expect(findings(planned, doc), text).toEqual(expected);
      found += expected.filter((f) => f.matches.length > 0).length;
    }
    expect(found).toBeGreaterThan(exampleSentences.length / 3);
  });

  it('parse a shipped pattern only once a sentence holds its words, and a team’s own pattern at once', () => {
    // A shipped pattern that alone flags one of its rule's examples.
    const [pattern, example] = phraseRules
      .flatMap((rule) => rule.examples.flag.map((e) => [rule.patterns[0], e.text] as const))
      .find(([p, text]) => p !== undefined && matchPhraseRule(compilePhraseRules([{ ...phraseRules[0]!, phrases: [], patterns: [p], unless: [] }], new Map()).rules[0]!, new SentenceDoc(text, sentenceKeys(text))).length > 0)!;
    const own: PhraseRule = { ...phraseRules[0]!, phrases: [], patterns: [pattern!, 'we (cannot|can not) refund #Determiner? order'], unless: [], unlessNext: [] };
    const [rule] = compilePhraseRules([own]).rules;
    const [shipped, teams] = rule!.patterns;
    expect(shipped!.parsed).toBeNull();
    expect(teams!.parsed).not.toBeNull();
    const unrelated = 'Lovely weather.';
    expect(matchPhraseRule(rule!, new SentenceDoc(unrelated, sentenceKeys(unrelated)))).toEqual([]);
    expect(shipped!.parsed).toBeNull();
    expect(matchPhraseRule(rule!, new SentenceDoc(example, sentenceKeys(example))).length).toBeGreaterThan(0);
    expect(shipped!.parsed).toEqual(parsePattern(pattern!));
  });
});
