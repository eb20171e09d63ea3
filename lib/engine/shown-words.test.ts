import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { applySuggestion } from './apply';
import { createAnalyzer } from './analyzer';
import { shownWords } from './shown-words';

const finding = (text: string, suggestions: string[], start = 0) => ({ start, end: start + text.length, text, suggestions });

describe('shownWords', () => {
  it('leaves out the word a deletion only capitalises', () => {
    expect(shownWords(finding('Please be advised the', ['The'], 10))).toEqual({ start: 10, end: 27, text: 'Please be advised' });
    expect(shownWords(finding('Please be advised that the', ['The']))).toMatchObject({ text: 'Please be advised that' });
  });

  it('shows the whole span where the rewording changes more than case, or offers nothing', () => {
    expect(shownWords(finding('You need to check', ['Could you check']))).toMatchObject({ text: 'You need to check' });
    expect(shownWords(finding('Per our policy', ['']))).toMatchObject({ text: 'Per our policy' });
    expect(shownWords(finding('we are unable to help', []))).toMatchObject({ text: 'we are unable to help' });
    // Every rewording must keep the tail: one that rewrites it keeps it shown.
    expect(shownWords(finding('Please be advised the', ['The', 'Our']))).toMatchObject({ text: 'Please be advised the' });
  });

  it('never cuts inside a word, and never leaves nothing shown', () => {
    expect(shownWords(finding('the', ['The']))).toMatchObject({ text: 'the' });
    expect(shownWords(finding('Kindly note xthe', ['The']))).toMatchObject({ text: 'Kindly note xthe' });
  });
});

describe('in the analyzer', () => {
  const analyzer = createAnalyzer(defaultPack);
  it('"Please be advised the ticket is closed." is shown as the cold words, and Apply still capitalises', () => {
    const text = 'Unfortunately we are unable to help. Please be advised the ticket is closed.';
    const card = analyzer.analyze(text).findings.find((f) => f.ruleId === 'please-be-advised')!;
    expect(card.text).toBe('Please be advised the');
    expect(shownWords(card).text).toBe('Please be advised');
    expect(applySuggestion(text, card, 0)).toBe('Unfortunately we are unable to help. The ticket is closed.');
  });
});
