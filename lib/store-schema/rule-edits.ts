/**
 * The team lead's changes to a rule pack, and how the active rules are worked out from them.
 * Pure data and functions (no browser API), so the options page, the content script and the
 * tests all share one definition of "the rules in effect":
 *
 *   active rules = base pack (Rapport's default, or the imported pack)
 *                  − deleted rules, with each rule's overrides merged in
 *                  + rules the lead added
 *                  ⊕ rules from the organisation's policy (they replace same-id rules and are locked)
 *
 * Every merged or added rule is validated with the engine's own schema (`validateRule`); one that
 * fails is left out (a base rule falls back to its pack version) and reported, never half-used.
 */
import { z } from 'zod';
import { validateRule, type PackProblem, type Rule, type RulePack } from '../rules/schema';
import { stable } from '../rules/pack-diff';
import { own, type Dictionary } from '../engine/untrusted';
import type { ManagedPolicy } from './managed-policy';

/** The revision of the base pack the edits were made against: 'default' or an import's revision. */
export const DEFAULT_BASE = 'default';

/**
 * Fields of a rule that can be overridden; id and kind define the rule and never change. `null` removes an optional
 * field the pack's rule has (its softer form, its title): storage keeps no `undefined`.
 */
export type RuleOverride = { [K in keyof Omit<Rule, 'id' | 'kind'>]?: Omit<Rule, 'id' | 'kind'>[K] | null };

export interface RuleEdits {
  base: string;
  /** Per base-rule id, only the fields that differ from the pack's version. */
  overrides: Dictionary<RuleOverride>;
  /** Rules the lead wrote, in the order they were added. */
  added: Rule[];
  /** Ids of base rules the lead deleted. */
  deleted: string[];
}

export function emptyEdits(base = DEFAULT_BASE): RuleEdits {
  return { base, overrides: {}, added: [], deleted: [] };
}

/**
 * The stored shape. Rules inside are kept loose here on purpose: one rule that no longer
 * validates (say, after an engine update) must not throw away every other edit. Each rule is
 * validated when the active rules are resolved.
 */
export const ruleEditsSchema = z.object({
  base: z.string().min(1),
  overrides: z.record(z.string(), z.record(z.string(), z.unknown())),
  added: z.array(z.object({ id: z.string(), kind: z.string() }).loose()),
  deleted: z.array(z.string()),
});

export function parseRuleEdits(value: unknown): { ok: true; edits: RuleEdits } | { ok: false; problems: PackProblem[] } {
  const parsed = ruleEditsSchema.safeParse(value);
  if (parsed.success) return { ok: true, edits: parsed.data as unknown as RuleEdits };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({ where: i.path.map(String).join('.') || '(the value)', message: i.message })),
  };
}

/** Version 1 (the first options draft) only stored which rules were switched off. */
export interface RuleEditsV1 {
  disabledRules: string[];
}

/** v1 → v2: each disabled rule becomes an `{ enabled: false }` override of the default pack. */
export function migrateRuleEditsV1toV2(v1: RuleEditsV1 | null | undefined): RuleEdits | unknown {
  if (!v1 || typeof v1 !== 'object' || 'overrides' in v1 || !Array.isArray(v1.disabledRules)) return v1;
  const ids = v1.disabledRules.filter((id): id is string => typeof id === 'string');
  return { ...emptyEdits(), overrides: Object.fromEntries(ids.map((id) => [id, { enabled: false }])) };
}

export type RuleOrigin = 'pack' | 'added' | 'managed';

/** One rule as the options page lists it. */
export interface ResolvedRule {
  id: string;
  origin: RuleOrigin;
  /** The rule in effect (for an invalid edit, the pack's version). */
  rule: Rule;
  /** The rule as edited, even when it does not validate (the editor shows this one). */
  draft: Rule;
  /** The pack's version of this rule, when it comes from the base pack. */
  base?: Rule;
  /** True when the lead changed a pack rule. */
  edited: boolean;
  /** Managed by the organisation: the agent cannot edit, disable or delete it. */
  locked: boolean;
  /** Validation problems of the draft (empty when it is valid). */
  problems: PackProblem[];
}

export interface Resolution {
  /** The rules in effect, valid ones only, in display order (disabled rules included). */
  rules: Rule[];
  entries: ResolvedRule[];
  /** Edits that could not be applied, described for a notice. */
  problems: { ruleId: string; problems: PackProblem[] }[];
}

function mergeOverride(base: Rule, override: RuleOverride | undefined): Rule {
  if (!override) return base;
  const { id: _id, kind: _kind, ...fields } = override as RuleOverride & { id?: unknown; kind?: unknown };
  const merged: Record<string, unknown> = { ...base, ...fields };
  for (const [key, value] of Object.entries(fields)) if (value === null) delete merged[key];
  return merged as unknown as Rule;
}

