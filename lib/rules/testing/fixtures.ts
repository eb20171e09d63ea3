/** A small custom rule that tests of rule editing, storage and examples share. */
import type { PhraseRule, Rule } from '../schema';

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

/**
 * The default pack with the acknowledgement offered beside a blaming line too (`adviceBeside: []`): tests of the
 * line's own wording in such replies use it, since the default pack gives the line there as advice only.
 */
export function packOfferingAcknowledgementBesideBlame(rules: readonly Rule[]): Rule[] {
  return rules.map((r) => (r.kind === 'structure' && r.check === 'acknowledgement' ? { ...r, options: { ...r.options, adviceBeside: [] } } : r));
}
