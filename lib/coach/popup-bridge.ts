/**
 * What the toolbar popup asks of the page: the current draft (the same findings as the in-page badge),
 * Apply of a rewording it showed, and revealing a finding in the page. A popup that shows an older
 * analysis gets the current one back ("stale") instead of a change to text it never saw.
 */
import { findingKey } from '../card/store';
import type { ApplyResponse, DraftSnapshot, PopupRequest } from '../messages/draft';
import type { AnalysisScheduler } from './analysis-scheduler';
import type { ApplyFeature } from './apply';
import type { CardControls } from './card';
import type { DraftChecker } from './checker';
import type { CoachSession, Draft } from './session';
import { leftOutOf, withCurrentLeftOut } from './left-out';
import { snapshotOf } from './snapshot';

export interface PopupBridge {
  /** The current draft for the popup, or null when no editor is coached. */
  snapshot(): DraftSnapshot | null;
  /** Apply a rewording the popup showed; re-analyses instead when the popup's analysis is not the current one. */
  applyFromPopup(version: number, key: string, suggestion: number): Promise<ApplyResponse>;
  /** Scroll to a finding and select it, so the agent sees it in the page. */
  reveal(version: number, key: string): boolean;
  /** Resolves once no check is scheduled or running. */
  settled(): Promise<void>;
}

/** A popup never waits longer than this for a busy page's check to finish. */
const SNAPSHOT_WAIT_MS = 3_000;

export function startPopupBridge(session: CoachSession, checker: DraftChecker, scheduler: AnalysisScheduler, applying: ApplyFeature, card: CardControls): PopupBridge {
  const { doc } = session;
  const findByKey = (draft: Draft, version: number, key: string) =>
    draft.version === version ? session.visibleFindings(draft).find((f) => findingKey(f) === key) : undefined;

  const bridge: PopupBridge = {
    settled: () => scheduler.settled(),
    snapshot() {
      const draft = session.draft;
      if (!draft) return null;
      const snapshot = snapshotOf(
        { version: draft.version, editor: draft.adapter.id, result: withCurrentLeftOut(draft), findings: session.visibleFindings(draft), customer: draft.customer ?? scheduler.customerOf(draft), leftOut: leftOutOf(draft.adapter, draft.root) },
        checker.rules(),
      );
      // The view holds what the badge says of a check that ran out of time; it belongs to this draft's last check.
      const incomplete = draft.result && !draft.result.complete ? session.store.get().incomplete : null;
      return { ...snapshot, engineNote: checker.engineNote?.() ?? null, incomplete };
    },
    async applyFromPopup(version, key, suggestion) {
      const draft = session.draft;
      if (!draft) return { outcome: 'failed', snapshot: null };
      const finding = findByKey(draft, version, key);
      if (!finding) {
        await scheduler.checkNow();
        return { outcome: 'stale', snapshot: bridge.snapshot() };
      }
      const result = await applying.apply(finding, suggestion);
      return { outcome: result === 'applied' ? 'applied' : result === 'gone' ? 'stale' : 'failed', snapshot: bridge.snapshot() };
    },
    reveal(version, key) {
      const draft = session.draft;
      const finding = draft && findByKey(draft, version, key);
      if (!draft || !finding) return false;
      if (draft.adapter.overlay) {
        const field = draft.root as HTMLTextAreaElement;
        field.focus({ preventScroll: true });
        field.setSelectionRange(finding.start, finding.end);
        field.scrollIntoView({ block: 'center', behavior: 'smooth' });
        return true;
      }
      const range = draft.adapter.rangeOf(draft.root, finding.start, finding.end);
      if (!range) return false;
      (range.startContainer.parentElement ?? draft.root).scrollIntoView({ block: 'center', behavior: 'smooth' });
      const selection = doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      card.openCard(finding, range.getBoundingClientRect(), false);
      return true;
    },
  };
  return bridge;
}

/** Answers one popup request (the extension's messaging is wired in start.ts). */
export async function answerPopupRequest(bridge: PopupBridge, request: PopupRequest): Promise<unknown> {
  switch (request.type) {
    case 'rapport:snapshot': {
      // Answer with a finished check, bounded: a popup never waits long for a busy page.
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([bridge.settled(), new Promise((resolve) => (timer = setTimeout(resolve, SNAPSHOT_WAIT_MS)))]);
      clearTimeout(timer);
      return { snapshot: bridge.snapshot() };
    }
    case 'rapport:apply':
      return bridge.applyFromPopup(request.version, request.key, request.suggestion);
    case 'rapport:reveal':
      return { revealed: bridge.reveal(request.version, request.key) };
  }
}
