/**
 * Rule example checks are pure but not free (each builds a one-rule analyzer), so results are
 * kept by the rule's content: editing one rule re-checks only that rule.
 */
import { stable } from '../../lib/rules/pack-diff';
import { runRuleExamples, type RuleExampleResults } from '../../lib/rules/examples';
import type { Rule } from '../../lib/rules/schema';

const LIMIT = 600;
const cache = new Map<string, RuleExampleResults>();

const keyOf = (rule: Rule) => stable({ ...rule, enabled: true });

export function peekRuleExamples(rule: Rule): RuleExampleResults | undefined {
  return cache.get(keyOf(rule));
}

export function ruleExamples(rule: Rule): RuleExampleResults {
  const key = keyOf(rule);
  let result = cache.get(key);
  if (!result) {
    result = runRuleExamples(rule);
    if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, result);
  }
  return result;
}
