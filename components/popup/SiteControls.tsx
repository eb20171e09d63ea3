export interface SiteState {
  host: string;
  enabled: boolean;
  /** Zendesk, Gmail and local pages are always allowed; other sites need the agent's permission. */
  builtIn: boolean;
  /** Epoch milliseconds until which coaching is paused, or null. */
  pausedUntil: number | null;
}

interface Props {
  site: SiteState | null;
  now: number;
  onToggle(enabled: boolean): void;
  onPause(): void;
  onResume(): void;
  onOpenOptions(): void;
  onOpenSummary(): void;
}

const time = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** On/off for this site, pause for an hour, and the way to the options and the daily summary. */
export function SiteControls({ site, now, onToggle, onPause, onResume, onOpenOptions, onOpenSummary }: Props) {
  const paused = site?.pausedUntil != null && site.pausedUntil > now;
  return (
    <footer className="controls">
      {site && (
        <div className="controls__site">
          <label className="switch">
            <input type="checkbox" role="switch" checked={site.enabled} onChange={(e) => onToggle(e.currentTarget.checked)} data-rapport="site-toggle" />
            <span>Coach on {site.host}</span>
          </label>
          {site.enabled &&
            (paused ? (
              <button type="button" onClick={onResume}>
                Paused until {time(site.pausedUntil!)}: resume
              </button>
            ) : (
              <button type="button" onClick={onPause}>
                Pause for an hour
              </button>
            ))}
        </div>
      )}
      <nav className="controls__links" aria-label="Rapport pages">
        <button type="button" className="link" onClick={onOpenSummary}>
          Daily summary
        </button>
        <button type="button" className="link" onClick={onOpenOptions}>
          Rules and settings
        </button>
      </nav>
    </footer>
  );
}
