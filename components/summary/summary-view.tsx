import { warmthBand } from '../../lib/engine/score';
import { skippedCountsLine } from '../../lib/engine/structure';
import type { DailySummary } from '../../lib/stats/summary';
import type { HistorySettings } from '../../lib/stats/types';
import { DataControls, type ExportFormat } from './data-controls';
import { longDate, plural } from './format';
import { focusWhy, type Habit } from './habits';
import { HistorySettingsForm } from './history-settings-form';
import { TopPrinciples } from './top-principles';
import { TrendChart } from './trend-chart';
import { WarmthDistribution } from './warmth-distribution';

export interface SummaryNotice {
  id: string;
  text: string;
  /** Shown with a Dismiss button when set. */
  onDismiss?: () => void;
  /** Another button, e.g. "Try again now". */
  action?: { label: string; run: () => void };
}

export interface SummaryViewProps {
  summary: DailySummary;
  settings: HistorySettings;
  notices: SummaryNotice[];
  onSaveSettings(settings: HistorySettings): Promise<string | null>;
  onExport(format: ExportFormat): void;
  onErase(): Promise<string | null>;
  /** Rule id → the cold wording it flags and the warmer way, for the top habits. */
  habits?: ReadonlyMap<string, Habit>;
}

/** The daily tone summary: props in, callbacks out; the page wires it to storage. */
export function SummaryView({ summary, settings, notices, onSaveSettings, onExport, onErase, habits }: SummaryViewProps) {
  const today = summary.todayTotals;
  const avg = summary.averageWarmth === null ? null : Math.round(summary.averageWarmth);
  const reviewed = today.suggestionsApplied + today.suggestionsDismissed;
  return (
    <main className="summary">
      <header className="summary-header">
        <h1>Your day in tone</h1>
        <p className="summary-date">{longDate(summary.today)}</p>
        <p className="summary-privacy">Only counts and scores are kept, in this browser. Nobody reads your replies, not even Rapport.</p>
      </header>

      {notices.map((n) => (
        <div key={n.id} className="notice" role="status">
          <p>{n.text}</p>
          {n.action && (
            <button type="button" onClick={n.action.run}>
              {n.action.label}
            </button>
          )}
          {n.onDismiss && (
            <button type="button" onClick={n.onDismiss}>
              Dismiss
            </button>
          )}
        </div>
      ))}

      {!summary.hasData ? (
        <section className="card empty" aria-labelledby="empty-heading">
          <h2 id="empty-heading">No replies yet</h2>
          <p>
            Once you send replies with Rapport switched on, this page shows how warm they were, what came up most and how your tone
            trends over the weeks. Only counts and scores are recorded, never what you wrote.
          </p>
        </section>
      ) : (
        <>
          <section className="card" aria-labelledby="today-heading">
            <h2 id="today-heading">Today</h2>
            <p className="headline">{plural(today.replies, 'reply', 'replies')} today</p>
            {skippedCountsLine(today.repliesSkipping) && <p className="muted">{skippedCountsLine(today.repliesSkipping)}</p>}
            {today.replies === 0 ? (
              <p className="muted">Nothing sent yet today. The trend and focus below use your last 7 days.</p>
            ) : (
              <>
                <dl className="stats">
                  <div>
                    <dt>Average warmth</dt>
                    <dd>
                      {avg}
                      <span className={`band-word band-${warmthBand(avg!)}`}>{warmthBand(avg!)}</span>
                    </dd>
                  </div>
                  <div>
                    <dt>Suggestions accepted</dt>
                    <dd>
                      {today.suggestionsApplied}
                      {reviewed > 0 && <span className="band-word muted">of {reviewed} you saw</span>}
                    </dd>
                  </div>
                  <div>
                    <dt>Things that came up</dt>
                    <dd>{today.findings}</dd>
                  </div>
                </dl>
                <WarmthDistribution bands={today.bands} headingId="distribution-heading" />
              </>
            )}
          </section>

          {summary.focus && (
            <section className="card" aria-labelledby="focus-heading">
              <h2 id="focus-heading">Focus for tomorrow</h2>
              <p className="focus-line">{summary.focus.text}</p>
              {summary.focus.principle && <p className="focus-why">{focusWhy(summary.topPrinciples, summary.topPrinciplesPeriod)}</p>}
            </section>
          )}

          <TopPrinciples principles={summary.topPrinciples} period={summary.topPrinciplesPeriod} habits={habits} />
          <TrendChart trend7={summary.trend7} trend30={summary.trend30} />
        </>
      )}

      <HistorySettingsForm settings={settings} onSave={onSaveSettings} />
      <DataControls hasData={summary.hasData} onExport={onExport} onErase={onErase} />
    </main>
  );
}
