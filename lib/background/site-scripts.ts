/**
 * Sites the agent adds (popup or options) run the same content script as the built-in ones: it is
 * registered for exactly the added, enabled sites whose host permission was granted, and kept in
 * step with the settings and with permissions granted or taken back. It runs in the same frames as the
 * built-in script (about:srcdoc editors included), from lib/store-schema/built-in-sites.ts.
 */
import { browser } from 'wxt/browser';
import { getSettings, watchSettings } from '../storage/settings';
import { REGISTERED_COMPOSER_FRAME_OPTIONS } from '../store-schema/built-in-sites';

export const CUSTOM_SITES_SCRIPT_ID = 'rapport-added-sites';
const COMPOSER_SCRIPT = 'content-scripts/composer.js';

async function grantedPatterns(patterns: string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const pattern of patterns) {
    if (await browser.permissions.contains({ origins: [pattern] }).catch(() => false)) granted.push(pattern);
  }
  return granted;
}

export async function syncAddedSites(): Promise<string[]> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return [];
  const settings = await getSettings();
  const wanted = settings.enabled ? settings.sites.filter((s) => s.enabled).map((s) => s.origin) : [];
  const matches = await grantedPatterns(wanted);
  const existing = await scripting.getRegisteredContentScripts({ ids: [CUSTOM_SITES_SCRIPT_ID] }).catch(() => []);
  if (existing.length) await scripting.unregisterContentScripts({ ids: [CUSTOM_SITES_SCRIPT_ID] });
  if (matches.length) {
    await scripting.registerContentScripts([
      { id: CUSTOM_SITES_SCRIPT_ID, matches, js: [COMPOSER_SCRIPT], ...REGISTERED_COMPOSER_FRAME_OPTIONS, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return matches;
}

export function startAddedSites(): void {
  const sync = () => void syncAddedSites().catch((error: unknown) => console.warn('Rapport: could not register added sites', error));
  sync();
  watchSettings(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}
