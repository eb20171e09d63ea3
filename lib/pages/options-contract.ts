/**
 * What the options page needs from the browser, as one interface: the page's components get it
 * as a prop and never call browser.* themselves. lib/pages/options-store.ts implements it on
 * extension storage; component tests pass an in-memory one.
 */
import type { RulePack } from '../rules/schema';
import type { ManagedPolicy } from '../store-schema/managed-policy';
import type { RuleEdits } from '../store-schema/rule-edits';
import type { Settings } from '../store-schema/settings';

export interface OptionsSnapshot {
  basePack: RulePack;
  /** The imported pack in use, or null for Rapport's default pack. */
  imported: { name: string; version: string; importedAt: number; source: string } | null;
  /** The saved edits that apply to `basePack`. */
  edits: RuleEdits;
  managed: ManagedPolicy;
  /** What one click can undo (the last pack import), or null. */
  undo: { description: string; replacedAt: number } | null;
  settings: Settings;
  /** Things to tell the agent: damaged data, local-only storage, a broken policy… */
  notices: string[];
}

export interface SaveOutcome {
  /** E.g. "saved on this computer only, because …". */
  notice?: string;
}

export interface OptionsStore {
  load(): Promise<OptionsSnapshot>;
  saveEdits(edits: RuleEdits): Promise<SaveOutcome>;
  /** Replace the base pack (already validated whole) or go back to the default pack (null). */
  replacePack(pack: RulePack | null, source: string): Promise<void>;
  undoPackChange(): Promise<void>;
  saveSettings(settings: Settings): Promise<SaveOutcome>;
  /** Asks for the host permission first (inside the click's user gesture), then saves the site. */
  addSite(pattern: string, composerSelector?: string): Promise<{ granted: boolean }>;
  removeSite(pattern: string): Promise<void>;
  /** Everything Rapport keeps, as one JSON-serialisable object. */
  exportAll(): Promise<unknown>;
  eraseAll(): Promise<void>;
  /** Called when stored data changes elsewhere (another window, a new policy). */
  subscribe(onChange: () => void): () => void;
}
