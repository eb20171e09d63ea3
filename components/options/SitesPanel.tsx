/**
 * Where Rapport coaches: the built-in helpdesks, plus sites the agent adds (each asks Chrome for
 * access to that site) with an optional CSS selector for a reply box the built-in editor
 * adapters don't recognise.
 */
import { useState, type FormEvent } from 'react';
import { BUILT_IN_SITES } from '../../lib/store-schema/built-in-sites';
import { toMatchPattern, type Settings, type SiteSetting } from '../../lib/store-schema/settings';
import { FieldErrors, TextField } from './Field';

export interface SitesPanelProps {
  settings: Settings;
  onSave(settings: Settings): Promise<void>;
  /** Must call the permission prompt straight away (it needs the click's user gesture). */
  onAddSite(pattern: string, composerSelector?: string): Promise<{ granted: boolean }>;
  onRemoveSite(pattern: string): Promise<void>;
}

/** Null when the selector is valid CSS, else why not. */
function selectorProblem(selector: string): string | null {
  if (!selector.trim()) return null;
  try {
    document.createDocumentFragment().querySelector(selector);
    return null;
  } catch {
    return `“${selector}” is not a valid CSS selector`;
  }
}

export function SitesPanel({ settings, onSave, onAddSite, onRemoveSite }: SitesPanelProps) {
  const [site, setSite] = useState('');
  const [selector, setSelector] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const save = (next: Settings, message: string) => {
    void onSave(next).then(() => setStatus(message));
  };

  const add = (e: FormEvent) => {
    e.preventDefault();
    setStatus('');
    const pattern = toMatchPattern(site);
    if (!pattern.ok) {
      setSiteError(pattern.message);
      return;
    }
    if (selectorProblem(selector)) return;
    if (settings.sites.some((s) => s.origin === pattern.pattern)) {
      setSiteError(`${pattern.pattern} is already in the list`);
      return;
    }
    setSiteError(null);
    // No await before this call: Chrome only shows the permission prompt inside the user gesture.
    onAddSite(pattern.pattern, selector.trim() || undefined).then(
      ({ granted }) => {
        if (granted) {
          setSite('');
          setSelector('');
          setStatus(`Added ${pattern.pattern}. Reload its open tabs to start coaching there.`);
        } else setStatus(`Chrome did not get permission for ${pattern.pattern}, so it was not added.`);
      },
      (error: unknown) => setStatus(`Could not add ${pattern.pattern}: ${(error as Error).message}`),
    );
  };

  const updateSite = (origin: string, patch: Partial<SiteSetting>, message: string) =>
    save({ ...settings, sites: settings.sites.map((s) => (s.origin === origin ? { ...s, ...patch } : s)) }, message);

  const selectorError = selectorProblem(selector);
  return (
    <div className="sites">
      <div className="field field--inline">
        <input
          id="sites-enabled"
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => save({ ...settings, enabled: e.target.checked }, e.target.checked ? 'Rapport is on.' : 'Rapport is off on every site.')}
        />
        <label htmlFor="sites-enabled">Coach me on the sites below</label>
      </div>

      <h3>Built in</h3>
      <ul className="site-list">
        {BUILT_IN_SITES.map((s) => (
          <li key={s.id} className="site">
            <input
              id={`builtin-${s.id}`}
              type="checkbox"
              checked={settings.builtInSites[s.id] !== false}
              disabled={!settings.enabled}
              onChange={(e) => save({ ...settings, builtInSites: { ...settings.builtInSites, [s.id]: e.target.checked } }, `${s.name} ${e.target.checked ? 'on' : 'off'}.`)}
            />
            <label htmlFor={`builtin-${s.id}`}>{s.name}</label> <span className="muted mono">{s.matches.join(', ')}</span>
          </li>
        ))}
      </ul>

      <h3>Your sites</h3>
      {settings.sites.length === 0 ? (
        <p className="muted">None yet. Add your helpdesk below if it is not built in.</p>
      ) : (
        <ul className="site-list">
          {settings.sites.map((s, i) => (
            <CustomSite
              key={s.origin}
              index={i}
              site={s}
              disabled={!settings.enabled}
              onToggle={(enabled) => updateSite(s.origin, { enabled }, `${s.origin} ${enabled ? 'on' : 'off'}.`)}
              onSelector={(composerSelector) => updateSite(s.origin, { composerSelector: composerSelector || undefined }, `Saved the reply-box selector for ${s.origin}.`)}
              onRemove={() => void onRemoveSite(s.origin).then(() => setStatus(`Removed ${s.origin} and gave its access back.`))}
            />
          ))}
        </ul>
      )}

      <form className="card" onSubmit={add} aria-labelledby="add-site-title">
        <h4 id="add-site-title">Add a site</h4>
        <TextField
          id="add-site"
          label="Site address"
          hint="E.g. support.example.com or *.freshdesk.com. Chrome asks you to allow Rapport on it."
          value={site}
          errors={siteError ? [siteError] : []}
          onChange={(v) => {
            setSite(v);
            setSiteError(null);
          }}
        />
        <TextField
          id="add-site-selector"
          label="Reply box CSS selector (optional)"
          hint="Only for helpdesks Rapport doesn't recognise, e.g. #reply-editor [contenteditable]."
          value={selector}
          errors={selectorError ? [selectorError] : []}
          onChange={setSelector}
          spellCheck={false}
        />
        <button type="submit" className="primary">
          Add site
        </button>
      </form>
      <p aria-live="polite" className="status">
        {status}
      </p>
    </div>
  );
}

function CustomSite({
  index,
  site,
  disabled,
  onToggle,
  onSelector,
  onRemove,
}: {
  index: number;
  site: SiteSetting;
  disabled: boolean;
  onToggle(enabled: boolean): void;
  onSelector(selector: string): void;
  onRemove(): void;
}) {
  const [selector, setSelector] = useState(site.composerSelector ?? '');
  const problem = selectorProblem(selector);
  const changed = selector.trim() !== (site.composerSelector ?? '');
  return (
    <li className="site site--custom">
      <div className="site__head">
        <input id={`site-${index}-enabled`} type="checkbox" checked={site.enabled} disabled={disabled} onChange={(e) => onToggle(e.target.checked)} />
        <label htmlFor={`site-${index}-enabled`} className="mono">
          {site.origin}
        </label>
        <button type="button" className="danger" onClick={onRemove} aria-label={`Remove ${site.origin}`}>
          Remove
        </button>
      </div>
      <form
        className="site__selector"
        onSubmit={(e) => {
          e.preventDefault();
          if (!problem) onSelector(selector.trim());
        }}
      >
        <div className="field">
          <label htmlFor={`site-${index}-selector`}>Reply box selector for {site.origin}</label>
          <input
            id={`site-${index}-selector`}
            className="mono"
            value={selector}
            spellCheck={false}
            placeholder="Built-in detection"
            onChange={(e) => setSelector(e.target.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `site-${index}-selector-error` : undefined}
          />
          <FieldErrors id={`site-${index}-selector-error`} messages={problem ? [problem] : []} />
        </div>
        <button type="submit" disabled={!changed || !!problem}>
          Save selector
        </button>
      </form>
    </li>
  );
}
