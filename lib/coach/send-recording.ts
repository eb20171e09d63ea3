/**
 * The daily summary's input: one record per sent reply (scores and counts, never text). A reply counts
 * when the agent's own click or key sends it (lib/sites/send.ts decides what sends, in the capture
 * phase, before the page clears the box), or when a draft the agent wrote is emptied after a gesture
 * of theirs. The text is read at once in the agent's click or key handler; the check it may need runs
 * afterwards. Records the background cannot take yet wait in an outbox and are offered again.
 */
import type { Analysis } from '../engine/types';
import { clickSendsDraft, keySendsDraft } from '../sites/send';
import { buildReplyRecord } from '../content/record-reply';
import type { AnalysisScheduler } from './analysis-scheduler';
import type { DraftChecker } from './checker';
import type { CoachStorage } from './coach-storage';
import { isInternalNote } from './composer-discovery';
import { ReplyOutbox } from './reply-outbox';
import { dismissKey, type CoachSession, type Draft } from './session';
import { injectAnalysisFailure } from './test-hooks';
import { leftOutOf, withCurrentLeftOut, withEditorLeftOut } from './left-out';
import { isAgentEvent } from './trusted';

const OUTBOX_RETRY_MS = 30_000;
/** A send is checked within this budget (the page is sending; a partial check still scores the reply). */
const SEND_BUDGET_MS = 30;

/** What the record needs of the draft, taken at the moment of sending (the page clears the box right after). */
interface SentDraft {
  dismissed: ReadonlySet<string>;
  applied: number;
  dismissedCount: number;
}

export function startSendRecording(
  session: CoachSession,
  checker: DraftChecker,
  scheduler: AnalysisScheduler,
  storage: CoachStorage,
  /** Whether an event is the agent's own (the unit tests stand in for the browser's isTrusted here). */
  isAgent: (event: Event) => boolean = isAgentEvent,
): void {
  const { doc, win, store, signal } = session;
  let retryTimer: number | undefined;
  const outbox = new ReplyOutbox(
    (record) => storage.recordReply(record),
    ({ waiting, lost, lastError }) => {
      win.clearTimeout(retryTimer);
      if (signal.aborted) return;
      if (waiting > 0) retryTimer = win.setTimeout(() => void outbox.flush(), OUTBOX_RETRY_MS);
      const lostNote = lost ? ` ${lost === 1 ? '1 earlier reply' : `${lost} earlier replies`} could not be kept.` : '';
      if (waiting > 0) {
        const replies = waiting === 1 ? '1 sent reply' : `${waiting} sent replies`;
        store.set({ status: `Rapport could not count ${replies} in your daily summary yet${lastError ? ` (${lastError})` : ''}; it will try again.${lostNote}` });
      } else if (lost > 0) store.set({ status: lostNote.trim() });
    },
  );
  signal.addEventListener('abort', () => win.clearTimeout(retryTimer));

  const taken = (draft: Draft): SentDraft => ({ dismissed: new Set(draft.dismissed), applied: draft.applied, dismissedCount: draft.dismissedCount });

  function record(sent: SentDraft, result: Analysis): void {
    if (!result.language.checked) return;
    void outbox.submit(
      buildReplyRecord({
        site: session.site,
        warmth: result.scores.warmth,
        findings: result.findings.filter((f) => !sent.dismissed.has(dismissKey(f))),
        suggestionsApplied: sent.applied,
        suggestionsDismissed: sent.dismissedCount,
        skipped: result.structure.skipped,
      }),
    );
  }

  /** Runs inside the page's own click and key handling: whatever happens here, the page's send goes on. */
  function sendNow(): void {
    const draft = session.draft;
    if (!draft || draft.recorded || isInternalNote(draft.root)) return;
    try {
      const text = draft.adapter.readText(draft.root);
      if (text.trim() === '') return;
      injectAnalysisFailure(text);
      draft.recorded = true;
      const sent = taken(draft);
      const checked = draft.analysedText === text ? withCurrentLeftOut(draft) : null;
      if (checked) {
        record(sent, checked);
        return;
      }
      // The debounced check is a keystroke behind: check the text as sent.
      const options = { ...scheduler.optionsFor(draft), budgetMs: SEND_BUDGET_MS };
      const leftOut = leftOutOf(draft.adapter, draft.root);
      checker.check(text, options, signal).then(
        (result) => result && record(sent, withEditorLeftOut(result, leftOut)),
        (error: unknown) => console.warn('[Rapport] this reply could not be counted', error),
      );
    } catch (error) {
      // A draft that cannot be checked has no score to record; its badge already says so.
      console.warn('[Rapport] this reply could not be counted', error);
    }
  }

  // A draft the agent wrote, emptied after a gesture of theirs: the helpdesk sent it its own way.
  session.on('cleared', (draft) => {
    if (draft.recorded || !draft.edited || !draft.authorship.sentByAgent() || !draft.result) return;
    draft.recorded = true;
    record(taken(draft), draft.result);
  });

  // Capture phase: the reply is counted before the page's own handler sends and clears it. Only the
  // agent's own (trusted) clicks and keys: a page script calling `.click()` on Send records nothing.
  const capture = { capture: true, passive: true, signal };
  doc.addEventListener('click', (event) => {
    const draft = session.draft;
    if (draft && isAgent(event) && clickSendsDraft(event.target, draft.root)) sendNow();
  }, capture);
  doc.addEventListener('keydown', (event) => {
    const draft = session.draft;
    if (draft && isAgent(event) && keySendsDraft(event, draft.root)) sendNow();
  }, capture);
}
