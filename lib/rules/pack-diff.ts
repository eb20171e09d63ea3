/**
 * What importing a rule pack would change: rules added, changed (and which fields) and removed,
 * compared by id. Shown before an import is applied, so a team lead sees the whole change first.
 */
import type { Rule } from './schema';

export interface RuleChange {
  id: string;
  before: Rule;
  after: Rule;
  /** Top-level fields whose value differs, in a stable order (e.g. ["enabled", "patterns"]). */
  fields: string[];
}

export interface PackDiff {
  added: Rule[];
  changed: RuleChange[];
  removed: Rule[];
  /** How many rules are the same in both. */
  unchanged: number;
}

export function diffRules(before: readonly Rule[], after: readonly Rule[]): PackDiff {
  const oldById = new Map(before.map((r) => [r.id, r]));
  const newIds = new Set(after.map((r) => r.id));
  const diff: PackDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const rule of after) {
    const old = oldById.get(rule.id);
    if (!old) {
      diff.added.push(rule);
      continue;
    }
    const fields = changedFields(old, rule);
    if (fields.length) diff.changed.push({ id: rule.id, before: old, after: rule, fields });
    else diff.unchanged++;
  }
  diff.removed = before.filter((r) => !newIds.has(r.id));
  return diff;
}

export function isEmptyDiff(diff: PackDiff): boolean {
  return diff.added.length === 0 && diff.changed.length === 0 && diff.removed.length === 0;
}

function changedFields(a: Rule, b: Rule): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const left = a as unknown as Record<string, unknown>;
  const right = b as unknown as Record<string, unknown>;
  return keys.filter((k) => stable(left[k]) !== stable(right[k]));
}

/** JSON with sorted object keys, so key order never counts as a change. */
export function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)))
      : v,
  ) ?? 'undefined';
}
