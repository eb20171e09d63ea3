/** A small custom rule that tests of rule editing, storage and examples share. */
import type { PhraseRule } from '../schema';

export const asapRule: PhraseRule = {
  id: 'no-asap',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'suggestion',
  message: 'Urgency: "ASAP" promises nothing; give a time the customer can plan around.',
  enabled: true,
  phrases: ['asap'],
  patterns: [],
  unless: [],
  unlessNext: [],
  rewrites: ['by 5 pm today'],
  examples: { flag: [{ text: 'I will fix it asap.', becomes: 'I will fix it by 5 pm today.' }], pass: ['I will fix it by noon.'] },
};
