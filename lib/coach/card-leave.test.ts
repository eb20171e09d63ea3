// @vitest-environment happy-dom
// Dismiss and "Don't flag this again" end the card: the focus goes back to the draft where the caret was, as Escape
// does. Before session 43 the button they removed took the focus with it (to the page's body), so a keyboard agent had
// to find the reply box again after every Dismiss.
import { act, fireEvent, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCoach, DEBOUNCE_MS } from './coach';
import { fakeChecker, fakeStorage, installResizeObserver } from './testing/fakes';

// jsdom cannot make a trusted event; the browser marks the agent's own keys and clicks so (trusted.ts).
vi.mock('./trusted', async (original) => ({
  ...(await original<typeof import('./trusted')>()),
  isAgentEvent: () => true,
  agentOnly: <E>(handler: (event: E) => void) => handler,
}));

const DRAFT = 'You need to restart it. Per our policy, no.';
let controller: AbortController;
let field: HTMLTextAreaElement;

beforeEach(async () => {
  vi.useFakeTimers();
  installResizeObserver();
  document.body.innerHTML = '<textarea id="reply"></textarea>';
  controller = new AbortController();
  // The real in-page UI (lib/card/mount.ts), so the card's own buttons take the focus as in a browser.
  createCoach(document, controller.signal, { checker: fakeChecker(), storage: fakeStorage() });
  field = document.querySelector('textarea')!;
  field.focus();
  field.value = DRAFT;
  fireEvent.input(field);
  await act(() => vi.advanceTimersByTimeAsync(DEBOUNCE_MS));
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const ui = () => within(document.querySelector('rapport-coach')!.shadowRoot! as unknown as HTMLElement);
const card = () => document.querySelector('rapport-coach')!.shadowRoot!.querySelector('[data-rapport="card"]');

/** Alt+Shift+R with the caret at `caret`: the card of the finding there, its first button focused. */
async function openCardFromKeyboard(caret: number): Promise<void> {
  field.setSelectionRange(caret, caret);
  fireEvent.keyDown(field, { key: 'R', code: 'KeyR', altKey: true, shiftKey: true });
  await act(() => vi.advanceTimersByTimeAsync(0));
  expect(card()).not.toBeNull();
  expect(document.activeElement?.localName).toBe('rapport-coach');
}

describe('a choice that ends the card gives the focus back to the draft', () => {
  it('Dismiss: the card closes, the focus is in the reply box at the same caret', async () => {
    await openCardFromKeyboard(4);
    const dismiss = ui().getByRole('button', { name: 'Dismiss' });
    dismiss.focus();
    await act(async () => fireEvent.click(dismiss));
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([4, 4]);
  });

  it('"Don\'t flag this again here": the focus goes back to the reply box at the same caret', async () => {
    await openCardFromKeyboard(DRAFT.indexOf('policy'));
    const ignore = ui().getByRole('button', { name: /Don’t flag this again/ });
    ignore.focus();
    await act(async () => fireEvent.click(ignore));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(field);
    expect(field.selectionStart).toBe(DRAFT.indexOf('policy'));
  });
});
