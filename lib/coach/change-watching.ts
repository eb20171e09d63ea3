/**
 * Notices every change to the draft's text, whatever made it: typing and paste (input events), the
 * editor's own undo and redo, a macro or another extension writing into the editor (a MutationObserver
 * on the editable: text, nodes, subtree), and for form fields a script setting `.value`, which fires
 * nothing (a bounded poll of the value while the page is visible). A mutation only restarts the
 * debounce (never past its maximum wait, MAX_WAIT_MS, so churn cannot starve the check); the scheduler then reads the text once and checks it only if it differs from the text last
 * checked, so DOM churn that leaves the text alone (selection, the editor's own decorations) costs one
 * read per pause and no check. Rapport's own painting never changes the editor's DOM (CSS highlights;
 * the field mirror lives in Rapport's shadow root).
 */
import { DEBOUNCE_MS } from './analysis-scheduler';
import type { CoachSession, Draft } from './session';

/** How often a form field's value is compared while the page is visible (one string comparison). */
export const VALUE_POLL_MS = 250;

export function startChangeWatching(session: CoachSession): void {
  const { win, doc, store } = session;

  /** The agent typed, pasted or dropped (or the page fired input): the text changed. */
  const typed = (draft: Draft) => {
    // The reply just sent was cleared: what comes next is a new draft, even when typing starts
    // before the debounced check would have noticed the empty box (it would not be counted otherwise).
    if (draft.recorded && readText(draft)?.trim() === '') {
      draft.recorded = false;
      draft.result = null;
      draft.applied = 0;
      draft.dismissedCount = 0;
      draft.dismissed.clear();
      draft.authorship.reset();
    }
    // A field's value is cheap to read: the poll then only notices what no event announced.
    if (draft.adapter.overlay) draft.seenText = readText(draft);
    draft.edited = true;
    if (!store.get().checking) store.set({ checking: true });
    changed(draft);
  };

  const changed = (draft: Draft) => {
    if (draft.signal.aborted) return;
    draft.lastInputAt = win.performance.now();
    session.emit('changed', DEBOUNCE_MS);
  };

  session.on('attached', (draft) => {
    const { root, signal } = draft;
    root.addEventListener('input', () => typed(draft), { signal, passive: true });
    // Read nothing here: the scheduler reads the text once, after the debounce, and compares it.
    const observer = new MutationObserver(() => changed(draft));
    observer.observe(root, { characterData: true, childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect());
    if (draft.adapter.overlay) watchFieldValue(draft);
  });

  /** A form field's value set by script fires no event: compare it on a timer, paused while the page is hidden. */
  function watchFieldValue(draft: Draft) {
    let timer: number | undefined;
    const check = () => {
      const text = readText(draft);
      if (text === null || text === draft.seenText) return;
      draft.seenText = text;
      typed(draft);
    };
    const schedule = () => {
      win.clearInterval(timer);
      timer = doc.visibilityState === 'hidden' || draft.signal.aborted ? undefined : win.setInterval(check, VALUE_POLL_MS);
    };
    doc.addEventListener('visibilitychange', schedule, { signal: draft.signal });
    draft.root.addEventListener('focus', check, { signal: draft.signal });
    draft.signal.addEventListener('abort', () => win.clearInterval(timer));
    schedule();
  }
}

function readText(draft: Draft): string | null {
  try {
    return draft.adapter.readText(draft.root);
  } catch {
    return null; // The scheduled check says the draft could not be read.
  }
}
