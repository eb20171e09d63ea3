// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { DEBOUNCE_MS, startAnalysisScheduler } from './analysis-scheduler';
import { startApply, type ApplyFeature } from './apply';
import { startChangeWatching } from './change-watching';
import { startComposition } from './composition';
import { useFreshHarness } from './testing/harness';

let applying: ApplyFeature;
const current = useFreshHarness((h) => {
  const scheduler = startAnalysisScheduler(h.session, h.checker, h.gate);
  startChangeWatching(h.session);
  startComposition(h.session);
  applying = startApply(h.session, scheduler);
});

/** The agent types through an input method: the composition opens, its text goes in with input events, it ends. */
function compose(field: HTMLTextAreaElement, steps: readonly string[], commit: boolean) {
  const base = field.value;
  field.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
  for (const step of steps) {
    field.value = base + step;
    field.dispatchEvent(new InputEvent('input', { data: step, isComposing: true, inputType: 'insertCompositionText' }));
  }
  if (commit) field.dispatchEvent(new CompositionEvent('compositionend', { data: steps.at(-1) ?? '' }));
}

describe('an input method composing in the draft', () => {
  it('holds the check while the composition is open and checks once when it ends', async () => {
    const h = current();
    h.field.value = 'Hello. You need to restart it.';
    h.attach();
    await vi.advanceTimersByTimeAsync(0);
    const texts = () => h.checker.calls.map((c) => c.text);
    expect(texts()).toEqual(['Hello. You need to restart it.']);

    compose(h.field, [' ｓ', ' す', ' すみ', ' すみません'], false);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 10);
    expect(texts()).toEqual(['Hello. You need to restart it.']); // nothing checked, nothing repainted
    expect(h.session.draft!.composing).toBe(true);

    h.field.dispatchEvent(new CompositionEvent('compositionend', { data: ' すみません' }));
    // Chromium's last input event comes before compositionend, Firefox's after it: either way one check.
    h.field.dispatchEvent(new InputEvent('input', { data: ' すみません', inputType: 'insertCompositionText' }));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 10);
    expect(texts()).toEqual(['Hello. You need to restart it.', 'Hello. You need to restart it. すみません']);
    expect(h.session.draft!.composing).toBe(false);
  });

  it('refuses Apply while the composition is open, says why, and leaves the draft as it is', async () => {
    const h = current();
    h.field.value = 'Hello. You need to restart it.';
    h.attach();
    await vi.advanceTimersByTimeAsync(0);
    const finding = h.session.store.get().findings[0]!;
    compose(h.field, [' す'], false);
    expect(await applying.apply(finding, 0)).toBe('refused');
    expect(h.field.value).toBe('Hello. You need to restart it. す');
    expect(h.session.store.get().status).toMatch(/^Finish the word you are typing first/);
    // Once it ends, Apply goes through as on any changed draft: checked again, then written.
    h.field.dispatchEvent(new CompositionEvent('compositionend', { data: ' す' }));
    expect(await applying.apply(finding, 0)).toBe('applied');
    expect(h.field.value).toBe('Hello. Could you restart it. す');
  });

  it('a composition the agent cancels (Escape) still gets its one catch-up check', async () => {
    const h = current();
    h.field.value = 'Thanks for waiting.';
    h.attach();
    await vi.advanceTimersByTimeAsync(0);
    compose(h.field, [' に'], false);
    h.field.value = 'Thanks for waiting.';
    h.field.dispatchEvent(new CompositionEvent('compositionend', { data: '' }));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 10);
    expect(h.checker.calls.map((c) => c.text)).toEqual(['Thanks for waiting.']); // the text is the one checked: no new check
    expect(h.session.draft!.composing).toBe(false);
  });

  it.each([
    ['a key the input method is not using', (field: HTMLTextAreaElement) => field.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }))],
    ['focus leaving the editor', (field: HTMLTextAreaElement) => field.dispatchEvent(new FocusEvent('focusout', { bubbles: true }))],
  ])('lets the check go after a lost compositionend, on %s', async (_what, after) => {
    const h = current();
    h.field.value = 'Thanks for waiting.';
    h.attach();
    await vi.advanceTimersByTimeAsync(0);
    compose(h.field, [' ありがとう'], false); // its compositionend never reaches the coach
    h.field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true }));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 10);
    expect(h.session.draft!.composing).toBe(true);
    after(h.field);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 10);
    expect(h.session.draft!.composing).toBe(false);
    expect(h.checker.calls.map((c) => c.text)).toEqual(['Thanks for waiting.', 'Thanks for waiting. ありがとう']);
  });
});
