/**
 * Rule packs: export the active rules as a pack file; import a pack (file or paste), validated
 * whole, with every problem listed by rule and field, and a diff shown before anything changes;
 * one click undoes the last import.
 */
import { useState } from 'react';
import { diffRules, isEmptyDiff, type PackDiff } from '../../lib/rules/pack-diff';
import { plainProblem } from './plain-problems';
import { formatVersionFor, PACK_FORMAT, validatePack, type PackProblem, type Rule, type RulePack, type RulePackInput } from '../../lib/rules/schema';
import { downloadJson, readFileText } from '../shared/files';
import { FieldErrors, TextField } from './Field';

export interface PendingImport {
  /** null = go back to Rapport's default pack. */
  pack: RulePack | null;
  source: string;
  /** The active rules if it is applied. */
  after: Rule[];
  diff: PackDiff;
}

export interface PacksPanelProps {
  /** The saved rules in effect (managed ones included). */
  activeRules: Rule[];
  /** Rules to export: the saved rules minus those the policy provides. */
  exportRules: Rule[];
  basePack: RulePack;
  imported: { name: string; version: string; importedAt: number; source: string } | null;
  undo: { description: string; replacedAt: number } | null;
  managedIds: Set<string>;
  dirty: boolean;
  /** Why importing makes no sense here (the policy's pack replaces the base pack), or null. */
  importBlocked: string | null;
  pending: PendingImport | null;
  /** Works out the rules a pack would give (the page applies edits and policy the same way as on save). */
  preview(pack: RulePack | null): Rule[];
  onPending(pending: PendingImport | null): void;
  onApply(pending: PendingImport): Promise<void>;
  onUndo(): Promise<void>;
}

function buildExportPack(meta: { id: string; name: string; version: string; description?: string }, rules: Rule[]): RulePackInput {
  return {
    format: PACK_FORMAT,
    // The lowest version that holds these rules, so an older build still reads a pack without channel settings.
    formatVersion: formatVersionFor(rules),
    id: meta.id,
    name: meta.name,
    ...(meta.description ? { description: meta.description } : {}),
    version: meta.version,
    rules,
  };
}

