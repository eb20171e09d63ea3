import type { Rule } from '../../rules/schema';

/** A phrase rule whose only rewording deletes its stock line: for tests of how a deletion is applied. */
export function deletingRule(phrase: string, rewrites: readonly string[] = ['']): Rule {
  return {
    id: 'stock-line',
    kind: 'phrase',
    principle: 'interaction',
    severity: 'hint',
    message: 'Interaction: a stock line reads as a form letter.',
    enabled: true,
    phrases: [phrase],
    patterns: [],
    unless: [],
    unlessNext: [],
    rewrites: [...rewrites],
    examples: { flag: [{ text: 'x', becomes: null }], pass: ['y'] },
  } as unknown as Rule;
}