export function resolveRules(basePack: RulePack | null, edits: RuleEdits, managed: ManagedPolicy | null): Resolution {
  const managedRules = managed?.pack?.rules ?? [];
  const managedIds = new Set(managedRules.map((r) => r.id));
  const locked = new Set([...(managed?.lockedRuleIds ?? []), ...managedIds]);
  const baseRules = managed?.pack && managed.replaceDefaultPack ? [] : (basePack?.rules ?? []);
  const deleted = new Set(edits.deleted);
  const entries: ResolvedRule[] = [];
  const problems: Resolution['problems'] = [];

  for (const base of baseRules) {
    if (managedIds.has(base.id)) continue;
    const isLocked = locked.has(base.id);
    if (deleted.has(base.id) && !isLocked) continue;
    const override = isLocked ? undefined : own(edits.overrides, base.id);
    const draft = mergeOverride(base, override);
    const edited = !!override && Object.keys(override).length > 0 && stable(draft) !== stable(base);
    const checked = edited ? validateRule(draft) : ({ ok: true, rule: base } as const);
    if (!checked.ok) problems.push({ ruleId: base.id, problems: checked.problems });
    entries.push({
      id: base.id,
      origin: 'pack',
      rule: checked.ok ? checked.rule : base,
      draft,
      base,
      edited,
      locked: isLocked,
      problems: checked.ok ? [] : checked.problems,
    });
  }

  const taken = new Set(entries.map((e) => e.id));
  for (const added of edits.added) {
    const id = String(added.id);
    if (managedIds.has(id)) continue;
    const checked = validateRule(added);
    const duplicate = taken.has(id);
    const ruleProblems = [
      ...(checked.ok ? [] : checked.problems),
      ...(duplicate ? [{ where: 'id', message: `"${id}" is already used by another rule` }] : []),
    ];
    if (ruleProblems.length) problems.push({ ruleId: id, problems: ruleProblems });
    taken.add(id);
    entries.push({
      id,
      origin: 'added',
      rule: checked.ok ? checked.rule : added,
      draft: added,
      edited: false,
      locked: false,
      problems: ruleProblems,
    });
  }

  for (const rule of managedRules) {
    entries.push({ id: rule.id, origin: 'managed', rule, draft: rule, edited: false, locked: true, problems: [] });
  }

  const rules = entries.filter((e) => e.problems.length === 0 || e.origin === 'pack').map((e) => e.rule);
  return { rules, entries, problems };
}

/** The fields of `candidate` that differ from `base` (id and kind excluded). */
export function overrideFor(base: Rule, candidate: Rule): RuleOverride {
  const out: Record<string, unknown> = {};
  const b = base as unknown as Record<string, unknown>;
  const given = candidate as unknown as Record<string, unknown>;
  // A field the pack's rule has and the lead removed is kept as null (mergeOverride deletes it).
  for (const key of Object.keys(b)) if (key !== 'id' && key !== 'kind' && b[key] !== undefined && given[key] === undefined) out[key] = null;
  for (const [key, value] of Object.entries(candidate)) {
    if (key === 'id' || key === 'kind' || value === undefined) continue;
    // An empty object where the pack has nothing (channel settings all set back to "as the rule") is no change.
    const emptyForNothing = b[key] === undefined && stable(value) === '{}';
    if (stable(value) !== stable(b[key]) && !emptyForNothing) out[key] = value;
  }
  return out as RuleOverride;
}

/** Records the edited version of a rule: as an override of its pack rule, or in place of an added rule. */
export function setRule(edits: RuleEdits, candidate: Rule, base: Rule | undefined): RuleEdits {
  if (base) {
    const override = overrideFor(base, candidate);
    const overrides = { ...edits.overrides };
    if (Object.keys(override).length) overrides[base.id] = override;
    else delete overrides[base.id];
    return { ...edits, overrides };
  }
  const exists = edits.added.some((r) => r.id === candidate.id);
  return { ...edits, added: exists ? edits.added.map((r) => (r.id === candidate.id ? candidate : r)) : [...edits.added, candidate] };
}

/** Back to the pack's version of one rule. */
export function resetRule(edits: RuleEdits, id: string): RuleEdits {
  const overrides = { ...edits.overrides };
  delete overrides[id];
  return { ...edits, overrides, deleted: edits.deleted.filter((d) => d !== id) };
}

export function deleteRule(edits: RuleEdits, id: string, fromPack: boolean): RuleEdits {
  if (!fromPack) return { ...edits, added: edits.added.filter((r) => r.id !== id) };
  const overrides = { ...edits.overrides };
  delete overrides[id];
  return { ...edits, overrides, deleted: edits.deleted.includes(id) ? edits.deleted : [...edits.deleted, id] };
}

export function hasEdits(edits: RuleEdits): boolean {
  return Object.keys(edits.overrides).length > 0 || edits.added.length > 0 || edits.deleted.length > 0;
}

/** Drops overrides that change nothing, so "edited" badges and sync sizes stay honest. */
export function compactEdits(edits: RuleEdits): RuleEdits {
  const overrides = Object.fromEntries(Object.entries(edits.overrides).filter(([, o]) => Object.keys(o).length > 0));
  return { ...edits, overrides, deleted: [...new Set(edits.deleted)] };
}
