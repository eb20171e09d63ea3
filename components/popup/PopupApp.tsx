import type { DraftSnapshot, SnapshotFinding } from '../../lib/messages/draft';
import type { Channel } from '../../lib/engine/channel';
import { incompleteNote } from '../../lib/card/labels';
import { checkedLine, nothingOwnLine } from '../../lib/engine/structure/checked-line';
import { ChannelSwitch } from './ChannelSwitch';
import { CustomerContext } from './CustomerContext';
import { FindingGroups } from './FindingGroups';
import { PrincipleScores } from './PrincipleScores';
import { scoreWhy } from './score-why';
import { SiteControls, type SiteState } from './SiteControls';
import { TodayLine, type TodaySummary } from './TodayLine';
import { SavingNotice } from './SavingNotice';
import { WarmthGauge } from './WarmthGauge';
import { WholeReplySuggestions } from './WholeReplySuggestions';

/** Every state an agent can meet when opening the popup; none of them renders a blank popup. */
export type DraftView =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'site-disabled' }
  | { kind: 'paused' }
  | { kind: 'unreachable' }
  | { kind: 'reloaded' }
  | { kind: 'no-draft' }
  | { kind: 'ready'; snapshot: DraftSnapshot };

export interface PopupProps {
  draft: DraftView;
  site: SiteState | null;
  today: TodaySummary | null;
  /** Sent replies not saved yet (storage full), in words; null when all are saved. */
  savingProblem?: string | null;
  onRetrySaving?(): void;
  status: string;
  busy: boolean;
  now: number;
  onApply(finding: SnapshotFinding, suggestion: number): void;
  onReveal(finding: SnapshotFinding): void;
  onRetry(): void;
  onToggleSite(enabled: boolean): void;
  onPause(): void;
  onResume(): void;
  onOpenOptions(): void;
  onOpenSummary(): void;
  /** Switch this site's channel (email, chat, social); the draft is checked again for it. */
  onChannel(channel: Channel): void;
}

function Message({ title, children, action }: { title: string; children?: React.ReactNode; action?: React.ReactNode }) {
  return (
    <div className="message" role="status">
      <h2>{title}</h2>
      {children && <p>{children}</p>}
      {action}
    </div>
  );
}

function DraftBody({ draft, props }: { draft: DraftView; props: PopupProps }) {
  const retry = (label: string) => (
    <button type="button" onClick={props.onRetry}>
      {label}
    </button>
  );
  switch (draft.kind) {
    case 'loading':
      return <Message title="Reading your draft…" />;
    case 'unsupported':
      return (
        <Message
          title="Nothing to coach here"
          action={
            <button type="button" onClick={props.onOpenOptions}>
              Add your helpdesk in the settings
            </button>
          }
        >
          Rapport works in helpdesks and web mail. Open a ticket or a compose window and start a reply.
        </Message>
      );
    case 'site-disabled':
      return (
        <Message
          title="Rapport is off on this site"
          action={
            <button type="button" onClick={() => props.onToggleSite(true)} data-rapport="site-on">
              Turn on for this site
            </button>
          }
        >
          Turn it on to get coaching in {props.site ? props.site.host : "this site"}'s reply boxes.
        </Message>
      );
    case 'paused':
      return (
        <Message
          title="Coaching is paused"
          action={
            <button type="button" onClick={props.onResume}>
              Resume now
            </button>
          }
        >
          Rapport is not checking replies for now.
        </Message>
      );
    case 'unreachable':
      return (
        <Message title="Reload the page to start" action={retry('Try again')}>
          This page was open before Rapport was switched on here, so it can't see the reply box yet.
        </Message>
      );
    case 'reloaded':
      return (
        <Message title="The page changed" action={retry('Read the draft again')}>
          The page reloaded or the draft moved since this popup opened.
        </Message>
      );
    case 'no-draft':
      return (
        <Message title="No draft yet" action={retry('Check again')}>
          Click into a reply box on this page and start typing; Rapport checks it as you go.
        </Message>
      );
    case 'ready': {
      const { snapshot } = draft;
      if (!snapshot.language.checked) {
        const empty = snapshot.language.reason === 'empty';
        // A new reply often starts with the signature or the quoted email in the box: say so, not "empty".
        const onlySkipped = empty ? nothingOwnLine(snapshot.skipped) : null;
        return (
          <Message title={onlySkipped ? 'Nothing of yours to check yet' : empty ? 'The reply is empty' : 'Not an English reply'} action={retry('Check again')}>
            {empty ? `${onlySkipped ? `${onlySkipped} ` : ''}Start typing your reply; Rapport checks it as you go.` : "This draft doesn't look like English, so Rapport isn't checking it."}
          </Message>
        );
      }
      const phraseFindings = snapshot.findings.filter((f) => !f.wholeReply);
      return (
        <>
          <section className="overview" aria-label="Tone of this draft">
            <WarmthGauge warmth={snapshot.scores.warmth} />
            <p className="overview__why">{scoreWhy(snapshot.scores.warmth, snapshot.findings)}</p>
            {/* A long reply the engine ran out of time on: the score and the list are of the part read so far, as the
                badge says. Always in the page, so a change ("still checking" to checked) is announced. */}
            <p className="incomplete-note" role="status" aria-live="polite" data-incomplete={snapshot.incomplete ?? 'false'}>
              {incompleteNote(snapshot.incomplete)}
            </p>
          </section>
          {/* The fixes come first: the same findings, and count, as the in-page panel. */}
          <section aria-labelledby="findings-title" className="fixes">
            <h2 id="findings-title">
              To fix in this draft <span className="count">({snapshot.findings.length}{snapshot.incomplete ? ' so far' : ''})</span>
            </h2>
            {(phraseFindings.length > 0 || snapshot.findings.length === 0) && (
              <FindingGroups findings={phraseFindings} busy={props.busy} onApply={props.onApply} onReveal={props.onReveal} />
            )}
            <WholeReplySuggestions findings={snapshot.findings} busy={props.busy} onInsert={(f) => props.onApply(f, 0)} />
          </section>
          {snapshot.scoreExplanation && <p className="score-explanation">{snapshot.scoreExplanation}</p>}
          <p className="checked-line">{checkedLine(snapshot.skipped)}</p>
          {snapshot.engineNote && <p className="engine-note">{snapshot.engineNote}</p>}
          <ChannelSwitch channel={snapshot.channel} disabled={props.busy} onChange={props.onChannel} />
          <section aria-labelledby="context-title">
            <h2 id="context-title">Customer</h2>
            <CustomerContext message={snapshot.customerMessage} mood={snapshot.mood} name={snapshot.customerName} />
          </section>
          <details className="principle-scores">
            <summary>Score per principle</summary>
            <PrincipleScores scores={snapshot.scores.principles} />
          </details>
        </>
      );
    }
  }
}

export function PopupApp(props: PopupProps) {
  return (
    <div className="popup">
      <header className="popup__header">
        <h1>
          <img src="/icons/rapport-32.png" alt="" />
          Rapport
        </h1>
        <TodayLine today={props.today} />
      </header>
      <SavingNotice text={props.savingProblem ?? null} onRetry={props.onRetrySaving} />
      <main>
        <DraftBody draft={props.draft} props={props} />
      </main>
      <p className="status" role="status" aria-live="polite">
        {props.status}
      </p>
      <SiteControls
        site={props.site}
        now={props.now}
        onToggle={props.onToggleSite}
        onPause={props.onPause}
        onResume={props.onResume}
        onOpenOptions={props.onOpenOptions}
        onOpenSummary={props.onOpenSummary}
      />
    </div>
  );
}
