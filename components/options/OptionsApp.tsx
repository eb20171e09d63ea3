/**
 * The options page: the team lead's workshop. It keeps a working copy of the rule edits; the test
 * bench and the impact preview run on that copy, and Save writes it (open helpdesk tabs pick it
 * up without a reload). Sites and privacy actions apply at once.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { defaultPack as builtInPack } from '../../lib/rules/default';
import { stable } from '../../lib/rules/pack-diff';
import type { Rule, RulePack } from '../../lib/rules/schema';
import {
  compactEdits,
  deleteRule,
  emptyEdits,
  hasEdits,
  resetRule,
  resolveRules,
  setRule,
  type RuleEdits,
} from '../../lib/store-schema/rule-edits';
import type { Settings } from '../../lib/store-schema/settings';
import { ImpactPreview, type Comparison } from './ImpactPreview';
import { PacksPanel, type PendingImport } from './PacksPanel';
import { PrivacyPanel } from './PrivacyPanel';
import { RulesPanel } from './RulesPanel';
import { SitesPanel } from './SitesPanel';
import { TestBench } from './TestBench';
import { localBenchEngine, type BenchEngine } from './bench-engine';
import { ErrorBoundary } from './ErrorBoundary';
import type { OptionsSnapshot, OptionsStore } from '../../lib/pages/options-contract';

export interface OptionsAppProps {
  store: OptionsStore;
  /** The pack "back to the default pack" returns to (a smaller one in component tests). */
  defaultPack?: RulePack;
  /** Where the test bench checks replies: the browser's engine in the extension; an in-page analyzer by default (tests). */
  benchEngine?: BenchEngine;
}

const SECTIONS = [
  ['rules', 'Rules'],
  ['bench', 'Test bench'],
  ['impact', 'Impact preview'],
  ['packs', 'Packs'],
  ['sites', 'Sites'],
  ['privacy', 'Privacy'],
] as const;

