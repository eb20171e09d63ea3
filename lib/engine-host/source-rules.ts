/**
 * Chrome's engine: the rules in effect from the stored values the service worker sends (it reads them
 * raw and holds no rule code). Resolving validates an imported pack and every edited rule, which
 * parses their compromise patterns: done once per distinct set of stored values, not on every request.
 */
import type { Rule } from '../rules/schema';
import { asRuleSources } from '../storage/rule-sources';
import { rulesFromSources } from '../storage/rule-state';

export function sourceRules(warn: (notice: string) => void = (notice) => console.warn('[Rapport]', notice)): (sources: unknown) => readonly Rule[] {
  let last: { json: string; rules: readonly Rule[] } | null = null;
  return (raw) => {
    const sources = asRuleSources(raw);
    const json = JSON.stringify(sources);
    if (last?.json !== json) {
      const { rules, notices } = rulesFromSources(sources);
      notices.forEach(warn);
      last = { json, rules };
    }
    return last.rules;
  };
}
