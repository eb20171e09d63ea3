// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEBOUNCE_MS, startAnalysisScheduler } from './analysis-scheduler';
import { startChangeWatching, VALUE_POLL_MS } from './change-watching';
import { fakeRichAdapter, harness, type Harness } from './testing/harness';

let h: Harness;
const texts = () => h.checker.calls.map((c) => c.text);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  h.controller.abort();
  vi.useRealTimers();
});

function start(html?: string) {
  h = harness(html);
  startAnalysisScheduler(h.session, h.checker, h.gate);
  startChangeWatching(h.session);
}

describe('change watching', () => {
  it('checks a form field whose value a script set (no event fired) within one poll and one debounce', async () => {
    start();
    h.attach();
    await vi.advanceTimersByTimeAsync(0);
    expect(texts()).toEqual([]);
    h.field.value = 'Macro text. You need to restart it.'; // A helpdesk macro: no input event.
    await vi.advanceTimersByTimeAsync(VALUE_POLL_MS + DEBOUNCE_MS);
    expect(texts()).toEqual(['Macro text. You need to restart it.']);
    expect(h.session.store.get().findings.map((f) => f.text)).toEqual(['You need to']);
  });

  it("checks a rich editor's text changed without an input event (its own undo), by its mutations", async () => {
    start('<div contenteditable="true" id="rich">You need to restart it.</div>');
    const rich = document.getElementById('rich')!;
    h.attach(rich, fakeRichAdapter);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.session.store.get().findings).toHaveLength(1);
    (rich.firstChild as Text).data = 'Could you restart it?';
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(texts().at(-1)).toBe('Could you restart it?');
    expect(h.session.store.get().findings).toEqual([]);
  });

  it('costs no check when the DOM changes but the text does not (selection, decorations)', async () => {
    start('<div contenteditable="true" id="rich">You need to restart it.</div>');
    const rich = document.getElementById('rich')!;
    h.attach(rich, fakeRichAdapter);
    await vi.advanceTimersByTimeAsync(0);
    const before = texts().length;
    rich.setAttribute('data-selected', 'yes');
    rich.replaceChildren(document.createTextNode('You need to restart it.'));
    rich.dispatchEvent(new Event('input'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2 + VALUE_POLL_MS);
    expect(texts()).toHaveLength(before);
  });

  it('checks a burst of typing once, after it pauses', async () => {
    start();
    h.attach();
    await vi.advanceTimersByTimeAsync(0);
    for (const text of ['Y', 'Yo', 'You', 'You need to go.']) {
      h.field.value = text;
      h.field.dispatchEvent(new Event('input'));
      await vi.advanceTimersByTimeAsync(DEBOUNCE_MS / 3);
    }
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(texts()).toEqual(['You need to go.']);
    expect(h.session.store.get().checking).toBe(false);
  });

  it('stops watching when the coach leaves the draft or the page: no timer, no observer', async () => {
    start();
    const draft = h.attach();
    await vi.advanceTimersByTimeAsync(0);
    h.session.detach();
    expect(draft.signal.aborted).toBe(true);
    h.field.value = 'You need to';
    await vi.advanceTimersByTimeAsync(VALUE_POLL_MS * 4);
    expect(texts()).toEqual([]);
    h.controller.abort();
    expect(vi.getTimerCount()).toBe(0);
  });
});
