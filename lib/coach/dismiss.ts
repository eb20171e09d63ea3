/**
 * Dismiss hides a finding for this draft; "Don't flag this again" remembers the phrase for this site
 * (or every site) through storage and checks the draft again without it.
 */
import type { Finding } from '../engine/types';
import type { CoachActions } from '../card/store';
import type { CoachStorage } from './coach-storage';
import { ignoreForAgent } from './ignore';
import { dismissKey, type CoachSession } from './session';
import type { SettingsGate } from './settings-gate';

export function startDismiss(session: CoachSession, storage: CoachStorage, gate: SettingsGate): Pick<CoachActions, 'dismiss' | 'ignore'> {
  const { store } = session;
  return {
    dismiss(finding: Finding) {
      const draft = session.draft;
      if (!draft || draft.analysedText === null) return;
      draft.dismissed.add(dismissKey(finding));
      draft.dismissedCount += 1;
      session.emit('shown', draft);
      store.set({ findings: session.visibleFindings(draft), card: null, status: 'Dismissed for this reply.' });
    },
    ignore(finding: Finding, everywhere: boolean) {
      if (session.draft) session.draft.dismissedCount += 1;
      void ignoreForAgent(storage.ignoredPhrases.add, finding.text.trim(), everywhere ? 'everywhere' : { site: session.site }).then(({ lists, status }) => {
        if (session.signal.aborted) return;
        if (lists) gate.useIgnored(lists);
        store.set({ card: null, status });
        session.emit('recheck', 0);
      });
    },
  };
}
