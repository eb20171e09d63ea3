/**
 * The rule-pack format (version 1): plain JSON data that a team lead can edit, validated whole.
 * Modelled on Vale's rule kinds, with Harper-style inline examples on every rule.
 *
 * Strict, because a pack is untrusted input (lib/engine/untrusted.ts): an unknown field is an error
 * that names the closest known one ("`enable`: unknown field; did you mean `enabled`?"), every list
 * and string has a limit that the message states, and templates are parsed, not pattern-matched.
 * To add a field, add it to the shape below; `strictObject` keeps the unknown-field check.
 */
import { z } from 'zod';
import { PRINCIPLE_IDS } from '../engine/principles';
import { CHANNELS, type Channel } from '../engine/channel';
import { SEVERITIES } from '../engine/types';
import { CHECK_IDS, checkOptionSchemas, type CheckId } from '../engine/checks/registry';
import { parseTemplate, templateNames } from '../engine/template';
import { FILL_IN_LIMITS, FILL_IN_PLACES, fillInCaptures, parseFillIn } from '../engine/template-fill';
import { isReservedName } from '../engine/untrusted';
import { closestName } from './closest-name';
import { patternProblem, templateProblem, phraseProblem, captureNames } from './pattern-safety';

export const PACK_FORMAT = 'rapport-rule-pack';
/**
 * Version 2 added per-channel settings on any rule (`channels`); version 3 a phrase rule's softer finding where the
 * sentence answers a calm customer (`softer`); version 4 a phrase rule's exemptions in one channel only
 * (`channels.social.unless`). A pack that uses none of them is still a version 1 pack (`formatVersionFor`), so a build
 * that reads only version 1 can still load it.
 */
export const PACK_FORMAT_VERSION = 4;
/** The format versions this build reads. */
const READABLE_FORMAT_VERSIONS: readonly number[] = [1, 2, 3, PACK_FORMAT_VERSION];
/** The first format version that has `channels` on a rule. */
const CHANNELS_SINCE = 2;
/** The first format version that has `softer` on a phrase rule. */
const SOFTER_SINCE = 3;
/** The first format version that has `unless` in a phrase rule's per-channel settings. */
const CHANNEL_UNLESS_SINCE = 4;

/** Every size limit of a pack, in one place (the messages state them). */
export const PACK_LIMITS = {
  /** Characters of the whole pack as JSON (about bytes). */
  packChars: 2_000_000,
  rules: 1000,
  idChars: 60,
  packNameChars: 100,
  packDescriptionChars: 2000,
  messageChars: 240,
  descriptionChars: 1000,
  phrases: 60,
  phraseChars: 80,
  patterns: 30,
  unless: 20,
  unlessNext: 20,
  softerPatterns: 20,
  rewrites: 6,
  rewriteChars: 300,
  flagExamples: 30,
  passExamples: 30,
  exampleChars: 2000,
  customerMessageChars: 4000,
  checkOptions: 20,
  paraphrases: 40,
  adviceChars: 240,
  templates: FILL_IN_LIMITS.templatesPerRule,
  templateChars: FILL_IN_LIMITS.templateChars,
} as const;

const L = PACK_LIMITS;

/**
 * A strict object: an unknown field is an error naming the closest known one. The message is
 * one line per unknown key, in the issue's key order; `validatePack` gives each its own problem.
 */
function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => unknownFieldMessage(key, known)).join('\n') : undefined),
  });
}

function unknownFieldMessage(key: string, known: readonly string[]): string {
  const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
  const guess = closestName(key, known);
  return guess ? `\`${shown}\`: unknown field; did you mean \`${guess}\`?` : `\`${shown}\`: unknown field (known: ${known.join(', ')})`;
}

const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const list = <T extends z.ZodType>(item: T, max: number, what: string) => z.array(item).max(max, `at most ${max} ${what} are allowed`);

const ruleId = z
  .string()
  .max(L.idChars, `must be at most ${L.idChars} characters`)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and hyphens')
  .refine((id) => !isReservedName(id), { message: 'is a reserved name (every JavaScript object has it); choose another id' });

const exampleText = text(L.exampleChars).min(1, 'must not be empty');
const customerMessage = text(L.customerMessageChars).optional();

const flagExample = strictObject({
  text: exampleText,
  /** The whole text after applying the first rewording, or null when the rule offers none. */
  becomes: text(L.exampleChars).nullable(),
  customerMessage,
});

const passExample = z.union([exampleText, strictObject({ text: exampleText, customerMessage })]);

/**
 * Paraphrases: the same meaning in other structures (subject, tense, contraction, an adverb, an
 * introductory clause) that must be flagged, and near misses that must pass. Unlike `flag`
 * examples they pin no exact rewording; every rewording of them must still be safe to click.
 */
