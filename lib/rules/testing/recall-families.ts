/**
 * The recall-family tables (lib/rules/recall-families-*.test.ts): each family is run on its rule alone, its flags must
 * flag and its near misses must stay quiet. One runner for every session's table.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../engine/analyzer';
import { defaultPack } from '../default';

export type FamilyCase = [family: string, rule: string, flag: string[], pass: string[]];

const alone = new Map<string, Analyzer>();
/** The default pack's rule `id`, switched on, as the only rule of an analyzer (built once per rule). */
function analyzerOf(id: string): Analyzer {
  let analyzer = alone.get(id);
  if (!analyzer) {
    const rule = defaultPack.rules.find((r) => r.id === id);
    if (!rule) throw new Error(`no rule ${id}`);
    alone.set(id, (analyzer = createAnalyzer([{ ...rule, enabled: true }])));
  }
  return analyzer;
}

const flags = (id: string, text: string) => analyzerOf(id).analyze(text).findings.some((f) => (f.merged ?? [f]).some((m) => m.ruleId === id));

export function describeRecallFamilies(title: string, cases: readonly FamilyCase[]): void {
  describe(title, () => {
    it.each(cases)('%s: %s', (_family, rule, flag, pass) => {
      for (const text of flag) expect(flags(rule, text), text).toBe(true);
      for (const text of pass) expect(flags(rule, text), text).toBe(false);
    });
  });
}
