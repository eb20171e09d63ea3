import { describe, expect, it } from 'vitest';
import { officeWordsIn, withPlainLanguageAdvice, withUnfamiliarWordsAdvice } from './plain-language-evidence';
import type { Finding } from './types';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';

const words = (s: string) => {
  const at = officeWordsIn(s, 0, s.length);
  return at && s.slice(at.start, at.end);
};

describe('a sentence in office nouns', () => {
  it.each([
    ['Discolouration post-service is attributable to sediment disturbance.', 'Discolouration post-service is attributable to sediment disturbance'],
    ['Due to unforeseen operational circumstances the route is closed.', 'operational circumstances'],
    ['Your application remains under consideration.', 'application remains under consideration'],
  ])('finds them in "%s"', (s, span) => expect(words(s)).toBe(span));

  it.each([
    // One long word is everyday ("your appointment", "the replacement"), and so are short ones.
    'I have booked your appointment for Tuesday.',
    'The replacement is on its way and should arrive tomorrow.',
    'Sorry, the parcel was sent to the wrong address.',
    // The same word twice is one word.
    'The replacement and the replacement box are both here.',
  ])('finds none in "%s"', (s) => expect(words(s)).toBeNull());

  it('reads a long run of words in linear time', () => {
    const long = `${'a'.repeat(200_000)}ation`;
    expect(officeWordsIn(long, 0, long.length)).toBeNull();
  });
});

describe('a card of another principle whose stretch is in office nouns', () => {
  const text = 'Your application remains under consideration.';
  const region = { start: 0, end: text.length };
  const card: Finding = { ruleId: 'under-review', principle: 'urgency', severity: 'suggestion', start: 24, end: 44, text: 'under consideration', message: 'Say when.', suggestions: [], advice: 'Say when.' };

  it('takes the office words in, as a plain-language member, its advice after the card\'s own', () => {
    const out = withPlainLanguageAdvice(card, text, region, 'policy-jargon', 'Say it in everyday words.');
    expect(out.advice).toBe('Say when. Say it in everyday words.');
    expect(out.text).toBe('application remains under consideration');
    expect(out.merged?.map((m) => [m.ruleId, m.principle])).toEqual([['under-review', 'urgency'], ['policy-jargon', 'plain-language']]);
  });

  it('leaves a card that already serves plain language, or has no region, unchanged', () => {
    const own = { ...card, principle: 'plain-language' as const };
    expect(withPlainLanguageAdvice(own, text, region, 'policy-jargon', 'Plain.')).toBe(own);
    expect(withPlainLanguageAdvice(card, text, undefined, 'policy-jargon', 'Plain.')).toBe(card);
  });

  it("counts no word of a member's own stock phrase where it stands: its rule speaks for it already (review 50)", () => {
    // "inconvenience" is the stock apology's own word, "responsibility" the hand-off's: one office word is left.
    const sorry = 'Your cancellation went through, sorry for the inconvenience.';
    const sorryCard: Finding = { ...card, ruleId: 'sorry-for-any-inconvenience', principle: 'empathy', start: 32, end: 59, text: 'sorry for the inconvenience' };
    const stock = (words: string) => () => new Set(words.split(' '));
    expect(withPlainLanguageAdvice(sorryCard, sorry, { start: 0, end: sorry.length }, 'policy-jargon', 'Plain.', stock('sorry for the any inconvenience'))).toBe(sorryCard);
    const handOff = 'Unfortunately, the replacement is the responsibility of the manufacturer.';
    const handOffCard: Finding = { ...card, ruleId: 'not-my-department', principle: 'ownership', start: 31, end: 55, text: 'is the responsibility of' };
    expect(withPlainLanguageAdvice(handOffCard, handOff, { start: 0, end: handOff.length }, 'policy-jargon', 'Plain.', stock('is the responsibility of'))).toBe(handOffCard);
  });

  it("still counts office words on a card whose rule does not name them, however wide the card (review 50)", () => {
    const wide: Finding = { ...card, ruleId: 'faceless-passive', start: 0, end: text.length, text };
    const out = withPlainLanguageAdvice(wide, text, region, 'policy-jargon', 'Plain.', () => new Set(['has', 'been']));
    expect(out.text).toBe(text);
    expect(out.alsoRuleIds).toEqual(['policy-jargon']);
  });

  it('tells a card in the analyzer written in office nouns to say it as a person, with the rulebook-voice rule as member', () => {
    const reply = 'Hi Sam,\n\nYour request has been escalated to the relevant department for consideration and authorisation.\n\nBest,\nJo';
    const told = createAnalyzer(defaultPack).analyze(reply).findings.filter((f) => f.alsoRuleIds?.includes('rulebook-voice'));
    expect(told).toHaveLength(1);
    expect(told[0]!.advice).toContain('Say it as a person');
    expect(told[0]!.merged?.at(-1)).toMatchObject({ ruleId: 'rulebook-voice', principle: 'plain-language', evidence: true });
  });

  it('tells the analyzer\'s hand-off card on "the responsibility of" nothing of office words (review 50)', () => {
    const found = createAnalyzer(defaultPack).analyze('Unfortunately, the replacement is the responsibility of the manufacturer.').findings;
    expect(found.flatMap((f) => f.alsoRuleIds ?? [])).not.toContain('rulebook-voice');
  });
});


describe('a card of another principle whose stretch holds a word the customer may never have met (session 51)', () => {
  const text = 'Unfortunately we cannot action this until the wayleave is granted.';
  const region = { start: 0, end: text.length };
  const card: Finding = { ruleId: 'faceless-passive', principle: 'ownership', severity: 'hint', start: 55, end: 65, text: 'is granted', message: 'Say who.', suggestions: [], advice: 'Say who.' };

  it('takes the word in, names it in the advice, with the codes rule as plain-language member', () => {
    const out = withUnfamiliarWordsAdvice(card, text, region, 'internal-codes', undefined);
    expect(out.text).toBe('wayleave is granted');
    expect(out.advice).toBe("Say who. 'wayleave' may be new to the customer: say what it means for them.");
    expect(out.merged?.at(-1)).toMatchObject({ ruleId: 'internal-codes', principle: 'plain-language', evidence: true });
  });

  it("leaves the card unchanged where the customer used the word, it serves plain language already, or has no region", () => {
    expect(withUnfamiliarWordsAdvice(card, text, region, 'internal-codes', 'Has the wayleave come through?')).toBe(card);
    const own = { ...card, principle: 'plain-language' as const };
    expect(withUnfamiliarWordsAdvice(own, text, region, 'internal-codes', undefined)).toBe(own);
    expect(withUnfamiliarWordsAdvice(card, text, undefined, 'internal-codes', undefined)).toBe(card);
  });

  it("tells the analyzer's card on the sentence, and not when the customer's message holds the word", () => {
    const analyzer = createAnalyzer(defaultPack);
    const told = (customerMessage?: string) => analyzer.analyze(text, { customerMessage }).findings.filter((f) => f.advice?.includes("'wayleave' may be new"));
    expect(told()).toHaveLength(1);
    expect(told()[0]!.alsoRuleIds).toContain('internal-codes');
    expect(told('Is the wayleave sorted?')).toEqual([]);
  });
});
