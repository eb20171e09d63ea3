import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import type { PhraseRule } from '../rules/schema';
import { compilePhraseRule, matchPhraseRule, SentenceDoc, type CompiledPhraseRule } from './phrase';
import { segment } from './segment';
import { sentenceKeys } from './words';

const base = defaultPack.rules.find((r): r is PhraseRule => r.kind === 'phrase')!;
/** A user's rule of one pattern, compiled alone as a custom pack's rule is. */
const ruleOf = (pattern: string) => compilePhraseRule({ ...base, id: 'custom', phrases: [], patterns: [pattern], unless: [], unlessNext: [] }, new Map());
const docOf = (text: string) => new SentenceDoc(text, sentenceKeys(text));
const spans = (text: string, pattern: string) => matchPhraseRule(ruleOf(pattern), docOf(text)).map((m) => text.slice(m.start, m.end));

interface Spelling {
  terms: unknown[];
  words: string[];
}
type Internals = { spelledOut?: Spelling[] | null; gapsSpelledOut?: Spelling[] | null };

/**
 * The same rule with the spellings-out' word test made void (each spelling-out written with no word of its choice, so
 * every one is left to compromise, as before the test). Its spellings-out are the ones the gated rule made.
 */
function ungatedOf(rule: CompiledPhraseRule): CompiledPhraseRule {
  const voided = (list: Spelling[] | null | undefined) => list?.map((s) => ({ ...s, words: [] }));
  return {
    ...rule,
    patterns: rule.patterns.map((p) => {
      const q = p as typeof p & Internals;
      return { ...p, spelledOut: voided(q.spelledOut), gapsSpelledOut: voided(q.gapsSpelledOut) } as typeof p;
    }),
  };
}

/**
 * Patterns with a choice of several words right after a wildcard or an optional adverb (the ones spelled out), each with
 * the words a sentence it matches starts and ends with.
 */
const SHAPES: { pattern: string; fronts: string[]; tails: string[] }[] = [
  { pattern: '#Noun * (will be|is going to be) (late|ready)', fronts: ['The parcel', 'Your order', 'The van'], tails: ['late.', 'ready!', 'late today'] },
  { pattern: '(we|i) #Adverb? (can not|are unable to|am unable to) #Verb', fronts: ['We', 'I', 'i', 'WE', 'So we'], tails: ['refund it.', 'change it', 'send'] },
  { pattern: '#Noun .{0,3} (in full|right away|as soon as possible)', fronts: ['The balance is payable', 'Your refund goes out', 'The invoice'], tails: ['', '.', 'today.'] },
  { pattern: "(we|i) * (will not|won't|do not) #Verb", fronts: ['We', 'I', 'We honestly'], tails: ['refund it.', 'change it', 'send'] },
  { pattern: '^#Determiner? #Noun+ * (has been|have been) #PastTense', fronts: ['The accounts', 'Your parcel', 'The order'], tails: ['closed.', 'sent', 'refunded!'] },
  { pattern: '#Pronoun #Adverb? (simply not|really not|not really) #Verb', fronts: ['We', 'I', 'You'], tails: ['refund it.', 'change it', 'know.'] },
  { pattern: 'please * (let us know|get in touch)', fronts: ['Please', 'PLEASE', 'Please do'], tails: ['today.', '', 'soon!'] },
  { pattern: '#Noun .{0,2} (in full|in the end)?$', fronts: ['The balance is payable', 'The work was paid', 'The order shipped'], tails: ['', '.'] },
];
const PATTERNS = SHAPES.map((s) => s.pattern);
/** The choices of several words of every shape, any of which a generated sentence may hold. */
const SEQUENCES = ['will be', 'is going to be', 'can not', 'are unable to', 'am unable to', 'in full', 'right away', 'as soon as possible', 'will not', "won't", 'do not', 'has been', 'have been', 'simply not', 'really not', 'not really', 'let us know', 'get in touch', 'in the end'];

