/**
 * A pack of our own code in the shape `validatePack` gives it (the schema's defaults filled in), without
 * validating it: validation parses every compromise pattern, about half a second of the engine's start.
 * Only for the default pack, which lib/rules/default/index.test.ts validates and compares with this
 * result; imported and edited packs are untrusted and always go through `validatePack`.
 */
import type { Rule, RuleInput, RulePack, RulePackInput } from './schema';

export function asValidatedPack(input: RulePackInput): RulePack {
  return { ...input, rules: input.rules.map(asValidatedRule) };
}

function asValidatedRule(rule: RuleInput): Rule {
  const { paraphrases, ...examples } = rule.examples;
  const common = {
    enabled: rule.enabled ?? true,
    examples: paraphrases ? { ...examples, paraphrases: { flag: paraphrases.flag ?? [], pass: paraphrases.pass ?? [] } } : examples,
    ...(rule.title !== undefined && { title: rule.title.trim() }),
  };
  if (rule.kind === 'structure') return { ...rule, ...common, options: rule.options ?? {} };
  const { softer: softerInput, ...phrase } = rule;
  const softer = softerInput && { ...softerInput, customerAsked: softerInput.customerAsked ?? [], sentenceHas: softerInput.sentenceHas ?? [] };
  return { ...phrase, ...common, phrases: rule.phrases ?? [], patterns: rule.patterns ?? [], unless: rule.unless ?? [], unlessNext: rule.unlessNext ?? [], rewrites: rule.rewrites ?? [], ...(softer && { softer }) };
}
