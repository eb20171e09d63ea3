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
 * Content script wiring (no reload needed when a lead saves):
 *   getActiveRules()                  → Promise<Rule[]>
 *   watchActiveRules(callback)        → stop(); callback(rules) after every change
 */
import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { defaultPack } from '../rules/default';
import { validatePack, type Rule, type RulePack } from '../rules/schema';
import { MANAGED_KEYS, NO_POLICY, parseManagedPolicy, type ManagedPolicy } from '../store-schema/managed-policy';
import {
  DEFAULT_BASE,
  emptyEdits,
  migrateRuleEditsV1toV2,
  resolveRules,
  ruleEditsSchema,
  type Resolution,
  type RuleEdits,
} from '../store-schema/rule-edits';
import { defineSyncedItem, type Saved } from './synced-item';

export const RULE_EDITS_VERSION = 2;

export const ruleEditsStore = defineSyncedItem<RuleEdits>({
  key: 'ruleEdits',
  label: 'Your rule edits',
  schema: ruleEditsSchema as never,
  fallback: () => emptyEdits(),
  version: RULE_EDITS_VERSION,
  migrations: { 2: migrateRuleEditsV1toV2 },
});

export interface StoredPack {
  /** Changes on every import, so edits made against another pack are never applied to this one. */
  revision: string;
  pack: RulePack;
  importedAt: number;
  /** Where it came from: a file name, or "pasted". */
  source: string;
}

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
    pack: storage.defineItem<StoredPack | null>('local:rulePack', { fallback: null, version: 1 }),
    undo: storage.defineItem<PackUndo | null>('local:rulePackUndo', { fallback: null, version: 1 }),
  };
  return items;
}

export interface RuleState {
  basePack: RulePack;
  baseRevision: string;
  imported: StoredPack | null;
  /** The edits that apply to the current base pack. */
  edits: RuleEdits;
  /** Where the edits are kept. */
  editsArea: Saved['area'] | 'default';
  managed: ManagedPolicy;
  undo: PackUndo | null;
  resolution: Resolution;
  /** Things the options page should say: damaged data, local-only storage, a broken policy… */
  notices: string[];
}

/** The organisation's policy. Browsers without managed storage (or without a policy) give NO_POLICY. */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  if (!browser.storage?.managed) return NO_POLICY;
  try {
    const values = await storage.getItems(MANAGED_KEYS.map((k) => `managed:${k}` as const));
    return parseManagedPolicy(Object.fromEntries(values.map(({ key, value }) => [key.slice('managed:'.length), value ?? undefined])));
  } catch {
    // Firefox rejects when no managed-storage manifest is installed: no policy.
    return NO_POLICY;
  }
}

/**
 * Chrome can take a long while to answer storage.managed (seen: a minute in headless Chromium with no
 * policy installed). Nothing waits for it longer than this: the rules resolve without a policy, and
 * everyone watching is told again when the policy arrives.
 */
export const MANAGED_WAIT_MS = 600;
let managedReading: Promise<ManagedPolicy> | null = null;
let managedTimedOut = false;
const managedArrivals = new Set<() => void>();

function managedPolicyForNow(): Promise<ManagedPolicy> {
  if (!managedReading) {
    managedTimedOut = false;
    managedReading = readManagedPolicy().then((policy) => {
      managedReading = null;
      // Whoever resolved without it hears again, now that a policy is there.
      if (managedTimedOut && policy !== NO_POLICY) managedArrivals.forEach((notify) => notify());
      return policy;
    });
  }
  return Promise.race([
    managedReading,
    new Promise<ManagedPolicy>((resolve) =>
      setTimeout(() => {
        managedTimedOut = true;
        resolve(NO_POLICY);
      }, MANAGED_WAIT_MS),
    ),
  ]);
}

/** Call back when a slow policy read finally brings a policy (the options page refreshes then). */
export function onLatePolicy(callback: () => void): () => void {
  managedArrivals.add(callback);
  return () => managedArrivals.delete(callback);
}

/**
 * Everything the rules in effect come from. `options.defaultPack` is the pack in use when none is
 * imported: Rapport's default pack, or a smaller one in the options page's component tests.
 */
export async function loadRuleState(options: { defaultPack?: RulePack } = {}): Promise<RuleState> {
  const notices: string[] = [];
  const [storedPack, loadedEdits, managed, undo] = await Promise.all([
    packItems().pack.getValue().catch(() => null),
    ruleEditsStore.load(),
    managedPolicyForNow(),
    packItems().undo.getValue().catch(() => null),
  ]);

  let basePack = options.defaultPack ?? defaultPack;
  let baseRevision = DEFAULT_BASE;
  let imported: StoredPack | null = null;
  if (storedPack) {
    const checked = validatePack(storedPack.pack);
    if (checked.ok && typeof storedPack.revision === 'string') {
      basePack = checked.pack;
      baseRevision = storedPack.revision;
      imported = { ...storedPack, pack: checked.pack };
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
  return {
    basePack,
    baseRevision,
    imported,
    edits,
    editsArea: loadedEdits.area,
    managed,
    undo: undo && typeof undo === 'object' ? undo : null,
    resolution,
    notices,
  };
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
  let stopped = false;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;
  const refresh = () => {
    if (stopped || pending !== undefined) return;
    pending = setTimeout(() => {
      pending = undefined;
      const mine = ++sequence;
      getActiveRules().then(
        (rules) => {
          if (!stopped && mine === sequence) callback(rules);
        },
        (error: unknown) => console.error('[rapport] could not load the rules', error),
      );
    }, 0);
  };
  const onManaged = (_changes: unknown, area: string) => {
    if (area === 'managed') refresh();
  };
  const stops = [ruleEditsStore.watch(refresh), packItems().pack.watch(refresh), onLatePolicy(refresh)];
  browser.storage.onChanged.addListener(onManaged);
  if (options.immediate) refresh();
  return () => {
    stopped = true;
    clearTimeout(pending);
    stops.forEach((stop) => stop());
    browser.storage.onChanged.removeListener(onManaged);
  };
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