export function OptionsApp({ store, defaultPack = builtInPack, benchEngine }: OptionsAppProps) {
  const [engine] = useState(() => benchEngine ?? localBenchEngine());
  const [snapshot, setSnapshot] = useState<OptionsSnapshot | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState<RuleEdits>(emptyEdits());
  const [saveNotice, setSaveNotice] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const saveStatusRef = useRef<HTMLParagraphElement>(null);
  /**
   * Save and Discard disable themselves once pressed, and a disabled button drops keyboard focus to the page's body:
   * the save bar's status (which announces the outcome) takes it instead. Ctrl+S from a field leaves focus there.
   */
  const keepFocusInSavebar = () => {
    const active = document.activeElement;
    if (active instanceof HTMLButtonElement && active.closest('.savebar')) saveStatusRef.current?.focus();
  };
  const [pending, setPending] = useState<PendingImport | null>(null);
  const dirtyRef = useRef(false);

  const reload = useCallback(
    async (options: { keepDraft?: boolean } = {}) => {
      try {
        const next = await store.load();
        setSnapshot(next);
        setLoadError(null);
        if (!options.keepDraft || !dirtyRef.current) setDraft(next.edits);
      } catch (error) {
        setLoadError(`Rapport could not read its data: ${(error as Error).message}`);
      }
    },
    [store],
  );

  useEffect(() => {
    void reload();
    // Another window saved, or the organisation's policy changed: refresh, keeping unsaved work.
    return store.subscribe(() => void reload({ keepDraft: true }));
  }, [store, reload]);

  const managed = snapshot?.managed ?? null;
  const basePack = snapshot?.basePack ?? defaultPack;
  const saved = useMemo(() => resolveRules(basePack, snapshot?.edits ?? emptyEdits(), managed), [basePack, snapshot, managed]);
  const working = useMemo(() => resolveRules(basePack, draft, managed), [basePack, draft, managed]);
  const dirty = !!snapshot && stable(compactEdits(draft)) !== stable(compactEdits(snapshot.edits));
  dirtyRef.current = dirty;
  const invalid = working.entries.filter((e) => e.problems.length > 0);
  const baseById = useMemo(() => new Map(basePack.rules.map((r) => [r.id, r])), [basePack]);
  const deletedRules = useMemo(() => draft.deleted.map((id) => baseById.get(id)).filter((r): r is Rule => !!r), [draft, baseById]);
  const managedIds = useMemo(() => new Set(working.entries.filter((e) => e.origin === 'managed').map((e) => e.id)), [working]);

  const save = useCallback(async () => {
    if (!snapshot || invalid.length || saving) return;
    keepFocusInSavebar();
    setSaving(true);
    try {
      const outcome = await store.saveEdits(compactEdits(draft));
      setSaveNotice(outcome.notice ?? null);
      setStatus('Saved. Open helpdesk tabs use the new rules now.');
      await reload();
    } catch (error) {
      setStatus(`Not saved: ${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  }, [snapshot, invalid.length, saving, store, draft, reload]);

  // Ctrl/⌘+S saves; leaving with unsaved changes asks first.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    const onUnload = (e: BeforeUnloadEvent) => {
      if (dirtyRef.current) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [save]);

  const comparisons = useMemo<Comparison[]>(() => {
    const list: Comparison[] = [{ id: 'edits', label: 'Your unsaved rule changes', before: saved.rules, after: working.rules }];
    if (pending) list.push({ id: 'import', label: pending.pack ? `Importing "${pending.pack.name}"` : 'Going back to the default pack', before: saved.rules, after: pending.after });
    return list;
  }, [saved, working, pending]);

  if (loadError && !snapshot) {
    return (
      <main className="options">
        <h1>Rapport</h1>
        <p className="notice notice--error" role="alert">
          {loadError}
        </p>
      </main>
    );
  }
  if (!snapshot) {
    return (
      <main className="options" aria-busy="true">
        <h1>Rapport</h1>
        <p>Loading…</p>
      </main>
    );
  }

  const notices = [...snapshot.notices, ...(saveNotice && !snapshot.notices.includes(saveNotice) ? [saveNotice] : [])];
  const changeCount =
    Object.keys(compactEdits(draft).overrides).length + draft.added.length + draft.deleted.length;

  return (
    <div className="options">
      <a className="skip-link" href="#rules">
        Skip to the rules
      </a>
      <header className="page-header">
        <h1>Rapport for team leads</h1>
        <p className="muted">Tune what Rapport flags for your team, try it, and see its impact before you save.</p>
        {managed?.present && (
          <p className="managed-banner" data-testid="managed-banner">
            <span className="badge badge--managed">Managed</span> Some rules are set by <strong>{managed.managedBy ?? 'your organization'}</strong> through browser
            policy. They are marked “Managed” and can’t be changed here.
          </p>
        )}
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      {notices.length > 0 && (
        <section className="notices" aria-label="Notices">
          {notices.map((n, i) => (
            <p key={i} className="notice notice--warning">
              {n}
            </p>
          ))}
        </section>
      )}

      <div className="savebar" role="region" aria-label="Save changes">
        <p aria-live="polite" ref={saveStatusRef} tabIndex={-1}>
          {invalid.length > 0
            ? `Fix ${invalid.length} rule${invalid.length === 1 ? '' : 's'} with problems before saving: ${invalid.map((e) => e.id).join(', ')}.`
            : dirty
              ? `${changeCount || 'Some'} unsaved change${changeCount === 1 ? '' : 's'}.`
              : status || 'All changes saved.'}
        </p>
        <div className="button-row">
          <button type="button" className="primary" onClick={() => void save()} disabled={!dirty || invalid.length > 0 || saving} aria-keyshortcuts="Control+S">
            {saving ? 'Saving…' : 'Save'}
          </button>
          <button
            type="button"
            onClick={() => {
              keepFocusInSavebar();
              setDraft(snapshot.edits);
              setStatus('Changes discarded.');
            }}
            disabled={!dirty || saving}
          >
            Discard changes
          </button>
        </div>
      </div>

      <main>
        <section id="rules" aria-labelledby="rules-title" tabIndex={-1}>
          <h2 id="rules-title">Rules</h2>
          <RulesPanel
            entries={working.entries}
            deleted={deletedRules}
            managedBy={managed?.managedBy ?? null}
            hasEdits={hasEdits(draft)}
            onRuleChange={(id, candidate) => {
              const entry = working.entries.find((e) => e.id === id);
              if (!entry || entry.locked) return;
              setDraft((d) => setRule(d, candidate, entry.origin === 'pack' ? entry.base : undefined));
            }}
            onReset={(id) => setDraft((d) => resetRule(d, id))}
            onDelete={(id) => {
              const entry = working.entries.find((e) => e.id === id);
              if (!entry || entry.locked) return;
              setDraft((d) => deleteRule(d, id, entry.origin === 'pack'));
            }}
            onAdd={(rule) => setDraft((d) => setRule(d, rule, undefined))}
            onResetAll={() => setDraft((d) => emptyEdits(d.base))}
          />
        </section>

        <section id="bench" aria-labelledby="bench-title" tabIndex={-1}>
          <h2 id="bench-title">Test bench</h2>
          <ErrorBoundary label="The test bench" resetKey={working.rules}>
            <TestBench rules={working.rules} entries={working.entries} engine={engine} />
          </ErrorBoundary>
        </section>

        <section id="impact" aria-labelledby="impact-title" tabIndex={-1}>
          <h2 id="impact-title">Impact preview</h2>
          <p className="muted">See how many findings each changed rule adds or removes across your past replies, before you save or import.</p>
          <ErrorBoundary label="The impact preview" resetKey={comparisons}>
            <ImpactPreview comparisons={comparisons} />
          </ErrorBoundary>
        </section>

        <section id="packs" aria-labelledby="packs-title" tabIndex={-1}>
          <h2 id="packs-title">Packs</h2>
          <PacksPanel
            activeRules={saved.rules}
            exportRules={saved.entries.filter((e) => e.origin !== 'managed' && e.problems.length === 0).map((e) => e.rule)}
            basePack={basePack}
            imported={snapshot.imported}
            undo={snapshot.undo}
            managedIds={managedIds}
            dirty={dirty}
            importBlocked={
              managed?.pack && managed.replaceDefaultPack
                ? `${managed.managedBy ?? 'Your organization'} sets your team's rule pack by policy, so an imported pack would not be used.`
                : null
            }
            pending={pending}
            preview={(pack: RulePack | null) => resolveRules(pack ?? defaultPack, emptyEdits(), managed).rules}
            onPending={setPending}
            onApply={async (p) => {
              await store.replacePack(p.pack, p.source);
              setPending(null);
              await reload();
            }}
            onUndo={async () => {
              await store.undoPackChange();
              await reload();
            }}
          />
        </section>

        <section id="sites" aria-labelledby="sites-title" tabIndex={-1}>
          <h2 id="sites-title">Sites</h2>
          <SitesPanel
            settings={snapshot.settings}
            onSave={async (settings: Settings) => {
              const outcome = await store.saveSettings(settings);
              setSaveNotice(outcome.notice ?? null);
              await reload({ keepDraft: true });
            }}
            onAddSite={(pattern, selector) => {
              const result = store.addSite(pattern, selector);
              void result.then(() => reload({ keepDraft: true }));
              return result;
            }}
            onRemoveSite={async (pattern) => {
              await store.removeSite(pattern);
              await reload({ keepDraft: true });
            }}
          />
        </section>

        <section id="privacy" aria-labelledby="privacy-title" tabIndex={-1}>
          <h2 id="privacy-title">Privacy</h2>
          <PrivacyPanel
            managedBy={managed?.present ? (managed.managedBy ?? 'your organization') : null}
            onExport={() => store.exportAll()}
            onErase={async () => {
              await store.eraseAll();
              setPending(null);
              setSaveNotice(null);
              await reload();
            }}
          />
        </section>
      </main>
    </div>
  );
}