const paraphrases = strictObject({
  flag: list(exampleText, L.paraphrases, 'flag paraphrases').default([]),
  pass: list(exampleText, L.paraphrases, 'pass paraphrases').default([]),
});

/** Text an agent would have to fill in: never part of a rewording. */
const PLACEHOLDER = /…|\.\.\.|_{3}|\[(?:name|date|time|x|details)\]/i;

const fillInTemplate = strictObject({
  /** Literal words and `{label}` / `{label <capture>}` slots (lib/engine/template-fill.ts). */
  text: text(L.templateChars).superRefine(refineWith((value) => {
    const parsed = parseFillIn(value);
    if (!parsed.ok) return parsed.problem;
    const literal = parsed.parts.map((p) => ('literal' in p ? p.literal : ' ')).join('');
    return PLACEHOLDER.test(literal) ? 'Insert writes the words around the slots into the reply, so they must not hold a placeholder ("…", "...", "___"); make it a {slot}' : null;
  })),
  /** `match` (the default): in place of the flagged words; `after`: a new sentence after theirs. */
  at: z.enum(FILL_IN_PLACES).optional(),
});

const severity = z.enum(SEVERITIES as readonly ['hint', 'suggestion', 'warning']);

/**
 * A rule's settings for one channel: the rule's own `enabled` and `severity`, which win over the top-level ones there
 * (the same convention as a whole-reply check's `options.channels`). `{ "social": { "severity": "hint" } }` softens a
 * rule on social replies; `{ "social": { "enabled": false } }` switches it off there. A phrase rule may also have
 * exemptions that hold in that channel only (format version 4), added to its own `unless`: on social, "Follow our status
 * page for updates" on an outage is the follow-up itself, while in an e-mail it hands the chasing to the customer.
 */
const channelSetting = strictObject({
  enabled: z.boolean().optional(),
  severity: severity.optional(),
  /** Patterns that, in the same sentence, mean the phrase is fine in this channel (as the rule's `unless`; phrase rules only). */
  unless: list(z.string().superRefine(refineWith(patternProblem)), L.unless, '"unless" patterns').optional(),
});
const channelSettings = strictObject(Object.fromEntries(CHANNELS.map((c) => [c, channelSetting.optional()])) as Record<(typeof CHANNELS)[number], z.ZodOptional<typeof channelSetting>>);

/**
 * A phrase rule's softer finding where its sentence answers the customer (format version 3): when the customer's
 * message reads calm, one of `customerAsked` matches a sentence of it (when given) and one of `sentenceHas` matches the
 * flagged sentence (when given), and no other phrase rule's warning or suggestion stands in the reply, the finding takes
 * this severity (no stronger than the rule's) and this message. "How do I link my account?" answered "You'll need to sign
 * out and back in" is the step they asked for, not an order: a hint toward the friendlier form, not a warning.
 */
const softer = strictObject({
  severity,
  message: text(L.messageChars).min(10, 'must explain the principle in a sentence'),
  /** Patterns matched against each sentence of the customer's message: the question this sentence answers. */
  customerAsked: list(z.string().superRefine(refineWith(patternProblem)), L.softerPatterns, '"customerAsked" patterns').default([]),
  /** Patterns matched against the flagged sentence: what makes it an answer (a reason, a way forward). */
  sentenceHas: list(z.string().superRefine(refineWith(patternProblem)), L.softerPatterns, '"sentenceHas" patterns').default([]),
});

const common = {
  id: ruleId,
  principle: z.enum(PRINCIPLE_IDS),
  severity,
  /** Per channel (email, chat, social): the rule's `enabled` and `severity` there (format version 2). */
  channels: channelSettings.optional(),
  message: text(L.messageChars).min(10, 'must explain the principle in a sentence'),
  /** A human name for the rule in a team lead's words (the options list it by this); the description says what it catches in one line. */
  title: text(80).trim().min(3, 'needs a few words').optional(),
  description: text(L.descriptionChars).optional(),
  enabled: z.boolean().default(true),
  examples: strictObject({
    flag: list(flagExample, L.flagExamples, 'flag examples').min(1, 'needs at least one sentence the rule must flag'),
    pass: list(passExample, L.passExamples, 'pass examples').min(1, 'needs at least one sentence the rule must leave alone'),
    paraphrases: paraphrases.optional(),
  }),
};

