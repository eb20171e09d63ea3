import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagSentence, type NlpDoc } from '../nlp/nlp';
import { parsePattern } from '../rules/pattern-safety';
import { defaultPack } from '../rules/default';
import type { PhraseRule } from '../rules/schema';
import { skeletonMayMatch, type SkeletonTerm, type SkeletonToken } from './phrase-skeleton';
import { SentenceDoc } from './sentence-doc';
import { sentenceKeys } from './words';

type Sub = NlpDoc & { update(pointer: number[][]): NlpDoc; docs: SkeletonToken[][] };

/** Does compromise's match find the pattern in the tagged sentence, or in any stretch of it (the phrase rules also match a main clause)? */
function compromiseFinds(text: string, regs: SkeletonTerm[]): boolean {
  const doc = tagSentence(text) as Sub;
  if (doc.match(regs as never).found) return true;
  const n = doc.docs[0]?.length ?? 0;
  for (let from = 0; from < n; from++) for (let to = from + 1; to <= n; to++) if ((doc.update([[0, from, to]]) as NlpDoc).match(regs as never).found) return true;
  return false;
}

/** The skeleton's answer on the sentence split (untagged) and tagged, as the phrase rules ask it; null when the split may change with tagging. */
function skeletonSays(text: string, regs: SkeletonTerm[]): { split: boolean | null; tagged: boolean } {
  const doc = new SentenceDoc(text, sentenceKeys(text));
  const split = doc.splitTerms();
  const splitSays = split ? split.some((tokens) => skeletonMayMatch(regs, tokens, false)) : null;
  doc.get();
  const tagged = doc.taggedTerms()!.some((tokens) => skeletonMayMatch(regs, tokens, true));
  return { split: splitSays, tagged };
}

/** Every pattern a sentence is matched with never loses a match to the skeleton: if compromise finds it, the skeleton may. */
function expectSound(text: string, pattern: string): void {
  const regs = parsePattern(pattern) as SkeletonTerm[];
  if (!compromiseFinds(text, regs)) return;
  const says = skeletonSays(text, regs);
  expect({ text, pattern, ...says }).toEqual({ text, pattern, split: says.split === null ? null : true, tagged: true });
}

const phraseRules = defaultPack.rules.filter((r): r is PhraseRule => r.kind === 'phrase');
const packPatterns = [...new Set(phraseRules.flatMap((r) => [...r.patterns, ...r.unless, ...r.unlessNext]))];

