import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import type { PhraseRule } from '../rules/schema';
import { compilePhraseRule, matchPhraseRule, parsedPattern, SentenceDoc } from './phrase';
import { segment } from './segment';
import { sentenceKeys } from './words';

const sentences = readFileSync(new URL('../../data/replies/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .flatMap((line) => segment((JSON.parse(line) as { text: string }).text).sentences.map((s) => s.text))
  .filter((_, i) => i % 12 === 0);

const tagPatterns = defaultPack.rules
  .filter((r): r is PhraseRule => r.kind === 'phrase')
  .flatMap((rule) => {
    const compiled = compilePhraseRule(rule);
    return [...compiled.patterns, ...compiled.unless];
  })
  .filter((p) => p.needsTagGroups.length > 0);

describe('the phrase matcher’s tag prefilter', () => {
  it('skips compromise only where compromise finds no match (dev sentences, every tag pattern of the default pack)', () => {
    expect(tagPatterns.length).toBeGreaterThan(20);
    let skipped = 0;
    for (const text of sentences) {
      const doc = new SentenceDoc(text, sentenceKeys(text));
      for (const pattern of tagPatterns) {
        if (pattern.needsTagGroups.every((tags) => tags.some((t) => doc.hasTag(t)))) continue;
        skipped += 1;
        expect(doc.getWithChunks().match(parsedPattern(pattern) as never).found, `${pattern.source} on "${text}"`).toBe(false);
      }
    }
    expect(skipped).toBeGreaterThan(sentences.length);
  });

  it('reads a term that may match a plain word, or nothing, as no requirement', () => {
    const groups = (pattern: string) => compilePhraseRule({ ...(defaultPack.rules.find((r) => r.kind === 'phrase') as PhraseRule), phrases: [], patterns: [pattern], unless: [] }).patterns[0]!.needsTagGroups;
    expect(groups('#Noun+ are #Adverb? (#PastTense|#Participle)')).toEqual([['Noun'], ['PastTense', 'Participle']]);
    expect(groups('(#PastTense|processed) !#Noun #Adjective? .{0,3} #Verb{0,2}')).toEqual([]);
  });
});

describe('an unless decided by its words', () => {
  const base = defaultPack.rules.find((r): r is PhraseRule => r.kind === 'phrase')!;
  const rule = (unless: string[]): PhraseRule => ({ ...base, phrases: [], patterns: ['#Noun+ are'], unless });

  it('rules a sentence out before it is tagged, with the findings of the full unless', () => {
    const text = 'Refunds are processed weekly, thanks.';
    const doc = new SentenceDoc(text, sentenceKeys(text));
    expect(matchPhraseRule(compilePhraseRule(rule(['(#Pronoun|please|thanks)'])), doc)).toEqual([]);
    expect(doc.hasTagged).toBe(false);
    // Without the unless the pattern matches once the sentence is tagged; a choice of tags alone still needs the tagger.
    expect(matchPhraseRule(compilePhraseRule(rule([])), new SentenceDoc(text, sentenceKeys(text)))).toHaveLength(1);
    expect(compilePhraseRule(rule(['(#Pronoun|#Modal)'])).unless[0]!.byWords).toBeNull();
    expect(compilePhraseRule(rule(['(#Pronoun|please) note'])).unless[0]!.byWords).toBeNull();
  });

  it('keeps every finding of the default pack on dev sentences (the words of a choice match only where the choice does)', () => {
    const rules = defaultPack.rules.filter((r): r is PhraseRule => r.kind === 'phrase' && r.unless.length > 0).map((r) => compilePhraseRule(r));
    expect(rules.filter((c) => c.unless.some((u) => u.byWords && u.byWords !== u)).length).toBeGreaterThan(0);
    for (const text of sentences) {
      for (const compiled of rules) {
        const withoutShortcut = { ...compiled, unless: compiled.unless.map((u) => ({ ...u, byWords: null })) };
        expect(matchPhraseRule(compiled, new SentenceDoc(text, sentenceKeys(text))), `${compiled.rule.id} on "${text}"`).toEqual(matchPhraseRule(withoutShortcut, new SentenceDoc(text, sentenceKeys(text))));
      }
    }
  });
});

describe('the phrase matcher before tagging', () => {
  it('leaves a sentence untagged when the only pattern that could tag it needs an #Acronym it cannot have', () => {
    const rule = defaultPack.rules.find((r): r is PhraseRule => r.kind === 'phrase' && r.patterns.includes('#Acronym .{1,8} #Acronym'))!;
    const compiled = compilePhraseRule({ ...rule, phrases: [], patterns: ['#Acronym .{1,8} #Acronym'], unless: [], unlessNext: [] });
    const plain = new SentenceDoc('Thanks for waiting, the refund is on its way today.', sentenceKeys('Thanks for waiting, the refund is on its way today.'));
    expect(matchPhraseRule(compiled, plain)).toEqual([]);
    expect(plain.hasTagged).toBe(false);
    const codes = 'The EOB shows the charges went to your deductible under CPT 99285.';
    const coded = new SentenceDoc(codes, sentenceKeys(codes));
    expect(matchPhraseRule(compiled, coded).map((m) => codes.slice(m.start, m.end))).toEqual(['EOB shows the charges went to your deductible under CPT']);
    expect(coded.hasTagged).toBe(true);
  });
});