const phraseRule = strictObject({
  ...common,
  kind: z.literal('phrase'),
  /** Literal phrases, matched case-insensitively on whole words. */
  phrases: list(z.string().superRefine(refineWith(phraseProblem)), L.phrases, 'phrases').default([]),
  /** compromise match patterns; named captures like [<action>.+] feed the rewrites. */
  patterns: list(z.string().superRefine(refineWith(patternProblem)), L.patterns, 'patterns').default([]),
  /** Patterns that, when present in the same sentence, mean the phrase is fine there. */
  unless: list(z.string().superRefine(refineWith(patternProblem)), L.unless, '"unless" patterns').default([]),
  /**
   * Patterns that, when present in the NEXT sentence of the agent's own text, mean the phrase is fine:
   * a refusal followed at once by what the agent can do ("We can't refund it. What I can do is …").
   * One sentence ahead only, so the look-ahead is bounded; same pattern language and checks as `unless`.
   */
  unlessNext: list(z.string().superRefine(refineWith(patternProblem)), L.unlessNext, '"unlessNext" patterns').default([]),
  /** Rewrite templates for the matched words; {name} inserts a capture, {name|filter} transforms it. */
  rewrites: list(text(L.rewriteChars).superRefine(refineWith(templateProblem)), L.rewrites, 'rewrites').default([]),
  /**
   * What a better reply needs that only the agent knows ("say what you can do instead"): shown
   * on the card as advice, never written into the draft, so it never holds a placeholder to fill.
   */
  advice: text(L.adviceChars).min(10, 'must say what to do in a sentence').optional(),
  /**
   * Fill-in templates: the better sentence with labelled gaps ("{what you can offer}") the agent fills in
   * the card before inserting; `at` says whether it replaces the flagged words or follows their sentence.
   */
  templates: list(fillInTemplate, L.templates, 'templates').optional(),
  /** A softer severity and message where the sentence answers a calm customer (format version 3; see `softer`). */
  softer: softer.optional(),
}).superRefine((rule, ctx) => {
  if (rule.phrases.length === 0 && rule.patterns.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['patterns'], message: 'a phrase rule needs at least one phrase or pattern' });
  }
  if (rule.softer) {
    // No stronger than the rule's own: equal is allowed, so a lead who turns the whole rule down to a hint need not
    // edit its softer form too (the engine softens only where the softer severity is lower than the one in effect).
    if (SEVERITIES.indexOf(rule.softer.severity) > SEVERITIES.indexOf(rule.severity)) {
      ctx.addIssue({ code: 'custom', path: ['softer', 'severity'], message: `must not be stronger than the rule's own severity ("${rule.severity}")` });
    }
    if (rule.softer.customerAsked.length === 0 && rule.softer.sentenceHas.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['softer'], message: 'needs at least one "customerAsked" or "sentenceHas" pattern (otherwise it would soften every finding)' });
    }
  }
  const names = new Set(rule.patterns.flatMap(captureNames));
  rule.templates?.forEach((template, i) => {
    const parsed = parseFillIn(template.text);
    if (!parsed.ok) return; // reported by the template's own check
    for (const name of new Set(fillInCaptures(parsed.parts))) {
      if (!names.has(name)) ctx.addIssue({ code: 'custom', path: ['templates', i, 'text'], message: `prefills from <${name}>, but no pattern captures [<${name}> …]` });
    }
  });
  rule.rewrites.forEach((template, i) => {
    if (PLACEHOLDER.test(template)) {
      ctx.addIssue({
        code: 'custom',
        path: ['rewrites', i],
        message: 'Apply writes a rewording into the reply, so it must not hold a placeholder ("…", "...", "___"); put what only the agent knows in `advice`',
      });
    }
    const parsed = parseTemplate(template);
    if (!parsed.ok) return; // reported by the template's own check
    for (const name of new Set(templateNames(parsed.parts))) {
      if (!names.has(name)) {
        ctx.addIssue({ code: 'custom', path: ['rewrites', i], message: `uses {${name}}, but no pattern captures [<${name}> …]` });
      }
    }
  });
});

const structureRule = strictObject({
  ...common,
  kind: z.literal('structure'),
  check: z.enum(CHECK_IDS),
  options: z
    .record(z.string(), z.unknown())
    .refine((o) => Object.keys(o).length <= L.checkOptions, `at most ${L.checkOptions} options are allowed`)
    .default({}),
}).superRefine((rule, ctx) => {
  for (const channel of CHANNELS) {
    if (hasExemptionsIn(rule, channel)) {
      ctx.addIssue({ code: 'custom', path: ['channels', channel, 'unless'], message: 'only a phrase rule has exemptions (`unless`); a whole-reply check is tuned by its `options`' });
    }
  }
  const parsed = checkOptionSchemas[rule.check as CheckId].safeParse(rule.options);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: 'custom', path: ['options', ...issue.path.map(String)], message: issue.message });
    }
  }
});

export const ruleSchema = z.discriminatedUnion('kind', [phraseRule, structureRule], {
  error: (issue) => (issue.code === 'invalid_union' ? 'kind must be "phrase" or "structure"' : undefined),
});

