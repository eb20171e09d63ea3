/**
 * Apply: writes a rewording into the draft through the editor itself (so its model and undo stack
 * follow), then checks the draft again. A suggestion made for an older text is never written blindly
 * and never silently dropped: the draft is checked first, and the rewording goes in only if the same
 * finding (rule, flagged words, rewording) is still there; otherwise the status line says why not.
 *
 * The status after an Apply follows the draft: each time the coach has checked a changed text, it says "Undone." when
 * the draft is back to what it was before the Apply (the editor's own Ctrl+Z), "Applied…" again when it is back to what
 * the Apply wrote (a redo), and nothing once the draft is neither (the agent typed on). A status another feature set
 * since (a dismissal) is left alone.
 */
import type { FillInTemplate, Finding } from '../engine/types';
import { fillTemplate } from '../engine/template-fill';
import type { AnalysisScheduler } from './analysis-scheduler';
import type { CoachSession, Draft } from './session';

export type ApplyResult = 'applied' | 'gone' | 'refused';

const APPLIED_STATUS = 'Applied. Ctrl+Z undoes it.';
const UNDONE_STATUS = 'Undone.';
/** An input method is composing in the draft (composition.ts): writing there would break the word being made. */
const COMPOSING_STATUS = 'Finish the word you are typing first (your input method is still composing it); nothing was changed.';
const NOT_ACCEPTED_STATUS = 'This editor did not accept the change; nothing was modified.';
/** An Apply the editor kept only part of, left in the draft: taking it back would have undone the agent's own typing. */
const NOT_TAKEN_BACK_STATUS = 'This editor did not take the whole change, and Rapport stopped undoing it rather than touch your typing: check the reply (Ctrl+Z and Ctrl+Y step through it).';

/**
 * The draft's text before its last Apply and as the editor holds it right after (read from the editor once it accepted
 * the change, not from the check that follows: the agent's next keystroke may supersede that check, and its text would
 * be the agent's), and the text the coach saw last (the status changes only when the text does: reopening the list
 * clears it for good).
 */
interface LastApply {
  before: string;
  after: string;
  seen: string | null;
}

/** A no-break space read as a space, edges trimmed: an editor's undo may give the text back with either. */
const comparable = (text: string) => text.replace(/\u00a0/g, ' ').trim();

export interface ApplyFeature {
  apply(finding: Finding, suggestion: number): Promise<ApplyResult>;
  /** Inserts fill-in template `template` with the agent's `values` in its gaps, by the same path as apply. */
  fill(finding: Finding, template: number, values: readonly string[]): Promise<ApplyResult>;
}

/** The same fill-in template in a newer analysis: same rule, same words, same template; nearest first. */
function sameTemplate(findings: readonly Finding[], old: Finding, source: string): { finding: Finding; template: FillInTemplate } | undefined {
  let best: { finding: Finding; template: FillInTemplate } | undefined;
  for (const f of findings) {
    const template = f.ruleId === old.ruleId && f.text === old.text ? f.templates?.find((t) => t.source === source) : undefined;
    if (template && (!best || Math.abs(f.start - old.start) < Math.abs(best.finding.start - old.start))) best = { finding: f, template };
  }
  return best;
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
  const lastApply = new WeakMap<Draft, LastApply>();

  session.on('shown', (draft) => {
    const last = lastApply.get(draft);
    // A check that failed says nothing of the text.
    if (!last || draft.analysedText === null) return;
    const { status } = store.get();
    if (status !== APPLIED_STATUS && status !== UNDONE_STATUS && status !== '') {
      lastApply.delete(draft); // Another feature spoke since: the Apply is no longer the news.
      return;
    }
    const text = comparable(draft.analysedText);
    if (text === last.seen) return;
    last.seen = text;
    const next = text === last.before ? UNDONE_STATUS : text === last.after ? APPLIED_STATUS : '';
    if (next !== status) store.set({ status: next });
  });

  const readText = (draft: Draft): string | null => {
    try {
      return draft.adapter.readText(draft.root);
    } catch {
      return null;
    }
  };

  /**
   * Writes `replacement` over `span` (as analysed; or, when the draft changed since, where `again` finds the same one in a
   * fresh analysis when the draft changed since): one editor edit, so one undo step.
   */
  async function write(finding: Finding, replacement: string, again: (findings: readonly Finding[]) => { start: number; end: number } | undefined, span: { start: number; end: number }): Promise<ApplyResult> {
    const draft = session.draft;
    if (!draft) {
      store.set({ status: 'There is no reply box to change here any more.' });
      return 'refused';
    }
    if (draft.composing) {
      store.set({ status: COMPOSING_STATUS });
      return 'refused';
    }
    let target = span;
    if (readText(draft) !== draft.analysedText) {
      // The draft changed since this suggestion was made (typing, undo, a macro): check it again first.
      store.set({ status: 'The reply changed; checking it again.' });
      await scheduler.checkNow();
      if (session.draft !== draft) return 'refused';
      const found = readText(draft) === draft.analysedText ? again(session.visibleFindings(draft)) : undefined;
      if (!found) {
        store.set({ card: null, status: `That suggestion no longer fits: ${quoted(finding.text.trim())} is not in the reply as it was. The list shows what applies now.` });
        return 'gone';
      }
      target = found;
      if (draft.composing) {
        store.set({ status: COMPOSING_STATUS });
        return 'refused';
      }
    }
    store.set({ card: null });
    lastApply.delete(draft);
    const before = readText(draft);
    const ok = await draft.adapter.replace(draft.root, target.start, target.end, replacement);
    if (session.draft !== draft) return 'refused';
    // The applied text as the editor keeps it (replace() returns once the editor's own re-render kept it): the redo that
    // brings it back says "Applied". An Apply the editor did not keep whole is taken back, unless that would undo the
    // agent's own typing (lib/editors/take-back.ts): the draft then holds part of it, and the status must not say
    // "nothing was modified".
    const now = readText(draft);
    const after = ok ? now : null;
    const untouched = before === null || now === null || comparable(before) === comparable(now);
    store.set({ status: ok ? APPLIED_STATUS : untouched ? NOT_ACCEPTED_STATUS : NOT_TAKEN_BACK_STATUS });
    if (before !== null && after !== null) lastApply.set(draft, { before: comparable(before), after: comparable(after), seen: comparable(after) });
    if (ok) draft.applied += 1;
    draft.lastInputAt = win.performance.now();
    await scheduler.checkNow();
    return ok ? 'applied' : 'refused';
  }

  return {
    async apply(finding, index) {
      const replacement = finding.suggestions[index];
      if (!session.draft || replacement === undefined) {
        store.set({ status: 'There is no reply box to change here any more.' });
        return 'refused';
      }
      return write(finding, replacement, (findings) => sameFinding(findings, finding, replacement), finding);
    },
    async fill(finding, index, values) {
      const template = finding.templates?.[index];
      const filled = template ? fillTemplate(template, values) : null;
      if (!session.draft || !template || filled === null) {
        store.set({ status: template ? 'Fill in every gap before inserting.' : 'There is no reply box to change here any more.' });
        return 'refused';
      }
      // Re-found after a change, the same template is filled with the same words at its new place.
      return write(finding, filled, (findings) => sameTemplate(findings, finding, template.source)?.template, template);
    },
  };
}
