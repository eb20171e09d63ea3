/**
 * The rule-pack format (version 1): plain JSON data that a team lead can edit, validated whole.
 * Modelled on Vale's rule kinds, with Harper-style inline examples on every rule.
 */
import { z } from 'zod';
import { PRINCIPLE_IDS } from '../engine/principles';
import { CHECK_IDS, checkOptionSchemas, type CheckId } from '../engine/checks/registry';
import { patternProblem, templateProblem, phraseProblem, captureNames } from './pattern-safety';

export const PACK_FORMAT = 'rapport-rule-pack';
export const PACK_FORMAT_VERSION = 1;

const ruleId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and hyphens')
  .max(60);

const exampleText = z.string().min(1, 'must not be empty').max(2000);

const flagExample = z.object({
  text: exampleText,
  /** The whole text after applying the first rewording, or null when the rule offers none. */
  becomes: z.string().max(2000).nullable(),
  customerMessage: z.string().max(4000).optional(),
});

const passExample = z.union([
  exampleText,
  z.object({ text: exampleText, customerMessage: z.string().max(4000).optional() }),
]);

const common = {
  id: ruleId,
  principle: z.enum(PRINCIPLE_IDS),
  severity: z.enum(['hint', 'suggestion', 'warning']),
  message: z.string().min(10, 'must explain the principle in a sentence').max(240),
  /** A human name for the rule in a team lead's words (the options list it by this), and what it catches in one line. */
  title: z.string().trim().min(3, 'needs a few words').max(80, 'keep the title under 80 characters').optional(),
  description: z.string().max(1000).optional(),
  enabled: z.boolean().default(true),
  examples: z.object({
    flag: z.array(flagExample).min(1, 'needs at least one sentence the rule must flag'),
    pass: z.array(passExample).min(1, 'needs at least one sentence the rule must leave alone'),
  }),
};

const phraseRule = z
  .object({
    ...common,
    kind: z.literal('phrase'),
    /** Literal phrases, matched case-insensitively on whole words. */
    phrases: z.array(z.string().superRefine(refineWith(phraseProblem))).max(60).default([]),
    /** compromise match patterns; named captures like [<action>.+] feed the rewrites. */
    patterns: z.array(z.string().superRefine(refineWith(patternProblem))).max(30).default([]),
    /** Patterns that, when present in the same sentence, mean the phrase is fine there. */
    unless: z.array(z.string().superRefine(refineWith(patternProblem))).max(20).default([]),
    /** Rewrite templates for the matched words; {name} inserts a capture, {name|filter} transforms it. */
    rewrites: z.array(z.string().max(300).superRefine(refineWith(templateProblem))).max(6).default([]),
  })
  .superRefine((rule, ctx) => {
    if (rule.phrases.length === 0 && rule.patterns.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['patterns'], message: 'a phrase rule needs at least one phrase or pattern' });
    }
    const names = new Set(rule.patterns.flatMap(captureNames));
    rule.rewrites.forEach((template, i) => {
      for (const [, name] of template.matchAll(/\{(\w+)/g)) {
        if (name !== 'match' && !names.has(name!)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rewrites', i],
            message: `uses {${name}}, but no pattern captures [<${name}> …]`,
          });
        }
      }
    });
  });

const structureRule = z
  .object({
    ...common,
    kind: z.literal('structure'),
    check: z.enum(CHECK_IDS),
    options: z.record(z.string(), z.unknown()).default({}),
  })
  .superRefine((rule, ctx) => {
    const parsed = checkOptionSchemas[rule.check as CheckId].safeParse(rule.options);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        ctx.addIssue({ code: 'custom', path: ['options', ...issue.path.map(String)], message: issue.message });
      }
    }
  });

export const ruleSchema = z.discriminatedUnion('kind', [phraseRule, structureRule]);

export const packSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    formatVersion: z.literal(PACK_FORMAT_VERSION),
    id: ruleId,
    name: z.string().min(1).max(100),
    description: z.string().max(2000).optional(),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must look like 1.0.0'),
    rules: z.array(ruleSchema).max(1000),
  })
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `"${rule.id}" is used twice` });
      seen.add(rule.id);
    });
  });

export type RuleInput = z.input<typeof ruleSchema>;
export type Rule = z.output<typeof ruleSchema>;
export type PhraseRule = Extract<Rule, { kind: 'phrase' }>;
export type StructureRule = Extract<Rule, { kind: 'structure' }>;
export type RulePack = z.output<typeof packSchema>;
export type RulePackInput = z.input<typeof packSchema>;
export type FlagExample = z.output<typeof flagExample>;

function refineWith(problem: (value: string) => string | null) {
  return (value: string, ctx: z.RefinementCtx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  };
}

export interface PackProblem {
  /** Where, e.g. `rules[3] "blame-customer" › patterns[0]`. */
  where: string;
  message: string;
}

export type PackValidation = { ok: true; pack: RulePack } | { ok: false; problems: PackProblem[] };

/** Validates a whole pack; on any problem nothing is returned, so nothing half-loads. */
export function validatePack(input: unknown): PackValidation {
  const parsed = packSchema.safeParse(input);
  if (parsed.success) return { ok: true, pack: parsed.data };
  const rules = (input as { rules?: unknown[] } | null)?.rules;
  const problems = parsed.error.issues.map((issue) => ({
    where: describePath(issue.path, Array.isArray(rules) ? rules : []),
    message: issue.message,
  }));
  return { ok: false, problems };
}

/** Validates one rule on its own (the options page validates as the lead types). */
export function validateRule(input: unknown): { ok: true; rule: Rule } | { ok: false; problems: PackProblem[] } {
  const parsed = ruleSchema.safeParse(input);
  if (parsed.success) return { ok: true, rule: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({ where: formatPath(issue.path), message: issue.message })),
  };
}

function describePath(path: PropertyKey[], rules: unknown[]): string {
  if (path[0] === 'rules' && typeof path[1] === 'number') {
    const id = (rules[path[1]] as { id?: unknown } | undefined)?.id;
    const head = `rules[${path[1]}]${typeof id === 'string' ? ` "${id}"` : ''}`;
    const rest = formatPath(path.slice(2));
    return rest ? `${head} › ${rest}` : head;
  }
  return formatPath(path) || '(the pack)';
}

function formatPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

export function formatProblems(problems: PackProblem[]): string {
  return problems.map((p) => `${p.where}: ${p.message}`).join('\n');
}
