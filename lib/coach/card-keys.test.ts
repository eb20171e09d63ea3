// @vitest-environment happy-dom
// The card's keys from the draft (Alt+Shift+R, Escape) as Android's keyboards send them: keyCode 229 on every keydown,
// composing or not (Chrome on Android, Gboard and Samsung Keyboard). Only a composition open in the draft makes 229 an
// input method's key (composition.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startAnalysisScheduler } from './analysis-scheduler';
import { startCard, type CardControls } from './card';
import { startComposition } from './composition';
import type { Painting } from './painting';
import { useHarness, type Harness } from './testing/harness';

// jsdom cannot make a trusted event; the browser marks the agent's own keys so (trusted.ts).
vi.mock('./trusted', async (original) => ({ ...(await original<typeof import('./trusted')>()), isAgentEvent: () => true }));

let h: Harness;
let card: CardControls;
const view = () => h.session.store.get();
const noUnderlines: Painting = { findingAt: () => null, targetOf: () => null };

const current = useHarness('You need to go. Per our policy, no.', (started) => {
  startAnalysisScheduler(started.session, started.checker, started.gate);
  startComposition(started.session);
  card = startCard(started.session, noUnderlines);
});
beforeEach(() => {
  h = current();
  h.field.focus();
});

/** The card of the draft's first finding, opened by the pointer (focus stays in the draft). */
const openCard = () => card.openCard(view().findings[0]!, new DOMRect(10, 10, 50, 10), false);

/** A keydown as Chrome on Android sends it: keyCode 229, `isComposing` false outside a composition. */
const androidKey = (key: string, init: KeyboardEventInit = {}) =>
  h.field.dispatchEvent(new KeyboardEvent('keydown', { key, keyCode: 229, bubbles: true, cancelable: true, ...init }));

describe('the card\'s keys from an Android keyboard (keyCode 229 on every key)', () => {
  it('Alt+Shift+R opens the list and Escape closes the card when no composition is open', () => {
    androidKey('R', { code: 'KeyR', altKey: true, shiftKey: true });
    expect(view().panelOpen).toBe(true);
    openCard();
    androidKey('Escape', { code: 'Escape' });
    expect(view().card).toBeNull();
  });

  it('leaves them to the input method while a composition is open in the draft, and takes them again once it ends', () => {
    h.field.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    openCard();
    androidKey('Escape', { code: 'Escape' }); // cancels the word being made, not the card
    androidKey('R', { code: 'KeyR', altKey: true, shiftKey: true });
    expect(view().card).not.toBeNull();
    expect(view().panelOpen).toBe(false);
    expect(h.session.draft!.composing).toBe(true); // a 229 key while composing is the input method's: no lost compositionend assumed
    h.field.dispatchEvent(new CompositionEvent('compositionend', { data: 'すみません' }));
    vi.advanceTimersByTime(1000); // the agent's next key, a moment later
    androidKey('Escape', { code: 'Escape' });
    expect(view().card).toBeNull();
  });

  // Safari (desktop and iOS, Japanese or Chinese input) sends the keydown of the Escape that cancels a conversion, or the
  // Enter that commits it, right after compositionend, as keyCode 229 with isComposing false.
  it('leaves Safari\'s key that ended the composition to the input method', () => {
    openCard();
    h.field.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    h.field.dispatchEvent(new CompositionEvent('compositionend', { data: '' }));
    androidKey('Escape', { code: 'Escape' });
    expect(view().card).not.toBeNull();
    vi.advanceTimersByTime(1000);
    androidKey('Escape', { code: 'Escape' });
    expect(view().card).toBeNull();
  });

  it('leaves a key the event itself marks as composing to the input method', () => {
    openCard();
    androidKey('Escape', { code: 'Escape', isComposing: true });
    expect(view().card).not.toBeNull();
  });
});