export const packSchema = strictObject({
  format: z.literal(PACK_FORMAT, { error: `must be "${PACK_FORMAT}"` }),
  formatVersion: z.custom<number>((value) => READABLE_FORMAT_VERSIONS.includes(value as number), {
    error: (issue) => `this build reads formatVersion ${READABLE_FORMAT_VERSIONS.slice(0, -1).join(', ')} or ${READABLE_FORMAT_VERSIONS.at(-1)}, not ${JSON.stringify(issue.input) ?? 'a missing one'}`,
  }),
  id: ruleId,
  name: text(L.packNameChars).min(1),
  description: text(L.packDescriptionChars).optional(),
  version: z.string().max(40).regex(/^\d+\.\d+\.\d+$/, 'must look like 1.0.0'),
  rules: list(ruleSchema, L.rules, 'rules'),
}).superRefine((pack, ctx) => {
  const seen = new Set<string>();
  pack.rules.forEach((rule, i) => {
    if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `"${rule.id}" is used twice` });
    seen.add(rule.id);
    if (rule.channels && pack.formatVersion < CHANNELS_SINCE) {
      ctx.addIssue({ code: 'custom', path: ['rules', i, 'channels'], message: `per-channel settings need formatVersion ${CHANNELS_SINCE} (this pack says ${pack.formatVersion})` });
    }
    if (rule.kind === 'phrase' && rule.softer && pack.formatVersion < SOFTER_SINCE) {
      ctx.addIssue({ code: 'custom', path: ['rules', i, 'softer'], message: `a softer finding needs formatVersion ${SOFTER_SINCE} (this pack says ${pack.formatVersion})` });
    }
    for (const channel of CHANNELS) {
      if (hasExemptionsIn(rule, channel) && pack.formatVersion < CHANNEL_UNLESS_SINCE) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'channels', channel, 'unless'],
          message: `exemptions in one channel need formatVersion ${CHANNEL_UNLESS_SINCE} (this pack says ${pack.formatVersion})`,
        });
      }
    }
  });
});

/** Whether a rule has exemptions in this channel: an empty list (a lead cleared them in the editor) is none. */
function hasExemptionsIn(rule: { channels?: Partial<Record<Channel, { unless?: readonly string[] }>> }, channel: Channel): boolean {
  return (rule.channels?.[channel]?.unless?.length ?? 0) > 0;
}

/**
 * The lowest format version that holds these rules (so older builds read it): 4 when a rule has exemptions in one
 * channel, 3 when a phrase rule has a softer finding, 2 when a rule has per-channel settings, else 1.
 */
export function formatVersionFor(rules: readonly (Pick<Rule, 'channels'> & { softer?: unknown })[]): number {
  if (rules.some((r) => CHANNELS.some((c) => hasExemptionsIn(r, c)))) return CHANNEL_UNLESS_SINCE;
  if (rules.some((r) => r.softer)) return SOFTER_SINCE;
  return rules.some((r) => r.channels) ? CHANNELS_SINCE : 1;
}

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
  if (!jsonFitsIn(input, L.packChars)) {
    return { ok: false, problems: [{ where: '(the pack)', message: `is larger than ${L.packChars.toLocaleString('en')} characters of JSON` }] };
  }
  const parsed = packSchema.safeParse(input);
  if (parsed.success) return { ok: true, pack: parsed.data };
  const rules = (input as { rules?: unknown[] } | null)?.rules;
  const problems = flattenIssues(parsed.error.issues).map((issue) => ({
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
    problems: flattenIssues(parsed.error.issues).map((issue) => ({ where: formatPath(issue.path), message: issue.message })),
  };
}

interface FlatIssue {
  path: PropertyKey[];
  message: string;
}

/**
 * One problem per unknown key (with the key in its path), and for a union ("a string or an
 * object") the problems of the branch the input was meant for, instead of "Invalid input".
 */
function flattenIssues(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): FlatIssue[] {
  return issues.flatMap((issue): FlatIssue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const lines = issue.message.split('\n');
      return issue.keys.map((key, i) => ({ path: [...path, key], message: lines[i] ?? lines[0]! }));
    }
    if (issue.code === 'invalid_union' && issue.errors.length) {
      const meant = issue.errors.find((branch) => !branch.every((b) => b.code === 'invalid_type' && b.path.length === 0));
      if (meant) return flattenIssues(meant, path);
    }
    return [{ path, message: issue.message }];
  });
}

/** True when `value` as JSON is at most `limit` characters; stops counting as soon as it is over. */
function jsonFitsIn(value: unknown, limit: number): boolean {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (Array.isArray(v)) {
      size += v.length + 2;
      if (size <= limit) for (const item of v) stack.push(item);
    } else if (v && typeof v === 'object') {
      const keys = Object.keys(v);
      size += 2;
      for (const k of keys) {
        size += k.length + 4;
        if (size > limit) break;
        stack.push((v as Record<string, unknown>)[k]);
      }
    } else size += 5;
    if (size > limit) return false;
  }
  return true;
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