export function PacksPanel(props: PacksPanelProps) {
  const { activeRules, exportRules, basePack, imported, undo, managedIds, dirty, importBlocked, pending, preview, onPending, onApply, onUndo } = props;
  const [meta, setMeta] = useState({ id: basePack.id, name: basePack.name, version: basePack.version });
  const [exportProblems, setExportProblems] = useState<PackProblem[]>([]);
  const [exportStatus, setExportStatus] = useState('');
  const [pasted, setPasted] = useState('');
  const [importError, setImportError] = useState<string | null>(null);
  const [problems, setProblems] = useState<PackProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const exportPack = () => {
    const pack = buildExportPack({ ...meta, description: basePack.description }, exportRules);
    const checked = validatePack(pack);
    if (!checked.ok) {
      setExportProblems(checked.problems);
      setExportStatus('');
      return;
    }
    setExportProblems([]);
    const fileName = `${meta.id}-${meta.version}.json`;
    downloadJson(fileName, pack);
    setExportStatus(`Exported ${exportRules.length} rules as ${fileName}.`);
  };

  const check = (text: string, source: string) => {
    setStatus('');
    setProblems([]);
    setImportError(null);
    onPending(null);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      // Not the parser's own message ("Unexpected token 'h', "hello" is not valid JSON"): it names no fix.
      setImportError(`${source === 'pasted' ? 'The pasted text' : source} is not JSON, so it cannot be a pack. Check that you copied all of it, from the first { to the last }.`);
      return;
    }
    const result = validatePack(data);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    const after = preview(result.pack);
    onPending({ pack: result.pack, source, after, diff: diffRules(activeRules, after) });
  };

  const backToDefault = () => {
    setProblems([]);
    setImportError(null);
    const after = preview(null);
    onPending({ pack: null, source: 'Rapport default pack', after, diff: diffRules(activeRules, after) });
  };

  const apply = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await onApply(pending);
      setStatus(pending.pack ? `Imported "${pending.pack.name}" ${pending.pack.version}.` : 'Back on the Rapport default pack.');
      setPasted('');
    } catch (e) {
      setImportError(`Nothing was changed: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="packs">
      <p>
        Rules in use: <strong>{imported ? `${imported.name} ${imported.version}` : `${basePack.name} ${basePack.version}`}</strong>
        {imported && <span className="muted"> (imported from {imported.source} on {new Date(imported.importedAt).toLocaleString()})</span>}, plus your edits.
      </p>
      {undo && (
        <p className="undo">
          <button type="button" onClick={() => void onUndo().then(() => setStatus('Undone.'))}>
            Undo {undo.description}
          </button>{' '}
          <span className="muted">({new Date(undo.replacedAt).toLocaleString()})</span>
        </p>
      )}

      <section aria-labelledby="export-title" className="card">
        <h3 id="export-title">Export</h3>
        <p className="muted">
          Saves your rules in effect as a pack file to share with your team or hand to your IT admin.
          {managedIds.size > 0 && ' Rules from your organization’s policy are left out.'}
          {dirty && ' Unsaved changes are not included; save them first.'}
        </p>
        <div className="field-row">
          <TextField id="export-name" label="Pack name" value={meta.name} onChange={(name) => setMeta({ ...meta, name })} errors={exportProblems.filter((p) => p.where === 'name').map((p) => p.message)} />
          <TextField id="export-id" label="Pack id" value={meta.id} onChange={(id) => setMeta({ ...meta, id })} errors={exportProblems.filter((p) => p.where === 'id').map((p) => p.message)} />
          <TextField id="export-version" label="Version" value={meta.version} onChange={(version) => setMeta({ ...meta, version })} errors={exportProblems.filter((p) => p.where === 'version').map((p) => p.message)} />
        </div>
        <FieldErrors id="export-error" messages={exportProblems.filter((p) => !['name', 'id', 'version'].includes(p.where)).map(plainProblem)} />
        <button type="button" className="primary" onClick={exportPack}>
          Export pack (JSON)
        </button>
        <p aria-live="polite" className="status">
          {exportStatus}
        </p>
      </section>

      <section aria-labelledby="import-title" className="card">
        <h3 id="import-title">Import</h3>
        <p className="muted">The whole pack is checked first and you see what changes before anything is applied. Your current rules and edits are kept so you can undo.</p>
        {importBlocked && <p className="notice notice--info">{importBlocked}</p>}
        <fieldset disabled={!!importBlocked} className="plain">
          <legend className="visually-hidden">Import a pack</legend>
          <div className="field">
            <label htmlFor="import-file">Pack file</label>
            <input
              id="import-file"
              type="file"
              accept=".json,application/json"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (file) check(await readFileText(file), file.name);
                e.target.value = '';
              }}
            />
          </div>
          <div className="field">
            <label htmlFor="import-paste">…or paste a pack</label>
            <textarea
              id="import-paste"
              className="mono"
              rows={5}
              value={pasted}
              spellCheck={false}
              onChange={(e) => setPasted(e.target.value)}
              aria-invalid={importError || problems.length ? true : undefined}
              aria-describedby={importError ? 'import-error' : problems.length ? 'import-problems' : undefined}
            />
          </div>
          <div className="button-row">
            <button type="button" onClick={() => check(pasted, 'pasted')} disabled={!pasted.trim()}>
              Check pasted pack
            </button>
            {imported && (
              <button type="button" onClick={backToDefault}>
                Go back to the Rapport default pack…
              </button>
            )}
          </div>
        </fieldset>
        <FieldErrors id="import-error" messages={importError ? [importError] : []} />
        {problems.length > 0 && (
          <div className="field-error" id="import-problems" role="alert">
            <p>
              <strong>
                The pack has {problems.length} problem{problems.length === 1 ? '' : 's'}, so nothing was imported:
              </strong>
            </p>
            <ul>
              {problems.map((p, i) => (
                <li key={i} title={`${p.where}: ${p.message}`}>
                  {plainProblem(p)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {pending && (
          <div className="pending" role="region" aria-labelledby="pending-title">
            <h4 id="pending-title">{pending.pack ? `Importing "${pending.pack.name}" ${pending.pack.version} (${pending.source}) would change:` : 'Going back to the default pack would change:'}</h4>
            <PackDiffView diff={pending.diff} managedIds={managedIds} />
            {dirty && <p className="notice notice--warning">Your unsaved rule changes will be discarded.</p>}
            <div className="button-row">
              <button type="button" className="primary" onClick={() => void apply()} disabled={busy}>
                {pending.pack ? 'Apply import' : 'Go back to the default pack'}
              </button>
              <button type="button" onClick={() => onPending(null)} disabled={busy}>
                Cancel
              </button>
            </div>
          </div>
        )}
        <p aria-live="polite" className="status">
          {status}
        </p>
      </section>
    </div>
  );
}

function PackDiffView({ diff, managedIds }: { diff: PackDiff; managedIds: Set<string> }) {
  if (isEmptyDiff(diff)) return <p>No rule changes: the pack has the same rules as the ones in use.</p>;
  return (
    <div className="diff">
      <DiffList title="Added" className="diff--added" items={diff.added.map((r) => ({ id: r.id, detail: r.message }))} />
      <DiffList
        title="Changed"
        className="diff--changed"
        items={diff.changed.map((c) => ({ id: c.id, detail: `changes ${c.fields.join(', ')}` }))}
      />
      <DiffList title="Removed" className="diff--removed" items={diff.removed.map((r) => ({ id: r.id, detail: managedIds.has(r.id) ? 'managed by your organization, stays' : r.message }))} />
      <p className="muted">Unchanged: {diff.unchanged}</p>
    </div>
  );
}

function DiffList({ title, className, items }: { title: string; className: string; items: { id: string; detail: string }[] }) {
  const id = `diff-${title.toLowerCase()}`;
  return (
    <section className={className} aria-labelledby={id}>
      <h5 id={id}>
        {title} ({items.length})
      </h5>
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <span className="rule-id">{item.id}</span> <span className="muted">— {item.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
