/**
 * Every rewording of every rule, applied to each of its flag examples and paraphrases, must be safe to
 * click: no placeholder, a capital, one end punctuation, no doubled word, a verb in every sentence, the
 * negation, numbers and names kept (see rewording-safety.ts).
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { applySuggestion } from '../engine/apply';
import { defaultPack } from './default';
import { rewordingProblems } from './rewording-safety';
import type { Rule } from './schema';

/**
 * Rules whose rewording deliberately replaces the agent's "don't…" aimed at the customer with something
 * else; each with the reason. Refusals of the customer's request are never in this list.
 */
const REPLACES_A_TELLING_OFF: Record<string, string> = {
  'calm-down': '"Don\'t raise your voice" becomes empathy, not a permission',
};

function flaggedTexts(rule: Rule): string[] {
  return [...rule.examples.flag.map((e) => e.text), ...(rule.examples.paraphrases?.flag ?? [])];
}

describe('rewording-safety', () => {
  it.each<[string, string, RegExp]>([
    ['a placeholder', "Here's what I can do: …", /placeholder/],
    ['a sentence without a verb', 'About your claim, the following:', /no verb/],
    ['an orphaned fragment', 'Of the offer, the discount was for new customers.', /orphaned/],
    ['a lost negation', 'Just reply to this email.', /negation/],
    ['a lost number', 'Returns take days.', /drops "14"/],
    ['a doubled word', 'Could you you restart it?', /doubles/],
    ['doubled end punctuation', 'Could you restart it?.', /end punctuation/],
    ['no capital', 'could you restart it?', /capital/],
  ])('names %s', (_what, after, problem) => {
    const before = 'Please do not reply: returns take 14 days, as the terms say.';
    expect(rewordingProblems(before, after).join('; ')).toMatch(problem);
  });

  it('accepts a clean rewording', () => {
    expect(rewordingProblems('You need to restart the router.', 'Could you restart the router?')).toEqual([]);
  });
});

describe.each(defaultPack.rules.map((rule) => [rule.id, rule] as [string, Rule]))('rewordings of %s', (_id, rule) => {
  const alone = createAnalyzer([{ ...rule, enabled: true }]);
  it('are all safe to click on every example and paraphrase', () => {
    const problems: string[] = [];
    for (const text of flaggedTexts(rule)) {
      for (const finding of alone.analyze(text).findings.filter((f) => f.ruleId === rule.id)) {
        finding.suggestions.forEach((_s, i) => {
          const after = applySuggestion(text, finding, i);
          const found = rewordingProblems(text, after, finding.text).filter((p) => !(REPLACES_A_TELLING_OFF[rule.id] && p === 'drops the negation'));
          for (const p of found) problems.push(`${JSON.stringify(text)} → ${JSON.stringify(after)}: ${p}`);
        });
      }
    }
    expect(problems).toEqual([]);
  });
});
