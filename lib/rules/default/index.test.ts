import { describe, expect, it } from 'vitest';
import { defaultPack, defaultPackInput } from '.';
import { formatProblems, validatePack, type RuleInput, type RulePackInput } from '../schema';
import { asValidatedPack } from '../as-validated';

/** The pack validated as an imported one would be; the message lists every problem. */
function validated(input: RulePackInput) {
  const result = validatePack(structuredClone(input));
  if (!result.ok) throw new Error(`The pack is invalid:\n${formatProblems(result.problems)}`);
  return result.pack;
}

describe('the shipped default pack (not validated at runtime)', () => {
  it('passes validation, and ships exactly what validation gives', () => {
    expect(defaultPack).toStrictEqual(validated(defaultPackInput));
  });

  it('would be caught here if a rule were malformed', () => {
    const [first, ...rest] = defaultPackInput.rules;
    const broken = { ...first!, enabled: 'yes' } as unknown as RuleInput;
    expect(() => validated({ ...defaultPackInput, rules: [broken, ...rest] })).toThrow(/enabled/);
  });

  it('fills in every default as validation does, for rules that leave them all out', () => {
    const structure = defaultPackInput.rules.find((r) => r.kind === 'structure' && r.id === 'all-caps')!;
    const phrase = defaultPackInput.rules.find((r) => r.kind === 'phrase' && r.id === 'as-per')!;
    const bare = (rule: RuleInput): RuleInput => {
      const { enabled: _enabled, title, ...rest } = rule as RuleInput & { options?: unknown; rewrites?: unknown; unless?: unknown };
      const kept: Record<string, unknown> = { ...rest, title: `  ${title ?? 'A rule title'}  ` };
      for (const optional of ['options', 'rewrites', 'unless', 'phrases']) delete kept[optional];
      const { flag, pass } = rule.examples;
      kept.examples = { flag: flag.map((e) => ({ ...e, becomes: null })), pass, paraphrases: { flag: ['As per the contract, the notice period is one month.'] } };
      return kept as unknown as RuleInput;
    };
    const { description: _description, ...head } = defaultPackInput;
    const sparse: RulePackInput = { ...head, rules: [bare(structure), bare(phrase)] };
    expect(asValidatedPack(sparse)).toStrictEqual(validated(sparse));
  });
});
