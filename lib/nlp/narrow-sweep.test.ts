import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import { narrowSweepPlugin } from './narrow-sweep';
import { leanPostTaggerPlugin } from './lean-post-tagger';
import { parseMemoPlugin } from './parse-memo';

interface World {
  methods: { one: { bulkMatch: unknown } };
}

/**
 * Real replies and customers' messages (dev halves): the sentences the tagger meets. Nothing here
 * imports lib/nlp/nlp.ts, so compromise starts without the plugins (each test adds one; they run in order).
 */
function sentences(): string[] {
  const texts = ['data/replies/dev.jsonl', 'data/layouts/dev.jsonl', 'data/customer-messages/dev.jsonl'].flatMap((file) =>
    readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
  return [...texts, 'constructor __proto__ toString, hasOwnProperty!', 'I’m sorry, we can’t — but you’ll get it Friday.'];
}

/** compromise numbers its terms as it makes them: the same text gets other ids each time. */
const withoutIds = (key: string, value: unknown) => (key === 'id' ? undefined : value);
const tagsOf = (text: string) => JSON.stringify(nlp(text).json({ terms: { tags: true, normal: true } }), withoutIds);

describe('narrowSweepPlugin', () => {
  it('tags every sentence exactly as compromise does without it', () => {
    const world = (nlp as unknown as { world(): World }).world();
    const texts = sentences();
    const before = texts.map(tagsOf);
    // compromise's own sweep stays behind the plugin for nets it cannot index: count how often it is still asked.
    const original = world.methods.one.bulkMatch as (...args: unknown[]) => unknown;
    let generalPath = 0;
    world.methods.one.bulkMatch = (...args: unknown[]) => {
      generalPath += 1;
      return original(...args);
    };
    nlp.plugin(narrowSweepPlugin as never);
    expect(texts.map(tagsOf)).toEqual(before);
    expect(generalPath).toBe(0);
  });
});

describe('leanPostTaggerPlugin', () => {
  it('tags every sentence exactly as compromise does without it', () => {
    const texts = sentences();
    const before = texts.map(tagsOf);
    nlp.plugin(leanPostTaggerPlugin as never);
    expect(texts.map(tagsOf)).toEqual(before);
  });
});

describe('parseMemoPlugin', () => {
  it('tags every sentence exactly as compromise does without it, the first time and from memory', () => {
    const texts = sentences();
    const before = texts.map(tagsOf);
    const tokensOf = (text: string) => JSON.stringify((nlp as unknown as { tokenize(t: string): ReturnType<typeof nlp> }).tokenize(text).json(), withoutIds);
    const tokensBefore = texts.map(tokensOf);
    nlp.plugin(parseMemoPlugin as never);
    expect(texts.map(tagsOf)).toEqual(before);
    // The last texts split are remembered: tokenized, then tagged, from memory.
    const recent = texts.slice(-200);
    expect(recent.map(tokensOf)).toEqual(tokensBefore.slice(-200));
    expect(recent.map(tagsOf)).toEqual(before.slice(-200));
  });
});