describe('phrase skeleton', () => {
  it('rules out what compromise cannot match, before and after tagging', () => {
    const regs = parsePattern('(members|customers) (must|should) not? #Adverb? #Verb') as SkeletonTerm[];
    // The words are there, not in the pattern's places: no walk fits.
    expect(skeletonSays('Customers of ours love it, and you must go.', regs)).toEqual({ split: false, tagged: false });
    expect(skeletonSays('Members must not smoke.', regs)).toEqual({ split: true, tagged: true });
    // A tag the tagged sentence lacks rules it out once tagged; before, any tag may be there.
    const tagged = parsePattern('#Noun+ are #PastTense') as SkeletonTerm[];
    expect(skeletonSays('Claims are quite slow.', tagged)).toEqual({ split: true, tagged: false });
  });

  it('keeps the quirks of compromise walk: a contraction taken whole, a choice of several words, !terms inside an and', () => {
    for (const [text, pattern] of [
      ["We've sent it.", 'we sent'],
      ["We're unable to help.", 'we (are|am) unable to #Verb'],
      ['Dear Customer,', '^dear (valued|esteemed)? (#Actor && !#Person && !#Honorific)'],
      ['It will be sent today.', '* (is|will be) sent'],
      ['Compensation is only considered for outages.', '#Noun (are|is|will be) #Adverb? only (accepted|considered) (if|for)'],
      ['Kindly perform a hard reset before contacting support.', '^kindly [<action>#Verb *]'],
      ['We cannot process repairs over email.', '(we|i) (are|am)? (can not|unable to) (#Verb|#Gerund) .{0,5} (on|via|over) .? (chat|phone|email)'],
    ] as const) {
      expectSound(text, pattern);
    }
  });

  it('never rules out a sentence any default-pack pattern matches (each rule example, each pattern)', () => {
    const texts = phraseRules.flatMap((r) => [...r.examples.flag.map((e) => e.text), ...(r.examples.paraphrases?.flag ?? [])]).filter((_, i) => i % 20 === 0);
    for (const pattern of packPatterns) {
      const regs = parsePattern(pattern) as SkeletonTerm[];
      for (const text of texts) if (tagSentence(text).match(regs as never).found) expectSound(text, pattern);
    }
  }, 120_000);

  /** Sentences holding a pattern's words in odd forms: capitals, accents, punctuation, contractions, extra adverbs. */
  const WORDS = ['we', 'are', 'not', 'able', 'to', 'refund', 'your', 'order', 'must', 'be', 'sent', 'cannot', "can't", "won't", "we're", "it's", "don't", 'kindly', 'Café', 'NOT', 'Refund', 'really', 'simply', 'has', 'been', 'escalated', 'the', 'team', 'is', 'currently', 'under', 'review', 'as', 'per', 'policy', 'customers', 'should', "let's", 'I', "I'd", '5', '£25', 'e-mail'];
  const PUNCT = ['', '', '', ',', '.', '!', '?', ';', ' —', '"', '’s'];
  const sentence = fc
    .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCT), fc.boolean()), { minLength: 1, maxLength: 12 })
    .map((parts) => parts.map(([w, p, upper]) => (upper ? w.toUpperCase() : w) + p).join(' '));
  const term = fc.oneof(
    fc.constantFrom(...WORDS.filter((w) => /^[a-z]+$/.test(w))),
    fc.constantFrom('#Noun', '#Verb', '#Adverb', '#PastTense', '#Pronoun', '#Negative', '#Copula', '.', '*', '.{0,3}', '{be}'),
    fc.constantFrom('(is|are|will be)', '(not|never)', '(we|i|it)', '(#Adjective|#Gerund)', '(can not|unable to)', '(#Noun && !#Pronoun)', '!not', '!#Adverb'),
  );
  const pattern = fc
    .tuple(fc.boolean(), fc.array(fc.tuple(term, fc.constantFrom('', '', '', '?', '+')), { minLength: 1, maxLength: 6 }), fc.boolean())
    .map(([start, terms, end]) => `${start ? '^' : ''}${terms.map(([t, q]) => (t === '*' || t.startsWith('.{') || t.startsWith('!') || t.startsWith('{') ? t : t + q)).join(' ')}${end ? '$' : ''}`);

  it('property: never rules out a match of a generated pattern on a generated sentence', () => {
    fc.assert(
      fc.property(sentence, pattern, (text, p) => {
        expectSound(text, p);
      }),
      { numRuns: 800, seed: 27 },
    );
  });

  it('property: each default-pack pattern on sentences built of its own words in odd forms', () => {
    const withWords = fc.constantFrom(...packPatterns).chain((p) => {
      const own = p.match(/[a-z][a-z']*/g)?.filter((w) => !/^(?:[A-Z])/.test(w)) ?? ['we'];
      const forms = [...own, ...own.map((w) => w[0]!.toUpperCase() + w.slice(1)), ...own.map((w) => w.replace(/e/, 'é')), 'the', 'really', "don't", "we're", "can't", 'it', 'are'];
      const text = fc
        .array(fc.tuple(fc.constantFrom(...forms), fc.constantFrom(...PUNCT)), { minLength: 1, maxLength: 10 })
        .map((parts) => parts.map(([w, q]) => w + q).join(' '));
      return fc.tuple(fc.constant(p), text);
    });
    fc.assert(
      fc.property(withWords, ([p, text]) => {
        expectSound(text, p);
      }),
      { numRuns: 1500, seed: 12 },
    );
  });
});
