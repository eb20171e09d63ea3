/**
 * An OptionsStore kept in memory, for component tests and for trying the page without an
 * extension. It applies edits, imports and undo the same way the real store does.
 */
import { defaultPack } from '../../lib/rules/default';
import type { RulePack } from '../../lib/rules/schema';
import { NO_POLICY, type ManagedPolicy } from '../../lib/store-schema/managed-policy';
import { DEFAULT_BASE, emptyEdits, type RuleEdits } from '../../lib/store-schema/rule-edits';
import { defaultSettings, type Settings } from '../../lib/store-schema/settings';
import type { OptionsSnapshot, OptionsStore } from '../../lib/pages/options-contract';

export interface MemoryState {
  pack: { pack: RulePack; revision: string; importedAt: number; source: string } | null;
  edits: RuleEdits;
  undo: { pack: MemoryState['pack']; edits: RuleEdits; description: string; replacedAt: number } | null;
  settings: Settings;
  managed: ManagedPolicy;
  notices: string[];
  grantSites: boolean;
  /** The pack the page starts from when nothing is imported (Rapport's default pack unless a test gives a smaller one). */
  defaultPack: RulePack;
}

export function createMemoryStore(initial: Partial<MemoryState> = {}): OptionsStore & { state: MemoryState } {
  const state: MemoryState = {
    pack: null,
    edits: emptyEdits(),
    undo: null,
    settings: defaultSettings(),
    managed: NO_POLICY,
    notices: [],
    grantSites: true,
    defaultPack,
    ...initial,
  };
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const snapshot = (): OptionsSnapshot => {
    const revision = state.pack?.revision ?? DEFAULT_BASE;
    return {
      basePack: state.pack?.pack ?? state.defaultPack,
      imported: state.pack ? { name: state.pack.pack.name, version: state.pack.pack.version, importedAt: state.pack.importedAt, source: state.pack.source } : null,
      edits: state.edits.base === revision ? structuredClone(state.edits) : emptyEdits(revision),
      managed: state.managed,
      undo: state.undo ? { description: state.undo.description, replacedAt: state.undo.replacedAt } : null,
      settings: structuredClone(state.settings),
      notices: [...state.notices],
    };
  };
  return {
    state,
    async load() {
      return snapshot();
    },
    async saveEdits(edits) {
      state.edits = structuredClone(edits);
      changed();
      return {};
    },
    async replacePack(pack, source) {
      const current = snapshot();
      state.undo = { pack: state.pack, edits: current.edits, description: pack ? `importing "${pack.name}" ${pack.version}` : 'going back to the default pack', replacedAt: Date.now() };
      state.pack = pack ? { pack, revision: `${pack.id}@${pack.version}:${Math.random().toString(36).slice(2)}`, importedAt: Date.now(), source } : null;
      state.edits = emptyEdits(state.pack?.revision ?? DEFAULT_BASE);
      changed();
    },
    async undoPackChange() {
      if (!state.undo) return;
      state.pack = state.undo.pack;
      state.edits = state.undo.edits;
      state.undo = null;
      changed();
    },
    async saveSettings(settings) {
      state.settings = structuredClone(settings);
      changed();
      return {};
    },
    async addSite(pattern, composerSelector) {
      if (!state.grantSites) return { granted: false };
      state.settings.sites.push({ origin: pattern, enabled: true, ...(composerSelector ? { composerSelector } : {}) });
      changed();
      return { granted: true };
    },
    async removeSite(pattern) {
      state.settings.sites = state.settings.sites.filter((s) => s.origin !== pattern);
      changed();
    },
    async exportAll() {
      return { sync: { settings: state.settings, ruleEdits: state.edits }, local: { rulePack: state.pack } };
    },
    async eraseAll() {
      Object.assign(state, { pack: null, edits: emptyEdits(), undo: null, settings: defaultSettings() });
      changed();
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}
