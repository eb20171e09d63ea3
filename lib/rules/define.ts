import type { RuleInput } from './schema';

/** Types a rule written as a TypeScript file; the value stays plain JSON-serialisable data. */
export function defineRule<const R extends RuleInput>(rule: R): R {
  return rule;
}
