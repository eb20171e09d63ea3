import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import type { PhraseRule } from '../rules/schema';
import { compilePhraseRule, matchPhraseRule, SentenceDoc } from './phrase';
import { sentenceKeys } from './words';

const base = defaultPack.rules.find((r) => r.kind === 'phrase') as PhraseRule;
const matches = (pattern: string, text: string) =>
  matchPhraseRule(compilePhraseRule({ ...base, phrases: [], patterns: [pattern], unless: [] }), new SentenceDoc(text, sentenceKeys(text))).length > 0;

describe('an anchored pattern and a sentence opening on a contraction', () => {
  it('reads "Didn\'t", "Haven\'t" and "Won\'t" at the start as the verb the pattern names', () => {
    expect(matches('^did not you #Verb', "Didn't you read the email?")).toBe(true);
    expect(matches('^(did|have) not you #Verb', "Haven't you tried the reset button?")).toBe(true);
    expect(matches('^will not (it|this) #Verb', "Won't it work with the old charger?")).toBe(true);
  });

  it('still needs the pattern itself to match: the opening word only lets compromise look', () => {
    expect(matches('^did not you #Verb', 'Did you read the email?')).toBe(false);
    expect(matches('^do not you #Verb', 'Don said the parcel left today.')).toBe(false);
    expect(matches('^did you #Verb', "Didn't the engineer call?")).toBe(false);
  });
});

describe('a choice of several words after a wildcard or an optional adverb (compromise skips it; the matcher spells it out)', () => {
  // [pattern, sentence, matches]
  const cases: [string, string, boolean][] = [
    // After a wildcard of a few words, and after `*`.
    ['#Noun .{0,3} (is|will be) chargeable', 'Reprints will be chargeable.', true],
    ['#Noun .{0,3} (is|will be) chargeable', 'Corrections after approval will be chargeable.', true],
    ['#Noun * (is|will be) chargeable', 'The reprint of the poster is chargeable.', true],
    // A choice that starts with an adverb, right after an optional adverb.
    ['it is #Adverb? (simply not|really not) possible', 'It is simply not possible.', true],
    ['it is #Adverb? (simply not|really not) possible', 'It is sadly really not possible.', true],
    // The end anchor stays on the choice's last word.
    ['#Noun * (stands|will stand)$', 'The fee will stand', true],
    ['#Noun * (stands|will stand)$', 'The fee will stand on your account', false],
    // One of the choices is still needed.
    ['#Noun .{0,3} (is|will be) chargeable', 'Reprints might be chargeable.', false],
    ['it is #Adverb? (simply not|really not) possible', 'It is simply possible.', false],
    ['#Noun * (stands|will stand)$', 'The fee will be refunded', false],
    // An optional choice left out hands its end anchor to the term before it.
    ['remains #Adverb? payable (in full)?$', 'The invoice remains payable.', true],
    ['remains #Adverb? payable (in full)?$', 'The invoice remains fully payable in full.', true],
    ['remains #Adverb? payable (in full)?$', 'The invoice remains payable in full only if the repair works.', false],
  ];
  it.each(cases)('%s on "%s" → %s', (pattern, text, expected) => {
    expect(matches(pattern, text)).toBe(expected);
  });
});

describe('an unless after "Just so you know,"', () => {
  const rule = compilePhraseRule({ ...base, phrases: [], patterns: ['we do not offer refunds'], unless: ['(but|so)'] }, new Map());
  // [sentence, flagged]: the intro's "so" excuses nothing; the main clause's own "but" or "so" still does.
  const cases: [string, boolean][] = [
    ['Just so you know, we do not offer refunds on sale items.', true],
    ["So you're aware, we do not offer refunds on sale items.", true],
    ['Just so you know, we do not offer refunds on sale items, but I can swap it.', false],
    ['We do not offer refunds on sale items, so I have sent a voucher.', false],
  ];
  it.each(cases)('"%s" → %s', (text, expected) => {
    expect(matchPhraseRule(rule, new SentenceDoc(text, sentenceKeys(text))).length > 0).toBe(expected);
  });
});
