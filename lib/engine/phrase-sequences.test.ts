import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import type { PhraseRule } from '../rules/schema';
import { compilePhraseRule, matchPhraseRule, parsedPattern, SentenceDoc } from './phrase';
import { segment } from './segment';
import { sentenceKeys } from './words';

const base = defaultPack.rules.find((r): r is PhraseRule => r.kind === 'phrase')!;
/** A user's rule of one pattern (no phrase, unless or unlessNext), compiled alone as a custom pack's rule is. */
const ruleOf = (pattern: string) => compilePhraseRule({ ...base, id: 'custom', phrases: [], patterns: [pattern], unless: [], unlessNext: [] }, new Map());
const docOf = (text: string) => new SentenceDoc(text, sentenceKeys(text));
const spans = (text: string, pattern: string) => matchPhraseRule(ruleOf(pattern), docOf(text)).map((m) => text.slice(m.start, m.end));

describe('a choice of several words, before tagging', () => {
  it('leaves a sentence untagged when it lacks the words of every sequence of the choice (not only their first words)', () => {
    const doc = docOf('Thanks for writing in.');
    expect(matchPhraseRule(ruleOf('(in future|in the future|next time) (please|kindly)? #Infinitive'), doc)).toEqual([]);
    expect(doc.hasTagged).toBe(false);
    const unable = docOf('I can sort this out for you.');
    expect(matchPhraseRule(ruleOf('(we|i) #Adverb? (can not|could not) #Adverb? #Verb'), unable)).toEqual([]);
    expect(unable.hasTagged).toBe(false);
  });

  it('still matches where a sequence is there, said in full or through a contraction compromise expands', () => {
    expect(spans('Next time please check the label first.', '(in future|in the future|next time) (please|kindly)? #Infinitive')).toEqual(['Next time please check']);
    expect(spans('I cannot change the booking.', '(we|i) #Adverb? (can not|could not) #Adverb? #Verb')).toEqual(['I cannot change']);
    expect(spans("I can't change the booking.", '(we|i) #Adverb? (can not|could not) #Adverb? #Verb')).toEqual(["I can't change"]);
    // "let's" is split into "let us", "2-4" into "2 to 4": the split's words are read ("us" is no word of the text).
    expect(spans("Let's get you sorted today.", '(let us|allow me) #Verb')).toEqual(["Let's get"]);
    expect(spans('It takes 2-4 days.', '(2 to|3 to) #Value days')).toEqual(['2-4 days']);
  });

  it('tests nothing while a contraction the tagger may still expand is left ("the ticket\'s been closed")', () => {
    const doc = docOf("The ticket's been closed.");
    expect(doc.wordsSeen()).toBeNull();
    expect(spans("The ticket's been closed.", '(ticket has|case has) been #PastTense')).toEqual(["ticket's been closed"]);
  });

  it('gives the findings a pattern gives without the test, for arbitrary user patterns on dev sentences', () => {
    const sentences = readFileSync(new URL('../../data/replies/dev.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .flatMap((line) => segment((JSON.parse(line) as { text: string }).text).sentences.map((s) => s.text))
      .filter((_, i) => i % 3 === 0);
    // Patterns built from the sentences' own words, so that sequences do match: pseudo-random, the same each run.
    let state = 7;
    const next = (n: number) => (state = (state * 1103515245 + 12345) % 2 ** 31) % n;
    const patterns: string[] = [];
    for (let i = 0; i < 40; i++) {
      const words = (sentences[next(sentences.length)]!.toLowerCase().match(/[a-z]+/g) ?? []).slice(0, 8);
      if (words.length < 4) continue;
      const at = next(words.length - 2);
      const seq = `${words[at]} ${words[at + 1]}`;
      const other = `${words[next(words.length)]} ${words[next(words.length)]}`;
      const shapes = [`(${seq}|${other}) #Verb`, `#Noun .{0,3} (${other}|${seq})`, `(${seq}|${words[at + 2]}) #Adverb? #Noun`, `(${seq}|${other})? #Pronoun (${seq}|x y)`];
      patterns.push(shapes[i % shapes.length]!);
    }
    let compared = 0;
    let found = 0;
    for (const pattern of patterns) {
      const rule = ruleOf(pattern);
      // The same rule with the test made void: every sequence stands for no word (so every choice is left to compromise).
      const ungated = { ...rule, patterns: rule.patterns.map((p) => ({ ...p, sequenceChoices: [] })) };
      for (const text of sentences) {
        const gated = matchPhraseRule(rule, docOf(text));
        expect(gated, `${pattern} on "${text}"`).toEqual(matchPhraseRule(ungated, docOf(text)));
        compared += 1;
        found += gated.length;
      }
      expect(parsedPattern(rule.patterns[0]!)).toBeTruthy();
    }
    expect(compared).toBeGreaterThan(1000);
    expect(found).toBeGreaterThan(0);
  });
});
