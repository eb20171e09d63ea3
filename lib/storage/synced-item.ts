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
import {
  interpretSyncedCopies,
  kb,
  localOnlyNotice,
  syncSize,
  SYNC_QUOTA_BYTES,
  SYNC_QUOTA_BYTES_PER_ITEM,
  type Loaded,
  type StoredCopy,
  type SyncedCopies,
  type SyncedSpec,
} from './synced-value';

export type { Loaded, StoredArea } from './synced-value';

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

export type SyncedItemOptions<T> = SyncedSpec<T>;

/**
 * Both copies as stored, with the versions they were written at, without defining WXT items (which
 * would migrate them in place): for a reader that only passes them on (Chrome's service worker to the
 * engine), which interprets them with `interpretSyncedCopies`.
 */
export async function readSyncedCopies(key: string): Promise<SyncedCopies> {
  const copy = (stored: Record<string, unknown>): StoredCopy => {
    const version = (stored[`${key}$`] as { v?: unknown } | undefined)?.v;
    return { value: stored[key] ?? null, version: typeof version === 'number' ? version : null };
  };
  try {
    const [local, sync] = await Promise.all([browser.storage.local.get([key, `${key}$`]), browser.storage.sync.get([key, `${key}$`])]);
    return { local: copy(local), sync: copy(sync) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export function defineSyncedItem<T>(options: SyncedItemOptions<T>): SyncedItem<T> {
  const { key, label, schema, version } = options;
  const itemOptions = { version, migrations: options.migrations as Record<number, (v: unknown) => unknown> | undefined };
  // Defined on first use, not at import: defineItem starts reading storage (to migrate) as soon as
  // it runs, and content scripts, the build and Node tests import this module too.
  let items: { sync: WxtStorageItem<unknown, Record<string, unknown>>; local: WxtStorageItem<unknown, Record<string, unknown>> } | undefined;
  const defined = () =>
    (items ??= {
      sync: storage.defineItem<unknown>(`sync:${key}`, itemOptions) as WxtStorageItem<unknown, Record<string, unknown>>,
      local: storage.defineItem<unknown>(`local:${key}`, itemOptions) as WxtStorageItem<unknown, Record<string, unknown>>,
    });

  async function load(): Promise<Loaded<T>> {
    let copies: SyncedCopies;
    try {
      // Through the items: they migrate an older copy in place first, so the copies are at this version.
      const local = await defined().local.getValue();
      const sync = local == null ? await defined().sync.getValue() : null;
      copies = { local: { value: local, version }, sync: { value: sync, version } };
    } catch (error) {
      copies = { error: (error as Error).message };
    }
    return interpretSyncedCopies(options, copies);
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
    return { area: 'local', bytes, notice: localOnlyNotice(label, bytes, why) };
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
