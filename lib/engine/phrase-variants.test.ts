/** The matcher reads a phrase however the sentence around it is phrased (issue #10 item 1; see lib/rules/variants.test.ts). */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import type { PhraseRule } from '../rules/schema';
import { compilePhraseRule, matchPhraseRule, SentenceDoc } from './phrase';
import { introductoryClauseEnd, trailingCourtesyStart } from './sentence-doc';
import { sentenceKeys } from './words';

const base = defaultPack.rules.find((r) => r.kind === 'phrase') as PhraseRule;
const matched = (pattern: string, text: string, unless: string[] = []) =>
  matchPhraseRule(compilePhraseRule({ ...base, phrases: [], patterns: [pattern], unless }), new SentenceDoc(text, sentenceKeys(text))).map((m) => text.slice(m.start, m.end));

describe('an introductory clause and a trailing courtesy', () => {
  it('find where the main clause starts and where a courtesy after it starts', () => {
    expect(introductoryClauseEnd('Unfortunately, the school is closed.')).toBe('Unfortunately, '.length);
    expect(introductoryClauseEnd('To be honest, noted.')).toBe('To be honest, '.length);
    expect(introductoryClauseEnd('Thanks for waiting; we cannot refund it.')).toBe('Thanks for waiting; '.length);
    expect(trailingCourtesyStart('Duly noted, thanks.')).toBe('Duly noted'.length);
    expect(trailingCourtesyStart('Noted for now!')).toBe('Noted'.length);
    expect(trailingCourtesyStart('Feedback noted ; thank you')).toBe('Feedback noted'.length);
  });

  it('leave a condition, a time, a reason or a clause with its own subject alone', () => {
    expect(introductoryClauseEnd('If you cancel, the school is not able to refund.')).toBe(0);
    expect(introductoryClauseEnd('Once it arrives, noted.')).toBe(0);
    expect(introductoryClauseEnd('We checked, and the school is closed.')).toBe(0);
    expect(introductoryClauseEnd('The school is closed.')).toBe(0);
    expect(trailingCourtesyStart('Say thanks.')).toBe('Say thanks.'.length);
    expect(trailingCourtesyStart('We are open for now')).toBe('We are open'.length);
  });

  it('let an anchored pattern match after the introductory clause and before the courtesy', () => {
    expect(matched('^#Adverb? the #Noun+ is #Adverb? (unable|not able) to #Verb', 'To be honest, the school is unable to refund it.')).toEqual(['the school is unable to refund']);
    expect(matched('^(duly|well) (noted|received)$', 'Duly noted, thanks.')).toEqual(['Duly noted']);
    expect(matched('^(noted|received)$', 'Hi Sam, noted for now.')).toEqual(['noted']);
  });

  it('never let an anchor hold after a condition, nor in the middle of a sentence', () => {
    expect(matched('^the #Noun+ is #Adverb? unable to #Verb', 'If you cancel, the school is unable to refund it.')).toEqual([]);
    expect(matched('^(noted|received)$', 'The form was received, thanks.')).toEqual([]);
    expect(matched('^(noted|received)$', 'Noted, and the form was received.')).toEqual([]);
  });
});

describe('negatives typed without the apostrophe', () => {
  it('are read as the contraction by the word prefilter, and at the sentence start', () => {
    expect(matched('(we|i) (will not|are not going to) be able to #Verb', 'I wont be able to extend it.')).toEqual(['I wont be able to extend']);
    expect(matched('(we|i) do not offer', 'we dont offer refunds')).toEqual(['we dont offer']);
    expect(matched('^do not #Verb', 'dont worry about it')).toEqual(['dont worry']);
    expect(sentenceKeys('we cant')).toEqual(new Set(['we', 'cant', 'can', 'not', 'cannot']));
  });
});

describe('an adverb dropped into the phrase', () => {
  it('leaves the match: a pattern has room for one or two adverbs between its terms', () => {
    expect(matched('(is|are) not something (we|i) can', 'Fines are really not something we can waive.')).toEqual(['are really not something we can']);
    expect(matched('(is|are) not something (we|i) can', 'Fines are really honestly not something we just can waive.')).toEqual(['are really honestly not something we just can']);
    expect(matched('has been (noted|received)', 'Your reference has honestly been noted.')).toEqual(['has honestly been noted']);
  });

  it('also in an unless, which then still excuses the sentence', () => {
    expect(matched('is unable to #Verb', 'The engineer is unable to attend, so I really have booked him for 8am.', ['(so|and) (i|we) (have|will)'])).toEqual([]);
  });

  it('never takes in a negation, nor stretches the match past the pattern\'s ends', () => {
    expect(matched('(we|i) can (help|refund)', 'We can not help with that.')).toEqual([]);
    expect(matched('(we|i) can (help|refund)', 'We cannot really help with that.')).toEqual([]);
    expect(matched('(we|i) can (help|refund)', 'Really, we can really help.')).toEqual(['we can really help']);
  });
});
