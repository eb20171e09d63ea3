/**
 * A rule's own examples, checked the way the RuleTester (rules.test.ts) checks the default pack:
 * every flag example must be flagged by the rule (and its first rewording must give exactly
 * `becomes`), every pass example must be left alone. The options page shows the result as a
 * pass/fail mark next to each example while a team lead edits the rule.
 */
import { createAnalyzer } from '../engine/analyzer';
import { applySuggestion } from '../engine/apply';
import type { Rule } from './schema';

export interface ExampleResult {
  text: string;
  ok: boolean;
  /** Why it failed, in one plain sentence; absent when it passed. */
  reason?: string;
  /** For flag examples with a rewording: what the rule's first rewording actually gives. */
  got?: string;
}

export interface RuleExampleResults {
  ruleId: string;
  flag: ExampleResult[];
  pass: ExampleResult[];
  /** The paraphrase set: other structures that must be flagged, near misses that must pass. */
  paraphrases: { flag: ExampleResult[]; pass: ExampleResult[] };
  /** True when every example holds. */
  ok: boolean;
}

export function runRuleExamples(rule: Rule): RuleExampleResults {
  let analyzer: ReturnType<typeof createAnalyzer>;
  try {
    analyzer = createAnalyzer([{ ...rule, enabled: true }]);
  } catch (error) {
    const reason = `the rule cannot run: ${(error as Error).message}`;
    const fail = (text: string): ExampleResult => ({ text, ok: false, reason });
    const flag = rule.examples.flag.map((e) => fail(e.text));
    const pass = rule.examples.pass.map((e) => fail(typeof e === 'string' ? e : e.text));
    const paraphrases = { flag: (rule.examples.paraphrases?.flag ?? []).map(fail), pass: (rule.examples.paraphrases?.pass ?? []).map(fail) };
    return { ruleId: rule.id, flag, pass, paraphrases, ok: false };
  }

  const flag = rule.examples.flag.map((example): ExampleResult => {
    const found = analyzer
      .analyze(example.text, { customerMessage: example.customerMessage })
      .findings.find((f) => f.ruleId === rule.id);
    if (!found) return { text: example.text, ok: false, reason: 'the rule does not flag it' };
    if (example.becomes === null) {
      return found.suggestions.length === 0
        ? { text: example.text, ok: true }
        : { text: example.text, ok: false, reason: 'expected no rewording, but the rule offers one', got: applySuggestion(example.text, found, 0) };
    }
    if (found.suggestions.length === 0) return { text: example.text, ok: false, reason: 'the rule offers no rewording' };
    const got = applySuggestion(example.text, found, 0);
    return got === example.becomes
      ? { text: example.text, ok: true, got }
      : { text: example.text, ok: false, reason: 'the first rewording gives a different text', got };
  });

  const passes = (example: { text: string; customerMessage?: string }): ExampleResult => {
    const hits = analyzer.analyze(example.text, { customerMessage: example.customerMessage }).findings.filter((f) => f.ruleId === rule.id);
    return hits.length === 0
      ? { text: example.text, ok: true }
      : { text: example.text, ok: false, reason: `the rule flags "${hits[0]!.text}"` };
  };
  const pass = rule.examples.pass.map((entry) => passes(typeof entry === 'string' ? { text: entry } : entry));
  const paraphrases = {
    flag: (rule.examples.paraphrases?.flag ?? []).map((text): ExampleResult =>
      analyzer.analyze(text).findings.some((f) => f.ruleId === rule.id) ? { text, ok: true } : { text, ok: false, reason: 'the rule does not flag this paraphrase' },
    ),
    pass: (rule.examples.paraphrases?.pass ?? []).map((text) => passes({ text })),
  };
  const ok = [flag, pass, paraphrases.flag, paraphrases.pass].every((list) => list.every((r) => r.ok));
  return { ruleId: rule.id, flag, pass, paraphrases, ok };
}
