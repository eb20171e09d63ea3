/**
 * An input method's composition (Japanese, Chinese or Korean input; Android keyboards that compose every word): from
 * `compositionstart` to `compositionend` the text around the caret is the input method's, not yet the agent's. While it
 * is open the coach leaves the draft alone: no check and no repaint of the half-made word (the scheduler holds its
 * check back), no Apply and no take-back (either would write into the editor under the input method, and an undo there
 * takes the composition with it), and the card's keys ignore the keys the input method is using (Enter picks a
 * conversion, Escape cancels it, arrows move among candidates; input-method-key.ts says which keys). Once the composition ends, the draft is checked once,
 * a debounce later, as after any typing.
 */
import { DEBOUNCE_MS } from './debounce';
import { isInputMethodKey } from './input-method-key';
import type { CoachSession, Draft } from './session';

export function startComposition(session: CoachSession): void {
  const end = (draft: Draft) => {
    if (!draft.composing) return;
    draft.composing = false;
    // The word went in (or was cancelled): the check held back while it was being made catches up now, once.
    session.emit('changed', DEBOUNCE_MS);
  };

  session.on('attached', (draft) => {
    const { root, signal } = draft;
    const on = { capture: true, passive: true, signal };
    root.addEventListener('compositionstart', () => (draft.composing = true), on);
    root.addEventListener('compositionend', (event) => {
      draft.compositionEndedAt = event.timeStamp;
      end(draft);
    }, on);
    // An editor that starts a composition before the coach attached (focus came with the first composed key) says so
    // only on its input events.
    root.addEventListener('input', (event) => {
      if ((event as InputEvent).isComposing) draft.composing = true;
    }, on);
    // A compositionend the coach never sees (a page that stops it before it reaches the editor, the composing node swapped
    // by the editor) must not hold the check back for the draft's life: a key no input method is using, or focus leaving
    // the editor (blur commits a composition in every browser), says the composition is over.
    root.addEventListener('keydown', (event) => {
      if (!isInputMethodKey(event, draft)) end(draft);
    }, on);
    root.addEventListener('focusout', (event) => {
      const next = (event as FocusEvent).relatedTarget;
      if (!(next instanceof Node && root.contains(next))) end(draft);
    }, on);
    // A composition the agent leaves by moving on ends with the draft.
    signal.addEventListener('abort', () => (draft.composing = false));
  });
}
