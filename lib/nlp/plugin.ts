/**
 * Rapport's only compromise extension: service vocabulary, registered once in nlp.ts.
 * Rules match on these tags instead of repeating word lists (STYLE.md, compromise section).
 */
export const rapportPlugin = {
  tags: {
    Bureaucratic: { isA: 'Adverb' },
  },
  words: {
    kindly: 'Bureaucratic',
    herewith: 'Bureaucratic',
    hereby: 'Bureaucratic',
    henceforth: 'Bureaucratic',
    aforementioned: 'Adjective',
    // compromise reads these as proper nouns at the start of a sentence.
    per: 'Preposition',
    asap: 'Adverb',
  },
};
