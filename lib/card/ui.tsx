/** Rapport's in-page UI: the badge, the list panel and the per-finding card. Props in, callbacks out. */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { panelPlacement } from '../coach/geometry';
import type { Finding } from '../engine/types';
import { badgeLabel, NOT_CHECKED, NOT_CHECKED_FAILURE, principleName, suggestionLabel } from './labels';
import { findingKey, type CoachActions, type ViewStore } from './store';
// Every handler below runs only for the agent's own events: the shadow root is open, so a page
// script can reach these buttons and call `.click()` on them.
import { agentOnly } from '../coach/trusted';
import { checkedLine } from '../engine/structure/checked-line';

export function CoachUi({ store, actions }: { store: ViewStore; actions: CoachActions }) {
  const view = useSyncExternalStore(store.subscribe, store.get);
  if (!view.visible) return null;
  const cardFinding = view.card ? view.findings.find((f) => findingKey(f) === view.card!.key) : undefined;
  return (
    <div className="ui">
      <button
        type="button"
        className="badge"
        data-rapport="badge"
        data-band={view.failed ? undefined : view.band}
        data-checking={String(view.checking)}
        data-count={view.findings.length}
        data-checked={String(view.checked && !view.failed)}
        data-failed={String(view.failed)}
        aria-label={badgeLabel(view.findings.length, view.warmth, view.band, view.checked, view.failed)}
        aria-expanded={view.panelOpen}
        aria-haspopup="dialog"
        style={{ left: view.anchor.right - 6, top: view.anchor.bottom - 6 }}
        onClick={agentOnly(() => actions.togglePanel())}
      >
        <span className="dot" aria-hidden="true" />
        <span className="count">{view.failed ? '!' : view.checked ? view.findings.length : '–'}</span>
        {view.checked && !view.failed && (
          <span className="warmth" aria-hidden="true">
            · {view.warmth}
          </span>
        )}
      </button>
      {view.panelOpen && <Panel view={view} actions={actions} />}
      {view.card && cardFinding && (
        <FindingCard finding={cardFinding} site={view.site} top={view.card.top} left={view.card.left} focus={view.card.focus} actions={actions} />
      )}
      <div className="sr" role="status" aria-live="polite">
        {view.status}
      </div>
    </div>
  );
}

function Panel({ view, actions }: { view: ReturnType<ViewStore['get']>; actions: CoachActions }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  }, []);
  const place = panelPlacement(window, view.anchor);
  return (
    <div
      ref={ref}
      className="panel"
      data-rapport="panel"
      role="dialog"
      aria-label="Rapport suggestions for this reply"
      style={{ left: place.left, width: place.width, top: place.top, bottom: place.bottom, maxHeight: place.maxHeight }}
      onKeyDown={agentOnly((event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          actions.closePanel();
        }
      })}
    >
      <header>
        <h2>
          {view.failed ? (
            'Could not check this draft'
          ) : view.checked ? (
            <>
              Warmth{' '}
              <span className="score" data-band={view.band}>
                {view.warmth}/100 ({view.band})
              </span>
            </>
          ) : (
            'Not checked'
          )}
        </h2>
        <button type="button" className="close" aria-label="Close the list" onClick={agentOnly(() => actions.closePanel())}>
          ×
        </button>
      </header>
      {view.checked && !view.failed && view.explanation && <p className="explanation">{view.explanation}</p>}
      {view.checked && !view.failed && <p className="checked" data-rapport="checked">{checkedLine(view.skipped)}</p>}
      <p className="status">{view.status}</p>
      {view.findings.length === 0 ? (
        <p className="empty">
          {view.failed ? NOT_CHECKED_FAILURE : view.checking ? 'Checking…' : view.checked ? 'Nothing to suggest. Nice and warm.' : NOT_CHECKED}
        </p>
      ) : (
        <ul className="list">
          {view.findings.map((f) => (
            <li key={findingKey(f)}>
              <FindingBody finding={f} site={view.site} actions={actions} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function FindingBody({ finding, site, actions }: { finding: Finding; site: string; actions: CoachActions }) {
  return (
    <div className="finding" data-rapport="finding" data-rule={finding.ruleId}>
      <div className="principle" data-severity={finding.severity}>
        {principleName(finding)}
      </div>
      <p className="message">{finding.message}</p>
      <p className="flagged">
        <q data-rapport="flagged">{finding.text}</q>
      </p>
      {finding.advice && (
        <p className="advice" data-rapport="advice">
          <strong>Try:</strong> {finding.advice}
        </p>
      )}
      <div className="actions">
        {finding.suggestions.map((s, i) => (
          <button
            key={i}
            type="button"
            className="apply"
            data-rapport={i === 0 ? 'apply' : 'apply-alt'}
            aria-label={s === '' ? `Apply: remove “${finding.text}”` : `Apply: replace “${finding.text}” with “${s}”`}
            onClick={agentOnly(() => actions.apply(finding, i))}
          >
            {suggestionLabel(s)}
          </button>
        ))}
        <button type="button" className="secondary" data-rapport="dismiss" onClick={agentOnly(() => actions.dismiss(finding))}>
          Dismiss
        </button>
        <button
          type="button"
          className="secondary"
          data-rapport="ignore"
          aria-label={`Don’t flag “${finding.text}” again on ${site}`}
          onClick={agentOnly(() => actions.ignore(finding, false))}
        >
          Don’t flag this again here
        </button>
        <button
          type="button"
          className="secondary"
          data-rapport="ignore-everywhere"
          aria-label={`Don’t flag “${finding.text}” again on any site`}
          onClick={agentOnly(() => actions.ignore(finding, true))}
        >
          …on any site
        </button>
      </div>
    </div>
  );
}

function FindingCard(props: { finding: Finding; site: string; top: number; left: number; focus: boolean; actions: CoachActions }) {
  const ref = useRef<HTMLDivElement>(null);
  const { focus, finding } = props;
  useEffect(() => {
    if (focus) ref.current?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  }, [focus, finding]);
  return (
    <div
      ref={ref}
      className="card"
      data-rapport="card"
      role="dialog"
      aria-label={`Rapport: ${principleName(finding)}`}
      style={{ top: props.top, left: props.left }}
      onMouseEnter={agentOnly(() => props.actions.cardHover(true))}
      onMouseLeave={agentOnly(() => props.actions.cardHover(false))}
      onKeyDown={agentOnly((event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          props.actions.closeCard();
        }
      })}
    >
      <FindingBody finding={finding} site={props.site} actions={props.actions} />
    </div>
  );
}
