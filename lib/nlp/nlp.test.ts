import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conjugationsOf, forgetTaggedSentences, nlp, tagSentence, withChunks, type NlpDoc } from './nlp';

/** Sentences of the dev replies: what the tagger meets. */
function sentences(): string[] {
  return readFileSync(new URL('../../data/replies/dev.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 80)
    .flatMap((l) => (JSON.parse(l) as { text: string }).text.split(/(?<=[.!?])\s+/));
}

function termsOf(doc: NlpDoc, withChunk: boolean): string {
  // `chunk` is a term option compromise's types leave out (a variable, not a literal, so it type-checks).
  const options = { terms: { tags: true, normal: true, chunk: withChunk } };
  const sentences = doc.json(options) as { terms: { tags: string[]; normal: string; chunk?: string }[] }[];
  return JSON.stringify(sentences.map((s) => s.terms.map((t) => [t.normal, t.tags, withChunk ? t.chunk : null])));
}

describe('tagSentence', () => {
  it('tags every sentence as nlp() does', () => {
    for (const s of sentences()) expect(termsOf(tagSentence(s), false)).toBe(termsOf(nlp(s), false));
  });

  it('leaves the chunks out until withChunks adds the very ones nlp() computes', () => {
    // The tagger itself marks nouns and verbs as chunks; the chunker fills in the rest ("the new" → Noun, "to" → Pivot).
    const text = 'We will send the new card to your home address.';
    expect(termsOf(tagSentence(text), true)).not.toBe(termsOf(nlp(text), true));
    for (const s of sentences().slice(0, 40)) expect(termsOf(withChunks(tagSentence(s)), true)).toBe(termsOf(nlp(s), true));
  });

  it('tags a text once, and never hands out a document that withChunks has changed', () => {
    const text = 'The courier will collect the parcel from your porch tomorrow.';
    forgetTaggedSentences();
    const first = tagSentence(text);
    expect(tagSentence(text)).toBe(first);
    withChunks(first);
    const again = tagSentence(text);
    expect(again).not.toBe(first);
    expect(termsOf(again, true)).toBe(termsOf(tagSentence(text), true));
    expect(termsOf(again, false)).toBe(termsOf(nlp(text), false));
    expect(termsOf(again, true)).not.toBe(termsOf(nlp(text), true));
    forgetTaggedSentences();
    expect(tagSentence(text)).not.toBe(again);
  });

  it('keeps nlp() whole afterwards (the chunker is left out only inside the call)', () => {
    tagSentence('Your refund was processed today.');
    expect(nlp('We will send the card.').match('<Verb>').found).toBe(true);
  });
});

describe('conjugationsOf', () => {
  it('gives the forms compromise conjugates, the same again from memory', () => {
    for (const word of ['restart', 'Send', 'check', 'go', 'wait']) {
      const direct = (nlp(word).tag('Verb') as NlpDoc).verbs().conjugate()[0] as unknown;
      expect(conjugationsOf(word)).toEqual(direct);
      expect(conjugationsOf(word)).toEqual(direct);
    }
    expect(conjugationsOf('restarting')?.Infinitive).toBe('restart');
  });
});
