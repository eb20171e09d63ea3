import type { DraftSnapshot, SnapshotFinding } from '../../lib/messages/draft';
import type { Channel } from '../../lib/engine/channel';
import { checkedLine } from '../../lib/engine/structure/checked-line';
import { ChannelSwitch } from './ChannelSwitch';
import { CustomerContext } from './CustomerContext';
import { FindingGroups } from './FindingGroups';
import { PrincipleScores } from './PrincipleScores';
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
  switch (draft.kind) {
    case 'loading':
      return <Message title="Reading your draft…" />;
    case 'unsupported':
      return <Message title="Nothing to coach here">Rapport works in helpdesks and web mail. Open a ticket or a compose window and start a reply.</Message>;
    case 'site-disabled':
      return <Message title="Rapport is off on this site">Switch it on below to get coaching in this site's reply boxes.</Message>;
    case 'paused':
      return <Message title="Coaching is paused">Resume below whenever you like.</Message>;
    case 'unreachable':
      return (
        <Message
          title="Reload the page to start"
          action={
            <button type="button" onClick={props.onRetry}>
              Try again
            </button>
          }
        >
          This page was open before Rapport was switched on here, so it can't see the reply box yet.
        </Message>
      );
    case 'reloaded':
      return (
        <Message
          title="The page changed"
          action={
            <button type="button" onClick={props.onRetry}>
              Read the draft again
            </button>
          }
        >
          The page reloaded or the draft moved since this popup opened.
        </Message>
      );
    case 'no-draft':
      return <Message title="No draft yet">Click into a reply box on this page and start typing; Rapport checks it as you go.</Message>;
    case 'ready': {
      const { snapshot } = draft;
      if (!snapshot.language.checked) {
        return (
          <Message title={snapshot.language.reason === 'empty' ? 'The reply is empty' : 'Not an English reply'}>
            {snapshot.language.reason === 'empty' ? 'Start typing your reply; Rapport checks it as you go.' : "This draft doesn't look like English, so Rapport isn't checking it."}
          </Message>
        );
      }
      const phraseFindings = snapshot.findings.filter((f) => !f.wholeReply);
      return (
        <>
          <section className="overview" aria-label="Tone of this draft">
            <WarmthGauge warmth={snapshot.scores.warmth} />
            <PrincipleScores scores={snapshot.scores.principles} />
          </section>
          <p className="checked-line">{checkedLine(snapshot.skipped)}</p>
          <ChannelSwitch channel={snapshot.channel} disabled={props.busy} onChange={props.onChannel} />
          <section aria-labelledby="context-title">
            <h2 id="context-title">Customer</h2>
            <CustomerContext message={snapshot.customerMessage} mood={snapshot.mood} name={snapshot.customerName} />
          </section>
          <WholeReplySuggestions findings={snapshot.findings} busy={props.busy} onInsert={(f) => props.onApply(f, 0)} />
          <section aria-labelledby="findings-title">
            <h2 id="findings-title">Suggestions ({phraseFindings.length})</h2>
            <FindingGroups findings={phraseFindings} busy={props.busy} onApply={props.onApply} onReveal={props.onReveal} />
          </section>
        </>
      );
    }
  }
}

export function PopupApp(props: PopupProps) {
  return (
    <div className="popup">
      <header className="popup__header">
        <h1>Rapport</h1>
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
