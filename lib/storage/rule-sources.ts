/**
 * What the rules in effect are made of, as stored and unchecked: the imported pack, the lead's edits and
 * the organisation's policy. Chrome's service worker reads them here and sends them to the engine, which
 * validates and compiles them (rule-state.ts `rulesFromSources`), so the worker carries no rule schema,
 * no default pack and no NLP. The options page and Firefox's background read them through rules.ts.
 *
 *   readRuleSources()                      → Promise<RuleSources>
 *   keptRuleSources()                      → () => Promise<RuleSources>, read at once and kept until they change
 *   watchRuleChanges(read, callback)       → stop(); callback(await read()) after every change
 */
import { browser } from 'wxt/browser';
import { MANAGED_KEYS } from '../store-schema/managed-keys';
import { readSyncedCopies } from './synced-item';
import type { StoredCopy, SyncedCopies } from './synced-value';

/** `local:rulePack`: an imported pack ({ revision, pack, importedAt, source }), absent for Rapport's default pack. */
export const RULE_PACK_KEY = 'rulePack';
/** `sync:ruleEdits`, or `local:ruleEdits` when they outgrew sync (synced-item.ts). */
export const RULE_EDITS_KEY = 'ruleEdits';

export interface RuleSources {
  /** The stored imported pack, or null for the default pack. */
  pack: unknown;
  /** Both copies of the lead's edits, with the versions they were written at. */
  edits: SyncedCopies;
  /** The policy's keys from managed storage; null for none (no policy, no managed area, or not read in time). */
  managed: Record<string, unknown> | null;
}

export async function readRuleSources(): Promise<RuleSources> {
  const [pack, edits, managed] = await Promise.all([readStoredPack(), readSyncedCopies(RULE_EDITS_KEY), managedValuesForNow()]);
  return { pack, edits, managed };
}

/** The imported pack as stored, unchecked; null when none is (or it cannot be read). */
export function readStoredPack(): Promise<unknown> {
  return browser.storage.local.get(RULE_PACK_KEY).then(
    (stored) => (stored as Record<string, unknown>)[RULE_PACK_KEY] ?? null,
    () => null,
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function asCopy(value: unknown): StoredCopy {
  if (!isRecord(value)) return { value: null, version: null };
  return { value: value.value ?? null, version: typeof value.version === 'number' ? value.version : null };
}

/** Sources as another context sent them: anything out of shape reads as absent, never as a crash. */
export function asRuleSources(value: unknown): RuleSources {
  const raw = isRecord(value) ? value : {};
  const edits = isRecord(raw.edits) ? raw.edits : {};
  return {
    pack: raw.pack ?? null,
    edits: typeof edits.error === 'string' ? { error: edits.error } : { local: asCopy(edits.local), sync: asCopy(edits.sync) },
    managed: isRecord(raw.managed) ? raw.managed : null,
  };
}

/** The policy's keys as the managed area holds them, or null for none. Browsers without managed storage (or without a policy) give null. */
export async function readManagedValues(): Promise<Record<string, unknown> | null> {
  if (!browser.storage?.managed) return null;
  try {
    const stored = (await browser.storage.managed.get([...MANAGED_KEYS])) as Record<string, unknown>;
    const present = MANAGED_KEYS.filter((key) => stored[key] !== undefined && stored[key] !== null);
    return present.length ? Object.fromEntries(present.map((key) => [key, stored[key]])) : null;
  } catch {
    // Firefox rejects when no managed-storage manifest is installed: no policy.
    return null;
  }
}

/**
 * Chrome can take a long while to answer storage.managed (seen: a minute in headless Chromium with no
 * policy installed). Nothing waits for it longer than this: the rules resolve without a policy, and
 * everyone watching is told again when the policy arrives.
 */
export const MANAGED_WAIT_MS = 600;
let managedReading: Promise<Record<string, unknown> | null> | null = null;
let managedTimedOut = false;
/** The values the last read that finished brought: a later read that is slow again falls back to them, not to no policy. */
let managedLastRead: Record<string, unknown> | null = null;
const managedArrivals = new Set<() => void>();

/** The policy's values; when none arrive within MANAGED_WAIT_MS, those of the last read that finished (null at first). */
export function managedValuesForNow(): Promise<Record<string, unknown> | null> {
  if (!managedReading) {
    managedTimedOut = false;
    managedReading = readManagedValues().then((values) => {
      managedReading = null;
      managedLastRead = values;
      // Whoever resolved without it hears again, now that a policy is there.
      if (managedTimedOut && values !== null) managedArrivals.forEach((notify) => notify());
      return values;
    });
  }
  return Promise.race([
    managedReading,
    new Promise<Record<string, unknown> | null>((resolve) =>
      setTimeout(() => {
        managedTimedOut = true;
        resolve(managedLastRead);
      }, MANAGED_WAIT_MS),
    ),
  ]);
}

/** Call back when a slow policy read finally brings a policy (the options page refreshes then). */
export function onLatePolicy(callback: () => void): () => void {
  managedArrivals.add(callback);
  return () => managedArrivals.delete(callback);
}

function isRuleChange(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || Object.hasOwn(changes, RULE_EDITS_KEY) || (area === 'local' && Object.hasOwn(changes, RULE_PACK_KEY));
}

/**
 * The stored values read at once and kept until any of them changes (then read again when next asked):
 * Chrome's service worker starts reading when it starts, so the engine, which asks for them while it
 * starts, does not wait for storage (or for the managed area's slowness) on the first check's path.
 */
export function keptRuleSources(): () => Promise<RuleSources> {
  let kept: Promise<RuleSources> | null = readRuleSources();
  const drop = () => {
    kept = null;
  };
  browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
    if (isRuleChange(changes, area)) drop();
  });
  onLatePolicy(drop);
  return () => (kept ??= readRuleSources());
}

/**
 * Calls back with `read()` whenever the edits, the imported pack or the policy change (in any window).
 * Several writes in a row give one call, and an older read never overtakes a newer one. Returns a
 * function that stops it.
 */
export function watchRuleChanges<T>(read: () => Promise<T>, callback: (value: T) => void, options: { immediate?: boolean } = {}): () => void {
  let stopped = false;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;
  const refresh = () => {
    if (stopped || pending !== undefined) return;
    pending = setTimeout(() => {
      pending = undefined;
      const mine = ++sequence;
      read().then(
        (value) => {
          if (!stopped && mine === sequence) callback(value);
        },
        (error: unknown) => console.error('[rapport] could not load the rules', error),
      );
    }, 0);
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (isRuleChange(changes, area)) refresh();
  };
  const stopLate = onLatePolicy(refresh);
  browser.storage.onChanged.addListener(onChanged);
  if (options.immediate) refresh();
  return () => {
    stopped = true;
    clearTimeout(pending);
    stopLate();
    browser.storage.onChanged.removeListener(onChanged);
  };
}
