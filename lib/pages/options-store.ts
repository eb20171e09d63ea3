/**
 * The options page's OptionsStore on real extension storage (lib/pages/options-contract.ts).
 * Also the privacy actions: export everything Rapport keeps, or erase it.
 */
import { browser } from 'wxt/browser';
import type { RulePack } from '../rules/schema';
import type { OptionsSnapshot, OptionsStore } from './options-contract';
import { loadRuleState, onLatePolicy, packItems, replaceBasePack, ruleEditsStore, saveRuleEdits, undoPackChange } from '../storage/rules';
import { addSite, getSettings, removeSite, saveSettings, settingsStore } from '../storage/settings';

async function loadOptionsSnapshot(options: { defaultPack?: RulePack } = {}): Promise<OptionsSnapshot> {
  const [rules, settings] = await Promise.all([loadRuleState(options), settingsStore.load()]);
  return {
    basePack: rules.basePack,
    imported: rules.imported
      ? { name: rules.imported.pack.name, version: rules.imported.pack.version, importedAt: rules.imported.importedAt, source: rules.imported.source }
      : null,
    edits: rules.edits,
    managed: rules.managed,
    undo: rules.undo ? { description: rules.undo.description, replacedAt: rules.undo.replacedAt } : null,
    settings: settings.value,
    notices: [...(settings.notice ? [settings.notice] : []), ...rules.notices],
  };
}

/** Everything Rapport keeps in this browser (rules, settings, daily counts) plus the policy it sees. */
async function exportAllData(): Promise<Record<string, unknown>> {
  const area = async (name: 'local' | 'sync' | 'managed') => {
    try {
      return (await browser.storage[name]?.get(null)) ?? {};
    } catch {
      return {};
    }
  };
  const manifest = browser.runtime.getManifest?.();
  return {
    exportedAt: new Date().toISOString(),
    extension: { name: manifest?.name ?? 'Rapport', version: manifest?.version ?? '' },
    local: await area('local'),
    sync: await area('sync'),
    managed: await area('managed'),
  };
}

/**
 * Erases every value Rapport stored (local and sync) and gives back the access to sites the agent
 * added. The organisation's policy is not ours to erase.
 */
async function eraseAllData(): Promise<void> {
  const { sites } = await getSettings().catch(() => ({ sites: [] as { origin: string }[] }));
  if (sites.length) await browser.permissions.remove({ origins: sites.map((s) => s.origin) }).catch(() => false);
  await Promise.all([browser.storage.local.clear(), browser.storage.sync.clear(), browser.storage.session?.clear?.()]);
}

/**
 * The store the options page runs on. `options.defaultPack` replaces Rapport's default pack (the
 * component tests run this same store on a dozen rules, over WXT's fake browser).
 */
export function createOptionsStore(options: { defaultPack?: RulePack } = {}): OptionsStore {
  return {
    load: () => loadOptionsSnapshot(options),
    saveEdits: saveRuleEdits,
    replacePack: replaceBasePack,
    async undoPackChange() {
      await undoPackChange();
    },
    saveSettings,
    addSite,
    removeSite,
    exportAll: exportAllData,
    eraseAll: eraseAllData,
    subscribe(onChange) {
      const onManaged = (_changes: unknown, area: string) => {
        if (area === 'managed') onChange();
      };
      const stops = [
        ruleEditsStore.watch(onChange),
        settingsStore.watch(onChange),
        packItems().pack.watch(onChange),
        packItems().undo.watch(onChange),
        onLatePolicy(onChange),
      ];
      browser.storage.onChanged.addListener(onManaged);
      return () => {
        stops.forEach((stop) => stop());
        browser.storage.onChanged.removeListener(onManaged);
      };
    },
  };
}
