// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compositionTracker, isInputMethodKey, KEY_AFTER_COMPOSITION_MS, NO_COMPOSITION } from './input-method-key';

/** A keydown at a given timeStamp (jsdom stamps events itself; the rule reads only `timeStamp`). */
function keyAt(init: KeyboardEventInit, timeStamp: number): KeyboardEvent {
  const event = new KeyboardEvent('keydown', init);
  Object.defineProperty(event, 'timeStamp', { value: timeStamp });
  return event;
}
const endedAt = (timeStamp: number) => {
  const event = new CompositionEvent('compositionend', { data: '' });
  Object.defineProperty(event, 'timeStamp', { value: timeStamp });
  return event;
};

describe('is this key the input method\'s', () => {
  it('says yes for a key the event marks as composing, and no for a plain key', () => {
    expect(isInputMethodKey(keyAt({ key: 'Enter', isComposing: true }, 10), NO_COMPOSITION)).toBe(true);
    expect(isInputMethodKey(keyAt({ key: 'Enter' }, 10), NO_COMPOSITION)).toBe(false);
    expect(isInputMethodKey(keyAt({ key: 'Escape', keyCode: 27 }, 10), { composing: true, compositionEndedAt: 0 })).toBe(false);
  });

  // Chrome on Android (Gboard, Samsung Keyboard) sends keyCode 229 for every keydown, isComposing false outside a composition.
  it('counts keyCode 229 only while a composition is open, or just after one ended (Safari\'s key that ended it)', () => {
    for (const key of ['Unidentified', 'Escape', 'Enter', 'ArrowDown']) {
      const android = (at: number) => keyAt({ key, keyCode: 229 }, at);
      expect(isInputMethodKey(android(1000), NO_COMPOSITION), `${key}, no composition`).toBe(false);
      expect(isInputMethodKey(android(1000), { composing: true, compositionEndedAt: Number.NEGATIVE_INFINITY }), `${key}, open`).toBe(true);
      expect(isInputMethodKey(android(1000), { composing: false, compositionEndedAt: 1000 - KEY_AFTER_COMPOSITION_MS + 1 }), `${key}, just ended`).toBe(true);
      expect(isInputMethodKey(android(1000), { composing: false, compositionEndedAt: 1000 - KEY_AFTER_COMPOSITION_MS }), `${key}, ended a while ago`).toBe(false);
      // A key stamped before the composition ended (another clock, a stale event) is not the one that ended it.
      expect(isInputMethodKey(android(1000), { composing: false, compositionEndedAt: 1050 }), `${key}, before the end`).toBe(false);
    }
  });

  it('follows the compositions of an element of its own with a tracker', () => {
    const tracker = compositionTracker();
    const android = (at: number) => keyAt({ key: 'Enter', keyCode: 229 }, at);
    expect(isInputMethodKey(android(500), tracker)).toBe(false);
    tracker.start();
    expect(isInputMethodKey(android(600), tracker)).toBe(true);
    tracker.end(endedAt(700));
    expect(tracker.composing).toBe(false);
    expect(isInputMethodKey(android(710), tracker)).toBe(true);
    expect(isInputMethodKey(android(700 + KEY_AFTER_COMPOSITION_MS), tracker)).toBe(false);
  });
});
