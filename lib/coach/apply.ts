/**
 * Apply: writes a rewording into the draft through the editor itself (so its model and undo stack
 * follow), then checks the draft again. A suggestion made for an older text is never written blindly
 * and never silently dropped: the draft is checked first, and the rewording goes in only if the same
 * finding (rule, flagged words, rewording) is still there; otherwise the status line says why not.
 */
import type { Finding } from '../engine/types';
import type { AnalysisScheduler } from './analysis-scheduler';
import type { CoachSession, Draft } from './session';

export type ApplyResult = 'applied' | 'gone' | 'refused';

export interface ApplyFeature {
  apply(finding: Finding, suggestion: number): Promise<ApplyResult>;
}

const quoted = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

/** The same suggestion in a newer analysis: same rule, same words, same rewording offered; nearest first. */
export function sameFinding(findings: readonly Finding[], old: Finding, replacement: string): Finding | undefined {
  let best: Finding | undefined;
  for (const f of findings) {
    if (f.ruleId !== old.ruleId || f.text !== old.text || !f.suggestions.includes(replacement)) continue;
    if (!best || Math.abs(f.start - old.start) < Math.abs(best.start - old.start)) best = f;
  }
  return best;
}

export function startApply(session: CoachSession, scheduler: AnalysisScheduler): ApplyFeature {
  const { store, win } = session;

  const readText = (draft: Draft): string | null => {
    try {
      return draft.adapter.readText(draft.root);
    } catch {
      return null;
    }
  };

  return {
    async apply(finding, index) {
      const draft = session.draft;
      const replacement = finding.suggestions[index];
      if (!draft || replacement === undefined) {
        store.set({ status: 'There is no reply box to change here any more.' });
        return 'refused';
      }
      let target = finding;
      if (readText(draft) !== draft.analysedText) {
        // The draft changed since this suggestion was made (typing, undo, a macro): check it again first.
        store.set({ status: 'The reply changed; checking it again.' });
        await scheduler.checkNow();
        if (session.draft !== draft) return 'refused';
        const again = readText(draft) === draft.analysedText ? sameFinding(session.visibleFindings(draft), finding, replacement) : undefined;
        if (!again) {
          store.set({ card: null, status: `That suggestion no longer fits: ${quoted(finding.text)} is not in the reply as it was. The list shows what applies now.` });
          return 'gone';
        }
        target = again;
      }
      store.set({ card: null });
      const ok = await draft.adapter.replace(draft.root, target.start, target.end, replacement);
      if (session.draft !== draft) return 'refused';
      store.set({ status: ok ? 'Applied. Ctrl+Z undoes it.' : 'This editor did not accept the change; nothing was modified.' });
      if (ok) draft.applied += 1;
      draft.lastInputAt = win.performance.now();
      await scheduler.checkNow();
      return ok ? 'applied' : 'refused';
    },
  };
}
