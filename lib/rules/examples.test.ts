/** runRuleExamples: the pass/fail marks the options page shows next to a rule's own examples. */
import { describe, expect, it } from 'vitest';
import { defaultPack } from './default';
import { runRuleExamples } from './examples';
import type { Rule } from './schema';
import { asapRule } from './testing/fixtures';

const asap = asapRule;

describe('runRuleExamples', () => {
  it('passes a rule whose examples hold', () => {
    expect(runRuleExamples(asap)).toEqual({
      ruleId: 'no-asap',
      ok: true,
      flag: [{ text: 'I will fix it asap.', ok: true, got: 'I will fix it by 5 pm today.' }],
      pass: [{ text: 'I will fix it by noon.', ok: true }],
      paraphrases: { flag: [], pass: [] },
    });
  });

  it('runs the paraphrase set: other structures must be flagged, near misses must pass', () => {
    const rule: Rule = { ...asap, examples: { ...asap.examples, paraphrases: { flag: ['Asap, I will fix it.', 'I will fix it later.'], pass: ['Back asap!', 'I fixed it at noon.'] } } };
    const result = runRuleExamples(rule);
    expect(result.ok).toBe(false);
    expect(result.paraphrases.flag.map((r) => r.ok)).toEqual([true, false]);
    expect(result.paraphrases.pass.map((r) => r.ok)).toEqual([false, true]);
    expect(result.paraphrases.flag[1]!.reason).toMatch(/does not flag this paraphrase/);
  });

  it('checks a rule even when it is switched off', () => {
    expect(runRuleExamples({ ...asap, enabled: false }).ok).toBe(true);
  });

  it.each<[string, Rule, 'flag' | 'pass', RegExp]>([
    ['a flag example it does not flag', { ...asap, examples: { ...asap.examples, flag: [{ text: 'All done.', becomes: null }] } }, 'flag', /does not flag/],
    ['a different rewording', { ...asap, examples: { ...asap.examples, flag: [{ text: 'I will fix it asap.', becomes: 'Soon.' }] } }, 'flag', /different text/],
    ['a rewording where none was expected', { ...asap, examples: { ...asap.examples, flag: [{ text: 'I will fix it asap.', becomes: null }] } }, 'flag', /expected no rewording/],
    ['no rewording where one was expected', { ...asap, rewrites: [] }, 'flag', /offers no rewording/],
    ['a pass example it flags', { ...asap, examples: { ...asap.examples, pass: ['Back asap!'] } }, 'pass', /flags "asap"/],
  ])('fails %s', (_what, rule, kind, reason) => {
    const result = runRuleExamples(rule);
    expect(result.ok).toBe(false);
    expect(result[kind][0]).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
  });

  it('shows what the rewording actually gives', () => {
    const result = runRuleExamples({ ...asap, examples: { ...asap.examples, flag: [{ text: 'I will fix it asap.', becomes: 'Soon.' }] } });
    expect(result.flag[0]?.got).toBe('I will fix it by 5 pm today.');
  });

  it.each(['you-need-to', 'greeting-missing', 'wall-of-text'])('agrees with the RuleTester on the default rule %s', (id) => {
    expect(runRuleExamples(defaultPack.rules.find((r) => r.id === id)!).ok).toBe(true);
  });
});
