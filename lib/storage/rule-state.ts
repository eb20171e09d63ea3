/**
 * The rules in effect, worked out from what is stored (no browser API): the imported pack validated
 * whole, the lead's edits migrated and validated, the organisation's policy parsed, then merged
 * (lib/store-schema/rule-edits.ts). The options page and Firefox's background use it through rules.ts;
 * Chrome's engine gets the stored values raw from the service worker and uses `rulesFromSources`.
 */
import { defaultPack } from '../rules/default';
import { validatePack, type Rule, type RulePack } from '../rules/schema';
import { parseManagedPolicy, type ManagedPolicy } from '../store-schema/managed-policy';
import {
  DEFAULT_BASE,
  emptyEdits,
  migrateRuleEditsV1toV2,
  resolveRules,
  ruleEditsSchema,
  type Resolution,
  type RuleEdits,
} from '../store-schema/rule-edits';
import { RULE_EDITS_KEY, type RuleSources } from './rule-sources';
import { interpretSyncedCopies, type Loaded, type StoredArea, type SyncedSpec } from './synced-value';

/** The lead's edits as a synced item (synced-item.ts): their shape and the v1 → v2 migration. */
export const RULE_EDITS_SPEC: SyncedSpec<RuleEdits> = {
  key: RULE_EDITS_KEY,
  label: 'Your rule edits',
  schema: ruleEditsSchema as never,
  fallback: () => emptyEdits(),
  version: 2,
  migrations: { 2: migrateRuleEditsV1toV2 },
};

export interface StoredPack {
  /** Changes on every import, so edits made against another pack are never applied to this one. */
  revision: string;
  pack: RulePack;
  importedAt: number;
  /** Where it came from: a file name, or "pasted". */
  source: string;
}

export interface ResolvedRuleState {
  basePack: RulePack;
  baseRevision: string;
  imported: StoredPack | null;
  /** The edits that apply to the current base pack. */
  edits: RuleEdits;
  /** Where the edits are kept. */
  editsArea: StoredArea;
  managed: ManagedPolicy;
  resolution: Resolution;
  /** Things the options page should say: damaged data, local-only storage, a broken policy… */
  notices: string[];
}

export interface StoredRuleParts {
  /** `local:rulePack` as stored (unchecked), or null. */
  storedPack: unknown;
  edits: Loaded<RuleEdits>;
  managed: ManagedPolicy;
}

/** `options.defaultPack` is the pack in use when none is imported: Rapport's default pack, or a smaller one in component tests. */
export function resolveRuleState(parts: StoredRuleParts, options: { defaultPack?: RulePack } = {}): ResolvedRuleState {
  const { storedPack, edits: loadedEdits, managed } = parts;
  const notices: string[] = [];
  let basePack = options.defaultPack ?? defaultPack;
  let baseRevision = DEFAULT_BASE;
  let imported: StoredPack | null = null;
  if (storedPack) {
    const stored = storedPack as Partial<StoredPack>;
    const checked = validatePack(stored.pack);
    if (checked.ok && typeof stored.revision === 'string') {
      basePack = checked.pack;
      baseRevision = stored.revision;
      imported = { ...(stored as StoredPack), pack: checked.pack };
    } else {
      notices.push('The imported rule pack stored in this browser is damaged, so Rapport is using its default pack. Import the pack again, or undo the import.');
    }
  }

  if (loadedEdits.notice) notices.push(loadedEdits.notice);
  const edits = loadedEdits.value.base === baseRevision ? loadedEdits.value : emptyEdits(baseRevision);

  if (managed.problems.length) {
    notices.push(
      `The policy from ${managed.managedBy ?? 'your organisation'} has problems, so its rule pack is not used: ${managed.problems
        .slice(0, 5)
        .map((p) => `${p.where}: ${p.message}`)
        .join('; ')}${managed.problems.length > 5 ? ` (and ${managed.problems.length - 5} more)` : ''}.`,
    );
  }

  const resolution = resolveRules(basePack, edits, managed);
  for (const { ruleId, problems } of resolution.problems) {
    notices.push(`Your edit of "${ruleId}" no longer validates (${problems[0]?.where}: ${problems[0]?.message}), so it is not in effect.`);
  }
  return { basePack, baseRevision, imported, edits, editsArea: loadedEdits.area, managed, resolution, notices };
}

/** The engine's side: the rules in effect from the stored values as the service worker read them. */
export function rulesFromSources(sources: RuleSources): { rules: Rule[]; notices: string[] } {
  const state = resolveRuleState({
    storedPack: sources.pack,
    edits: interpretSyncedCopies(RULE_EDITS_SPEC, sources.edits),
    managed: parseManagedPolicy(sources.managed),
  });
  return { rules: state.resolution.rules, notices: state.notices };
}
