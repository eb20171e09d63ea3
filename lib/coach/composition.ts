/**
 * An input method's composition (Japanese, Chinese or Korean input; Android keyboards that compose every word): from
 * `compositionstart` to `compositionend` the text around the caret is the input method's, not yet the agent's. While it
 * is open the coach leaves the draft alone: no check and no repaint of the half-made word (the scheduler holds its
 * check back), no Apply and no take-back (either would write into the editor under the input method, and an undo there
 * takes the composition with it), and the card's keys ignore the keys the input method is using (Enter picks a
 * conversion, Escape cancels it, arrows move among candidates). Once the composition ends, the draft is checked once,
 * a debounce later, as after any typing.
 */
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { DEBOUNCE_MS } from './debounce';
import type { CoachSession, Draft } from './session';

/**
 * A key an input method is using. The event's `isComposing` says so while a composition is open. `keyCode` 229 is how
 * Chromium and Safari mark an input method's keydowns (Safari's Enter that commits a word comes after compositionend,
 * its `isComposing` false), but Android keyboards send 229 for every keydown, composing or not: it counts only while a
 * composition is open where the key was pressed (`composing`: the draft's `composing`, set from its composition events).
 * A caller that does not follow compositions there (the card's own gaps, lib/card) passes nothing, and 229 counts alone.
 */
export function isComposingKey(event: KeyboardEvent | ReactKeyboardEvent, composing?: boolean): boolean {
  const native = 'nativeEvent' in event ? event.nativeEvent : event;
  return native.isComposing || (native.keyCode === 229 && composing !== false);
}

/** How long after a compositionend Safari's keydown of the key that ended it (Enter, Escape, keyCode 229) can come. */
const KEY_AFTER_COMPOSITION_MS = 100;

/**
 * Whether a composition is open in the draft for this key, or has just ended on it: Safari sends the keydown of the
 * Enter that commits a word, or the Escape that cancels it, right after compositionend, marked 229 alone.
 */
export function composingFor(draft: Draft, event: Event): boolean {
  return draft.composing || (event.timeStamp >= draft.compositionEndedAt && event.timeStamp - draft.compositionEndedAt < KEY_AFTER_COMPOSITION_MS);
}

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
      if (!isComposingKey(event, draft.composing)) end(draft);
    }, on);
    root.addEventListener('focusout', (event) => {
      const next = (event as FocusEvent).relatedTarget;
      if (!(next instanceof Node && root.contains(next))) end(draft);
    }, on);
    // A composition the agent leaves by moving on ends with the draft.
    signal.addEventListener('abort', () => (draft.composing = false));
  });
}
