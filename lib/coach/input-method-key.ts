/**
 * The one rule for "is this key the input method's?" (Japanese, Chinese or Korean input; Android keyboards), shared by
 * the draft's keys (lib/coach) and the card's and list's own (lib/card), so both read a key the same way.
 *
 * The event's `isComposing` says so while a composition is open. `keyCode` 229 is how Chromium and Safari mark an input
 * method's keydowns, but Android keyboards (Gboard, Samsung Keyboard) send 229 for every keydown, composing or not: it
 * counts only while a composition is open where the key was pressed, or just after one ended there (Safari sends the
 * keydown of the Enter that commits a word, or the Escape that cancels it, right after compositionend, marked 229 alone).
 */
import type { KeyboardEvent as ReactKeyboardEvent, SyntheticEvent } from 'react';

/** The compositions seen where a key is pressed: one open now, and when the last one ended (an event timeStamp). */
export interface CompositionState {
  composing: boolean;
  compositionEndedAt: number;
}

/** How long after a compositionend Safari's keydown of the key that ended it (Enter, Escape, keyCode 229) can come. */
export const KEY_AFTER_COMPOSITION_MS = 100;

/** No composition seen yet. */
export const NO_COMPOSITION: CompositionState = Object.freeze({ composing: false, compositionEndedAt: Number.NEGATIVE_INFINITY });

const nativeOf = <T extends Event>(event: T | SyntheticEvent<Element, T>): T => ('nativeEvent' in event ? event.nativeEvent : event);

/** Whether `event` is a key the input method is using, given the compositions seen where it was pressed. */
export function isInputMethodKey(event: KeyboardEvent | ReactKeyboardEvent, compositions: CompositionState): boolean {
  const native = nativeOf<KeyboardEvent>(event);
  if (native.isComposing) return true;
  if (native.keyCode !== 229) return false;
  const sinceEnd = native.timeStamp - compositions.compositionEndedAt;
  return compositions.composing || (sinceEnd >= 0 && sinceEnd < KEY_AFTER_COMPOSITION_MS);
}

/**
 * Follows the compositions in an element of Rapport's own (the card, a fill-in's gaps, the list): hand its `start` and
 * `end` the element's compositionstart and compositionend (React's or the DOM's), and the tracker to `isInputMethodKey`.
 */
export interface CompositionTracker extends CompositionState {
  start(): void;
  end(event: CompositionEvent | SyntheticEvent<Element, CompositionEvent>): void;
}

export function compositionTracker(): CompositionTracker {
  const tracker: CompositionTracker = {
    ...NO_COMPOSITION,
    start() {
      tracker.composing = true;
    },
    end(event) {
      tracker.composing = false;
      tracker.compositionEndedAt = nativeOf<CompositionEvent>(event).timeStamp;
    },
  };
  return tracker;
}
