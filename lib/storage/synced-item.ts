/**
 * A value kept in `storage.sync` (so it follows the agent to other computers) while it fits
 * Chrome's sync quotas, and in `storage.local` with a clear notice when it does not.
 * Reads are validated with a zod schema: a damaged value falls back to the default, with a
 * notice, and is left in place until the next save replaces it (so it can still be exported).
 *
 * Layout: `sync:<key>` normally; `local:<key>` only when the value outgrew sync. When both
 * exist the local copy wins (it is the newer one: a save to sync removes the local copy).
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import type { z } from 'zod';

/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM and QUOTA_BYTES. */
const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
const SYNC_QUOTA_BYTES = 102400;

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

export interface Saved {
  area: 'sync' | 'local';
  bytes: number;
  notice?: string;
}

export interface SyncedItem<T> {
  readonly key: string;
  readonly syncItem: WxtStorageItem<unknown, Record<string, unknown>>;
  readonly localItem: WxtStorageItem<unknown, Record<string, unknown>>;
  load(): Promise<Loaded<T>>;
  save(value: T): Promise<Saved>;
  /** Calls back whenever either copy changes (in any tab or extension page). */
  watch(callback: () => void): () => void;
  remove(): Promise<void>;
}

export interface SyncedItemOptions<T> {
  key: string;
  /** What it is, for notices: "Your rule edits". */
  label: string;
  schema: z.ZodType<T>;
  fallback: () => T;
  version: number;
  migrations?: Record<number, (value: never) => unknown>;
}

/** Size as Chrome counts it for sync quotas: the key plus the JSON text of the value, in bytes. */
function syncSize(key: string, value: unknown): number {
  return new Blob([key, JSON.stringify(value)]).size;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function defineSyncedItem<T>(options: SyncedItemOptions<T>): SyncedItem<T> {
  const { key, label, schema, fallback, version } = options;
  const itemOptions = { version, migrations: options.migrations as Record<number, (v: unknown) => unknown> | undefined };
  // Defined on first use, not at import: defineItem starts reading storage (to migrate) as soon as
  // it runs, and content scripts, the build and Node tests import this module too.
  let items: { sync: WxtStorageItem<unknown, Record<string, unknown>>; local: WxtStorageItem<unknown, Record<string, unknown>> } | undefined;
  const defined = () =>
    (items ??= {
      sync: storage.defineItem<unknown>(`sync:${key}`, itemOptions) as WxtStorageItem<unknown, Record<string, unknown>>,
      local: storage.defineItem<unknown>(`local:${key}`, itemOptions) as WxtStorageItem<unknown, Record<string, unknown>>,
    });

  const localOnlyNotice = (bytes: number, why: string) =>
    `${label} (${kb(bytes)}) ${why}, so they are saved on this computer only and will not follow you to other computers.`;

  async function load(): Promise<Loaded<T>> {
    let raw: unknown = null;
    let area: StoredArea = 'default';
    try {
      raw = await defined().local.getValue();
      if (raw != null) area = 'local';
      else {
        raw = await defined().sync.getValue();
        if (raw != null) area = 'sync';
      }
    } catch (error) {
      return { value: fallback(), area: 'default', corrupted: true, notice: `${label} could not be read (${(error as Error).message}), so Rapport is using the defaults.` };
    }
    if (raw == null) return { value: fallback(), area: 'default' };
    const parsed = schema.safeParse(raw);
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
      const bytes = syncSize(key, parsed.data);
      return {
        value: parsed.data,
        area,
        notice: bytes > SYNC_QUOTA_BYTES_PER_ITEM ? localOnlyNotice(bytes, `are larger than the ${kb(SYNC_QUOTA_BYTES_PER_ITEM)} Chrome sync allows for one item`) : undefined,
      };
    }
    return { value: parsed.data, area };
  }

  async function otherSyncBytes(): Promise<number> {
    try {
      const all = (await browser.storage.sync.get(null)) as Record<string, unknown>;
      return Object.entries(all)
        .filter(([k]) => k !== key)
        .reduce((sum, [k, v]) => sum + syncSize(k, v), 0);
    } catch {
      return 0;
    }
  }

  async function saveLocal(value: T, bytes: number, why: string): Promise<Saved> {
    await defined().local.setValue(value);
    // Always record the version: a value written after an erase must not look like v1.
    await defined().local.setMeta({ v: version });
    await defined().sync.removeValue().catch(() => undefined);
    return { area: 'local', bytes, notice: localOnlyNotice(bytes, why) };
  }

  async function save(value: T): Promise<Saved> {
    const checked = schema.parse(value);
    const bytes = syncSize(key, checked);
    if (bytes > SYNC_QUOTA_BYTES_PER_ITEM) {
      return saveLocal(checked, bytes, `are larger than the ${kb(SYNC_QUOTA_BYTES_PER_ITEM)} Chrome sync allows for one item`);
    }
    if ((await otherSyncBytes()) + bytes > SYNC_QUOTA_BYTES) {
      return saveLocal(checked, bytes, `do not fit in the ${kb(SYNC_QUOTA_BYTES)} Chrome sync allows in total`);
    }
    try {
      await defined().sync.setValue(checked);
      await defined().sync.setMeta({ v: version });
    } catch (error) {
      // QUOTA_BYTES_PER_ITEM / MAX_WRITE_OPERATIONS_PER_MINUTE / sync turned off by policy…
      return saveLocal(checked, bytes, `could not be saved to Chrome sync (${(error as Error).message})`);
    }
    await defined().local.removeValue();
    return { area: 'sync', bytes };
  }

  return {
    key,
    get syncItem() {
      return defined().sync;
    },
    get localItem() {
      return defined().local;
    },
    load,
    save,
    watch(callback) {
      const stops = [defined().sync.watch(() => callback()), defined().local.watch(() => callback())];
      return () => stops.forEach((stop) => stop());
    },
    async remove() {
      await Promise.all([defined().sync.removeValue({ removeMeta: true }), defined().local.removeValue({ removeMeta: true })]);
    },
  };
}
