import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { createAnalyzer } from './analyzer';
import { sentenceKeys, wordTokens } from './words';

describe('the word prefilter reads words as compromise does', () => {
  it('keeps a word joined by an ampersand whole, and its parts too', () => {
    expect(wordTokens('Read the T&Cs, the follow-up and don’t worry.')).toEqual(['read', 'the', 't&cs', 'the', 'follow-up', 'and', "don't", 'worry']);
    expect([...sentenceKeys('Read the T&Cs.')]).toEqual(expect.arrayContaining(['t&cs', 't', 'cs']));
  });

  it('lets a pattern that names "t&cs" match (the prefilter used to split it and skip the sentence)', () => {
    const base = defaultPack.rules.find((r) => r.kind === 'phrase')!;
    const rule = { ...base, id: 'terms-pointer', patterns: ['(read|check) the t&cs'], unless: [], unlessNext: [], phrases: [] };
    const findings = createAnalyzer([rule]).analyze('Please read the T&Cs before you book.').findings;
    expect(findings.map((f) => f.text)).toEqual(['read the T&Cs']);
  });
});
