/**
 * What a synced item's stored copies mean (see synced-item.ts), with no browser API: the options page
 * reads the copies through WXT's items, Chrome's service worker reads them raw and sends them to the
 * engine, and both interpret them here the same way.
 */
import type { z } from 'zod';

/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM and QUOTA_BYTES. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
export const SYNC_QUOTA_BYTES = 102400;

export type StoredArea = 'sync' | 'local' | 'default';

export interface Loaded<T> {
  value: T;
  /** Where the value came from; 'default' when nothing (valid) is stored. */
  area: StoredArea;
  /** Something the page should tell the agent (damaged value, kept locally, …). */
  notice?: string;
  /** True when a stored value failed validation and the default is shown instead. */
  corrupted?: boolean;
}

/** What a synced item is: its key, its shape and how older versions of it are migrated. */
export interface SyncedSpec<T> {
  key: string;
  /** What it is, for notices: "Your rule edits". */
  label: string;
  schema: z.ZodType<T>;
  fallback: () => T;
  version: number;
  migrations?: Record<number, (value: never) => unknown>;
}

/** One copy as stored: its value (null when absent) and the version it was written at (WXT's `<key>$` meta), if any. */
export interface StoredCopy {
  value: unknown;
  version: number | null;
}

/** Both copies of a synced item as read, or why they could not be read. */
export type SyncedCopies = { local: StoredCopy; sync: StoredCopy } | { error: string };

/** Size as Chrome counts it for sync quotas: the key plus the JSON text of the value, in bytes. */
export function syncSize(key: string, value: unknown): number {
  return new Blob([key, JSON.stringify(value)]).size;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function localOnlyNotice(label: string, bytes: number, why: string): string {
  return `${label} (${kb(bytes)}) ${why}, so they are saved on this computer only and will not follow you to other computers.`;
}

/**
 * Brings a copy written at an older version up to `spec.version`, as WXT's storage item does on start
 * (a copy without a version counts as version 1). A failed migration leaves the value as it was, for
 * the schema to judge.
 */
function migrated<T>(spec: SyncedSpec<T>, copy: StoredCopy): unknown {
  let value = copy.value;
  for (let version = (copy.version ?? 1) + 1; version <= spec.version; version++) {
    const migrate = spec.migrations?.[version] as ((value: unknown) => unknown) | undefined;
    if (!migrate) continue;
    try {
      value = migrate(value) ?? value;
    } catch {
      return copy.value;
    }
  }
  return value;
}

/** The value in effect: the local copy when there is one (it is the newer), else the sync copy, validated; the default with a notice when damaged. */
export function interpretSyncedCopies<T>(spec: SyncedSpec<T>, copies: SyncedCopies): Loaded<T> {
  const { label, schema, fallback } = spec;
  if ('error' in copies) {
    return { value: fallback(), area: 'default', corrupted: true, notice: `${label} could not be read (${copies.error}), so Rapport is using the defaults.` };
  }
  const area = copies.local.value != null ? 'local' : copies.sync.value != null ? 'sync' : null;
  if (area === null) return { value: fallback(), area: 'default' };
  const parsed = schema.safeParse(migrated(spec, copies[area]));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.map(String).join('.')}` : '';
    return {
      value: fallback(),
      area: 'default',
      corrupted: true,
      notice: `${label} stored in this browser are damaged (${first?.message ?? 'unexpected shape'}${where}), so Rapport is using the defaults. Your next save replaces the damaged copy; export your data first if you want to keep it.`,
    };
  }
  if (area === 'local') {
    const bytes = syncSize(spec.key, parsed.data);
    return {
      value: parsed.data,
      area,
      notice: bytes > SYNC_QUOTA_BYTES_PER_ITEM ? localOnlyNotice(label, bytes, `are larger than the ${kb(SYNC_QUOTA_BYTES_PER_ITEM)} Chrome sync allows for one item`) : undefined,
    };
  }
  return { value: parsed.data, area };
}