describe('spelling out a choice of several words, only where its words are', () => {
  it('still matches where compromise needs the choice spelled out, said in capitals, contracted or with an adverb', () => {
    expect(spans('The parcel WILL BE late.', '#Noun * (will be|is going to be) (late|ready)')).toEqual(['parcel WILL BE late']);
    expect(spans('I am really unable to refund it.', '(we|i) #Adverb? (can not|are unable to|am unable to) #Verb')).toEqual(['I am really unable to refund']);
    expect(spans("We can't refund that order.", '(we|i) #Adverb? (can not|are unable to|am unable to) #Verb')).toEqual(["We can't refund"]);
    expect(spans('The balance is payable in full.', '#Noun .{0,2} (in full|in the end)?$')).toEqual(['balance is payable in full']);
  });

  it('runs no spelling-out whose choice is absent (compromise is not asked)', () => {
    const rule = ruleOf('#Noun * (will be|is going to be) (late|ready)');
    const doc = docOf('The parcel will be late.');
    expect(matchPhraseRule(rule, doc).length).toBe(1);
    const spelled = (rule.patterns[0] as unknown as Internals).spelledOut;
    // The pattern was spelled out (compromise missed the choice), and each spelling names its choice's words.
    expect(spelled?.map((s) => s.words)).toEqual([['will', 'be'], ['is', 'going', 'to', 'be']]);
  });

  it('gives what every spelling-out gives, on generated sentences holding the words in odd forms (fast-check)', () => {
    // A sentence shaped like the pattern: its opening, maybe a filler word, one of the choices in odd forms, its tail.
    const fillers = ['', 'really', 'simply', 'just', 'now', 'the', 'kindly', 'honestly,'];
    const form = (w: string): fc.Arbitrary<string> =>
      fc.constantFrom(
        w,
        w.toUpperCase(),
        w[0]!.toUpperCase() + w.slice(1),
        w.replace(/o/, 'ó').replace(/e/, 'é'), // accents
        `${w},`,
        `"${w}"`,
        `${w}'s`,
        w.replace("'", '’'),
      );
    // Contractions a writer makes of the choices' words ("can't", "won't", "I'm", "let's", "cannot").
    const contract = (text: string) =>
      fc.constantFrom(text, text.replace(/\bcan not\b/, "can't"), text.replace(/\bcan not\b/, 'cannot'), text.replace(/\bwill not\b/, "won't"), text.replace(/\bdo not\b/, "don't"), text.replace(/\bhas been\b/, "'s been"), text.replace(/\blet us\b/, "let's"));
    const oddSequence = fc
      .constantFrom(...SEQUENCES)
      .chain((seq) => fc.tuple(...seq.split(' ').map(form)).map((ws) => ws.join(' ')))
      .chain(contract);
    const shaped = fc.constantFrom(...SHAPES).chain((shape) =>
      fc.tuple(
        fc.constant(shape.pattern),
        fc.array(
          fc.tuple(fc.constantFrom(...shape.fronts), fc.constantFrom(...fillers), oddSequence, fc.constantFrom(...shape.tails)).map((parts) => parts.filter(Boolean).join(' ').replace(/ '/g, "'")),
          { minLength: 6, maxLength: 6 },
        ),
      ),
    );
    let found = 0;
    fc.assert(
      fc.property(shaped, ([pattern, texts]) => {
        const rule = ruleOf(pattern);
        const gated = texts.map((t) => matchPhraseRule(rule, docOf(t)));
        const ungated = ungatedOf(rule);
        texts.forEach((t, i) => expect(matchPhraseRule(ungated, docOf(t)), `${pattern} on "${t}"`).toEqual(gated[i]));
        found += gated.filter((m) => m.length > 0).length;
      }),
      { numRuns: 400, seed: 26 },
    );
    // The sentences do match, often: the comparison is no comparison of two empty lists.
    expect(found).toBeGreaterThan(200);
  });

  it('gives what every spelling-out gives, for these patterns on dev sentences', () => {
    const sentences = readFileSync(new URL('../../data/replies/dev.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .flatMap((line) => segment((JSON.parse(line) as { text: string }).text).sentences.map((s) => s.text))
      .filter((_, i) => i % 4 === 0);
    let compared = 0;
    let found = 0;
    let spelledOut = 0;
    for (const pattern of PATTERNS) {
      const rule = ruleOf(pattern);
      const gated = sentences.map((t) => matchPhraseRule(rule, docOf(t)));
      if ((rule.patterns[0] as unknown as Internals).spelledOut) spelledOut += 1;
      const ungated = ungatedOf(rule);
      sentences.forEach((t, i) => {
        expect(matchPhraseRule(ungated, docOf(t)), `${pattern} on "${t}"`).toEqual(gated[i]);
        compared += 1;
        found += gated[i]!.length;
      });
    }
    expect(compared).toBeGreaterThan(1000);
    expect(found).toBeGreaterThan(0);
    // Every pattern was spelled out on some sentence: the comparison reached the gate.
    expect(spelledOut).toBeGreaterThanOrEqual(6);
  });
});
