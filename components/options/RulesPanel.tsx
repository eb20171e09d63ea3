/**
 * Every rule of the active pack, grouped by principle and searchable: switch rules on and off,
 * change severity, open a rule to edit it, add, delete, restore and reset.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { CHECK_IDS } from '../../lib/engine/checks/registry';
import { PRINCIPLE_IDS, PRINCIPLES, type PrincipleId } from '../../lib/engine/principles';
import { SEVERITIES } from '../../lib/engine/types';
import type { Rule } from '../../lib/rules/schema';
import type { ResolvedRule } from '../../lib/store-schema/rule-edits';
import { FieldErrors, PrincipleField, describedBy } from './Field';
import { SEVERITY_LABELS } from './labels';
import { channelSummary, RuleEditor } from './RuleEditor';

export interface RulesPanelProps {
  entries: ResolvedRule[];
  /** Pack rules deleted in the working copy, so they can be restored. */
  deleted: Rule[];
  managedBy: string | null;
  hasEdits: boolean;
  onRuleChange(id: string, candidate: Rule): void;
  onReset(id: string): void;
  onDelete(id: string): void;
  onAdd(rule: Rule): void;
  onResetAll(): void;
}

function matches(rule: Rule, query: string): boolean {
  if (!query) return true;
  const haystack = [
    rule.id,
    rule.title ?? '',
    rule.message,
    rule.description ?? '',
    PRINCIPLES[rule.principle].name,
    ...(rule.kind === 'phrase' ? [...rule.phrases, ...rule.patterns, ...rule.rewrites] : [rule.check]),
  ]
    .join('\n')
    .toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export function RulesPanel(props: RulesPanelProps) {
  const { entries, deleted, managedBy, hasEdits, onRuleChange, onReset, onDelete, onAdd, onResetAll } = props;
  const [query, setQuery] = useState('');
  const [openRules, setOpen] = useState<Set<string>>(() => new Set());
  const [confirmReset, setConfirmReset] = useState(false);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<PrincipleId>>(() => new Set());

  const visible = useMemo(() => entries.filter((e) => matches(e.draft, query.trim())), [entries, query]);
  const groups = PRINCIPLE_IDS.map((p) => ({ principle: p, entries: visible.filter((e) => e.draft.principle === p) })).filter((g) => g.entries.length);
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const searching = query.trim() !== '';
  const toggleGroup = (principle: PrincipleId) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(principle)) next.delete(principle);
      else next.add(principle);
      return next;
    });
  /** Every rule of a principle on or off at once (rules locked by policy keep their setting). */
  const switchGroup = (list: ResolvedRule[], enabled: boolean) => {
    for (const entry of list) if (!entry.locked && entry.draft.enabled !== enabled) onRuleChange(entry.id, { ...entry.draft, enabled });
  };

  return (
    <div className="rules-panel">
      <div className="toolbar">
        <div className="field field--grow">
          <label htmlFor="rule-search">Search rules</label>
          <input id="rule-search" type="search" value={query} placeholder="e.g. policy, #Verb, respect" onChange={(e) => setQuery(e.target.value)} aria-describedby="rule-count" />
        </div>
        <p id="rule-count" className="muted" aria-live="polite">
          Showing {visible.length} of {entries.length} rules
        </p>
        <button type="button" onClick={() => setCollapsed(collapsed.size ? new Set() : new Set(PRINCIPLE_IDS))} disabled={searching}>
          {collapsed.size ? 'Expand all principles' : 'Collapse all principles'}
        </button>
        <button ref={addButton} type="button" onClick={() => setAdding((a) => !a)} aria-expanded={adding} aria-controls="add-rule">
          Add a rule
        </button>
        {hasEdits &&
          (confirmReset ? (
            <span className="confirm" role="group" aria-label="Confirm reset">
              Reset every rule to the pack's version?{' '}
              <button
                type="button"
                className="danger"
                onClick={() => {
                  setConfirmReset(false);
                  onResetAll();
                }}
              >
                Yes, reset all
              </button>{' '}
              <button type="button" onClick={() => setConfirmReset(false)}>
                Cancel
              </button>
            </span>
          ) : (
            <button type="button" onClick={() => setConfirmReset(true)}>
              Reset all to the pack…
            </button>
          ))}
      </div>

      {adding && (
        <AddRuleForm
          taken={new Set([...entries.map((e) => e.id), ...deleted.map((r) => r.id)])}
          onCancel={() => {
            setAdding(false);
            addButton.current?.focus(); // Back where the lead opened the form, not lost on the page.
          }}
          onCreate={(rule) => {
            onAdd(rule);
            setAdding(false);
            setQuery('');
            setOpen((current) => new Set(current).add(rule.id));
          }}
        />
      )}

      {groups.length === 0 && <p>No rule matches “{query}”.</p>}
      {groups.map(({ principle, entries: list }) => {
        const open = searching || !collapsed.has(principle);
        const on = list.filter((e) => e.draft.enabled).length;
        const switchable = list.filter((e) => !e.locked);
        return (
          <section key={principle} className="principle-group" aria-labelledby={`group-${principle}`}>
            <div className="principle-group__head">
              <h3 id={`group-${principle}`}>
                <button type="button" className="principle-group__toggle" aria-expanded={open} aria-controls={`group-${principle}-rules`} onClick={() => toggleGroup(principle)} disabled={searching}>
                  <span aria-hidden="true" className="chevron">{open ? '▾' : '▸'}</span> {PRINCIPLES[principle].name}{' '}
                  <span className="muted">
                    ({list.length} {list.length === 1 ? 'rule' : 'rules'}, {on} on)
                  </span>
                </button>
              </h3>
              {switchable.length > 0 && (
                <span className="principle-group__switch">
                  <button type="button" onClick={() => switchGroup(switchable, true)} disabled={switchable.every((e) => e.draft.enabled)}>
                    All on<span className="visually-hidden"> for {PRINCIPLES[principle].name}</span>
                  </button>
                  <button type="button" onClick={() => switchGroup(switchable, false)} disabled={switchable.every((e) => !e.draft.enabled)}>
                    All off<span className="visually-hidden"> for {PRINCIPLES[principle].name}</span>
                  </button>
                </span>
              )}
            </div>
            <p className="muted principle-summary">{PRINCIPLES[principle].summary}</p>
            {open && (
              <ul className="rule-list" id={`group-${principle}-rules`}>
                {list.map((entry) => (
                  <RuleRow
                    key={entry.id}
                    entry={entry}
                    open={openRules.has(entry.id)}
                    managedBy={managedBy}
                    onToggle={() => toggle(entry.id)}
                    onChange={(candidate) => onRuleChange(entry.id, candidate)}
                    onReset={() => onReset(entry.id)}
                    onDelete={() => {
                      onDelete(entry.id);
                      setOpen((current) => {
                        const next = new Set(current);
                        next.delete(entry.id);
                        return next;
                      });
                    }}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}

      {deleted.length > 0 && (
        <section aria-labelledby="deleted-rules" className="principle-group">
          <h3 id="deleted-rules">Deleted rules ({deleted.length})</h3>
          <ul className="rule-list">
            {deleted.map((rule) => (
              <li key={rule.id} className="rule-row rule-row--deleted">
                <span className="rule-id">{rule.id}</span>
                <button type="button" onClick={() => onReset(rule.id)} aria-label={`Restore ${rule.id}`}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function RuleRow({
  entry,
  open,
  managedBy,
  onToggle,
  onChange,
  onReset,
  onDelete,
}: {
  entry: ResolvedRule;
  open: boolean;
  managedBy: string | null;
  onToggle(): void;
  onChange(rule: Rule): void;
  onReset(): void;
  onDelete(): void;
}) {
  const rule = entry.draft;
  const id = `row-${rule.id}`;
  const invalid = entry.problems.length > 0;
  return (
    <li className={`rule-row${rule.enabled ? '' : ' rule-row--off'}${invalid ? ' rule-row--invalid' : ''}`}>
      <div className="rule-row__head">
        <input
          id={`${id}-enabled`}
          type="checkbox"
          checked={rule.enabled}
          disabled={entry.locked}
          onChange={(e) => onChange({ ...rule, enabled: e.target.checked })}
          aria-describedby={describedBy(`${id}-message`, entry.locked && `${id}-managed`)}
        />
        <label htmlFor={`${id}-enabled`} className="rule-title" data-rule-id={rule.id}>
          {rule.title ?? rule.id}
        </label>
        {rule.title && <code className="rule-id">{rule.id}</code>}
        <span className="badges">
          {entry.origin === 'managed' || entry.locked ? (
            <span className="badge badge--managed" id={`${id}-managed`} title={`Managed by ${managedBy ?? 'your organization'}`}>
              Managed{managedBy ? ` by ${managedBy}` : ''}
            </span>
          ) : null}
          {entry.origin === 'added' && <span className="badge badge--custom">Custom</span>}
          {entry.edited && <span className="badge badge--edited">Edited</span>}
          {invalid && (
            <span className="badge badge--invalid">
              {entry.problems.length} problem{entry.problems.length === 1 ? '' : 's'}
            </span>
          )}
          {rule.kind === 'structure' && <span className="badge">Whole reply</span>}
          {channelSummary(rule).map((text) => (
            <span className="badge" key={text} title="Set per channel in the rule's editor (By channel)">
              {text}
            </span>
          ))}
        </span>
        <label htmlFor={`${id}-severity`} className="visually-hidden">
          Severity of {rule.id}
        </label>
        <select id={`${id}-severity`} value={rule.severity} disabled={entry.locked} onChange={(e) => onChange({ ...rule, severity: e.target.value as Rule['severity'] })}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_LABELS[s]}
            </option>
          ))}
        </select>
        <button type="button" onClick={onToggle} aria-expanded={open} aria-controls={open ? `rule-${rule.id}-editor` : undefined}>
          {open ? 'Close' : entry.locked ? 'View' : 'Edit'}
          <span className="visually-hidden"> {rule.id}</span>
        </button>
      </div>
      <p className="rule-row__message" id={`${id}-message`}>
        {rule.description ?? rule.message}
      </p>
      {open && <RuleEditor entry={entry} managedBy={managedBy} onChange={onChange} onReset={onReset} onDelete={onDelete} />}
    </li>
  );
}

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Starting point for a new rule: deliberately incomplete, so the editor shows what is missing. */
function newRule(id: string, kind: 'phrase' | 'structure', principle: PrincipleId, check: (typeof CHECK_IDS)[number]): Rule {
  const common = {
    id,
    principle,
    severity: 'suggestion' as const,
    message: `${PRINCIPLES[principle].name}: `,
    enabled: true,
    examples: { flag: [{ text: '', becomes: null }], pass: [''] },
  };
  return kind === 'phrase' ? { ...common, kind, phrases: [], patterns: [], unless: [], unlessNext: [], rewrites: [] } : { ...common, kind, check, options: {} };
}

function AddRuleForm({ taken, onCreate, onCancel }: { taken: Set<string>; onCreate(rule: Rule): void; onCancel(): void }) {
  const [id, setId] = useState('');
  const [kind, setKind] = useState<'phrase' | 'structure'>('phrase');
  const [principle, setPrinciple] = useState<PrincipleId>('respect');
  const [check, setCheck] = useState<(typeof CHECK_IDS)[number]>(CHECK_IDS[0]);
  const [touched, setTouched] = useState(false);
  const idField = useRef<HTMLInputElement>(null);
  // The form opens on its first field, so a keyboard user types the id at once.
  useEffect(() => idField.current?.focus(), []);
  const idError = !id
    ? 'Give the rule an id, e.g. no-asap'
    : !ID_PATTERN.test(id)
      ? 'Use lower-case letters, digits and single hyphens, e.g. no-asap'
      : id.length > 60
        ? 'Keep the id under 60 characters'
        : taken.has(id)
          ? `"${id}" is already used by another rule`
          : null;
  const showError = touched && idError;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!idError) onCreate(newRule(id, kind, principle, check));
  };
  return (
    <form id="add-rule" className="card add-rule" onSubmit={submit} aria-labelledby="add-rule-title">
      <h3 id="add-rule-title">New rule</h3>
      <div className="field-row">
        <div className="field">
          <label htmlFor="new-rule-id">Rule id</label>
          <input
            ref={idField}
            id="new-rule-id"
            value={id}
            onChange={(e) => setId(e.target.value)}
            onBlur={() => setTouched(true)}
            aria-invalid={showError ? true : undefined}
            aria-describedby={showError ? 'new-rule-id-error' : undefined}
            autoComplete="off"
            spellCheck={false}
          />
          <FieldErrors id="new-rule-id-error" messages={showError ? [idError] : []} />
        </div>
        <div className="field">
          <label htmlFor="new-rule-kind">Kind</label>
          <select id="new-rule-kind" value={kind} onChange={(e) => setKind(e.target.value as 'phrase' | 'structure')}>
            <option value="phrase">Phrases and patterns</option>
            <option value="structure">Whole-reply check</option>
          </select>
        </div>
        <PrincipleField id="new-rule-principle" value={principle} onChange={setPrinciple} />
        {kind === 'structure' && (
          <div className="field">
            <label htmlFor="new-rule-check">Check</label>
            <select id="new-rule-check" value={check} onChange={(e) => setCheck(e.target.value as (typeof CHECK_IDS)[number])}>
              {CHECK_IDS.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="button-row">
        <button type="submit" className="primary">
          Create rule
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
