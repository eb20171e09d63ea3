import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import type { PhraseRule } from '../rules/schema';
import { compilePhraseRule, SentenceDoc } from './phrase';
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
        expect(doc.getWithChunks().match(pattern.parsed as never).found, `${JSON.stringify(pattern.parsed)} on "${text}"`).toBe(false);
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
