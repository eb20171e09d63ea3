/**
 * The agent's settings, persisted: `sync:settings` (v2), or `local:settings` when it outgrows
 * sync (see synced-item.ts). Shape, defaults and migrations live in lib/store-schema/settings.ts
 * (pure); `settingsStore.load()` also says where the value came from and any notice.
 *
 * Content script / background wiring:
 *   getSettings()            → Settings (defaults when nothing or something damaged is stored)
 *   watchSettings(callback)  → stop(); called with the new settings after every change
 *   siteFor(url, settings)   → { enabled, composerSelector? } (from lib/store-schema/settings.ts)
 *   activeSites(settings)    → match patterns to register content scripts for (custom sites)
 */
import { browser } from 'wxt/browser';
import { defineSyncedItem, type Saved } from './synced-item';
import {
  defaultSettings,
  migrateSettingsV1toV2,
  settingsSchema,
  SETTINGS_VERSION,
  type Settings,
  type SiteSetting,
} from '../store-schema/settings';

export * from '../store-schema/settings';

export const settingsStore = defineSyncedItem<Settings>({
  key: 'settings',
  label: 'Your settings',
  schema: settingsSchema,
  fallback: defaultSettings,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1toV2 },
});

export async function getSettings(): Promise<Settings> {
  return (await settingsStore.load()).value;
}

export async function saveSettings(settings: Settings): Promise<Saved> {
  return settingsStore.save(settings);
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsStore.watch(() => {
    void getSettings().then(callback);
  });
}

/**
 * Asks for access to a site, then adds it. `permissions.request` must run inside the click's
 * user gesture, so it is the first thing this does (no await before it).
 */
export async function addSite(pattern: string, composerSelector?: string): Promise<{ granted: boolean }> {
  const request = browser.permissions.request({ origins: [pattern] });
  const granted = await request;
  if (!granted) return { granted };
  const settings = await getSettings();
  const site: SiteSetting = { origin: pattern, enabled: true, ...(composerSelector ? { composerSelector } : {}) };
  const sites = settings.sites.some((s) => s.origin === pattern)
    ? settings.sites.map((s) => (s.origin === pattern ? site : s))
    : [...settings.sites, site];
  await saveSettings({ ...settings, sites });
  return { granted };
}

/** Removes a site and gives its host permission back. */
export async function removeSite(pattern: string): Promise<void> {
  const settings = await getSettings();
  await saveSettings({ ...settings, sites: settings.sites.filter((s) => s.origin !== pattern) });
  try {
    await browser.permissions.remove({ origins: [pattern] });
  } catch {
    // A pattern the manifest already grants (a built-in site) cannot be removed; nothing to give back.
  }
}
