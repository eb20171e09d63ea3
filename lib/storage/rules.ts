/**
 * The rules in effect, persisted. Storage layout:
 *
 *   sync:ruleEdits  (v2)  the lead's edits (RuleEdits); `local:ruleEdits` instead when they
 *                         outgrow Chrome sync (8 KB per item / 100 KB in total)
 *   local:rulePack  (v1)  an imported pack { revision, pack, importedAt, source }, or absent for
 *                         Rapport's default pack
 *   local:rulePackUndo (v1)  what an import replaced { pack, edits, replacedAt, description },
 *                         so one click undoes it
 *   managed:*             the organisation's policy (rulePack, managedBy, lockedRuleIds,
 *                         replaceDefaultPack), read-only, see managed-policy.ts
 *
 * Chrome's service worker reads these values raw (rule-sources.ts) and the engine resolves them
 * (rule-state.ts); here the options page, the in-page fallback and Firefox's background read them.
 *
 * Wiring (no reload needed when a lead saves):
 *   getActiveRules()                  → Promise<Rule[]>
 *   watchActiveRules(callback)        → stop(); callback(rules) after every change
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { validatePack, type Rule, type RulePack } from '../rules/schema';
import { parseManagedPolicy, type ManagedPolicy } from '../store-schema/managed-policy';
import { DEFAULT_BASE, emptyEdits, type RuleEdits } from '../store-schema/rule-edits';
import { managedValuesForNow, readManagedValues, readStoredPack, RULE_PACK_KEY, watchRuleChanges } from './rule-sources';
import { RULE_EDITS_SPEC, resolveRuleState, type ResolvedRuleState, type StoredPack } from './rule-state';
import { defineSyncedItem, type Saved } from './synced-item';

export { MANAGED_WAIT_MS, onLatePolicy } from './rule-sources';

export const ruleEditsStore = defineSyncedItem<RuleEdits>(RULE_EDITS_SPEC);

export interface PackUndo {
  pack: StoredPack | null;
  edits: RuleEdits;
  replacedAt: number;
  description: string;
}

let items: { pack: WxtStorageItem<StoredPack | null, Record<string, unknown>>; undo: WxtStorageItem<PackUndo | null, Record<string, unknown>> } | undefined;

/** The local pack items, defined on first use (defineItem reads storage as soon as it runs). */
export function packItems() {
  items ??= {
    pack: storage.defineItem<StoredPack | null>(`local:${RULE_PACK_KEY}`, { fallback: null, version: 1 }),
    undo: storage.defineItem<PackUndo | null>('local:rulePackUndo', { fallback: null, version: 1 }),
  };
  return items;
}

export interface RuleState extends ResolvedRuleState {
  undo: PackUndo | null;
}

/** The organisation's policy. Browsers without managed storage (or without a policy) give NO_POLICY. */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  return parseManagedPolicy(await readManagedValues());
}

/**
 * Everything the rules in effect come from. `options.defaultPack` is the pack in use when none is
 * imported: Rapport's default pack, or a smaller one in the options page's component tests.
 */
export async function loadRuleState(options: { defaultPack?: RulePack } = {}): Promise<RuleState> {
  // The edits through their item (which migrates an older stored copy in place); the rest as stored.
  const [storedPack, edits, managed, undo] = await Promise.all([
    readStoredPack(),
    ruleEditsStore.load(),
    managedValuesForNow(),
    packItems().undo.getValue().catch(() => null),
  ]);
  const state = resolveRuleState({ storedPack, edits, managed: parseManagedPolicy(managed) }, options);
  return { ...state, undo: undo && typeof undo === 'object' ? undo : null };
}

/** The rules in effect: base pack + the lead's edits + the organisation's policy (disabled rules included). */
export async function getActiveRules(): Promise<Rule[]> {
  return (await loadRuleState()).resolution.rules;
}

/**
 * Calls back with the new active rules whenever the edits, the imported pack or the policy
 * change (in any window). Several writes in a row give one call. Returns a function that stops it.
 */
export function watchActiveRules(callback: (rules: Rule[]) => void, options: { immediate?: boolean } = {}): () => void {
  return watchRuleChanges(getActiveRules, callback, options);
}

/** Saves the lead's edits of the current base pack. */
export async function saveRuleEdits(edits: RuleEdits): Promise<Saved> {
  return ruleEditsStore.save(edits);
}

/**
 * Makes `pack` (validated whole by the caller) the base pack, or goes back to Rapport's default
 * pack when `pack` is null. What it replaces is kept for undo. The switch is one write, and edits
 * carry the revision they belong to, so a reader never sees the new pack with the old edits.
 */
export async function replaceBasePack(pack: RulePack | null, source: string): Promise<void> {
  const current = await loadRuleState();
  const checked = pack ? validatePack(pack) : null;
  if (checked && !checked.ok) throw new Error('The pack is not valid; nothing was changed.');
  const next: StoredPack | null =
    checked && checked.ok
      ? { revision: `${checked.pack.id}@${checked.pack.version}:${Date.now().toString(36)}`, pack: checked.pack, importedAt: Date.now(), source }
      : null;
  const undo: PackUndo = {
    pack: current.imported,
    edits: current.edits,
    replacedAt: Date.now(),
    description: next ? `importing "${next.pack.name}" ${next.pack.version}` : 'going back to the default pack',
  };
  await storage.setItems([
    { item: packItems().undo, value: undo },
    { item: packItems().pack, value: next },
  ]);
  await ruleEditsStore.save(emptyEdits(next?.revision ?? DEFAULT_BASE));
}

/** Puts back the pack and edits the last import replaced. */
export async function undoPackChange(): Promise<boolean> {
  const undo = await packItems().undo.getValue();
  if (!undo) return false;
  // Edits first: they name their pack's revision, so they stay dormant until the pack is back.
  await ruleEditsStore.save(undo.edits);
  await storage.setItems([
    { item: packItems().pack, value: undo.pack },
    { item: packItems().undo, value: null },
  ]);
  return true;
}
