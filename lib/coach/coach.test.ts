// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoachView } from '../card/store';
import { createCoach, DEBOUNCE_MS } from './coach';
import { fakeChecker, fakeStorage, fakeUi, installResizeObserver, type FakeChecker, type FakeStorage } from './testing/fakes';

let controller: AbortController;
let checker: FakeChecker;
let storage: FakeStorage;

beforeEach(() => {
  vi.useFakeTimers();
  installResizeObserver();
  document.body.innerHTML = '<textarea id="reply"></textarea>';
  controller = new AbortController();
  checker = fakeChecker();
  storage = fakeStorage();
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const start = () => createCoach(document, controller.signal, { checker, storage, mountUi: (doc) => fakeUi(doc) });

describe('the coach, put together', () => {
  it('coaches the focused reply box: checks after typing pauses and underlines on the mirror', async () => {
    const coach = start();
    const views: CoachView[] = [];
    coach.onView((view) => views.push(view));
    const field = document.querySelector('textarea')!;
    field.focus();
    expect(coach.root).toBe(field);
    field.value = 'You need to restart it.';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(views.at(-1)).toMatchObject({ visible: true, checking: false });
    expect(views.at(-1)!.findings.map((f) => f.text)).toEqual(['You need to']);
    const host = document.querySelector('rapport-coach')!;
    expect(host.getAttribute('data-rapport-highlights')).toBe('1');
    expect(host.shadowRoot!.querySelector('[data-rapport="mirror-mark"]')?.textContent).toBe('You need to');
    expect(coach.snapshot()!.findings).toHaveLength(1);
  });

  it('leaves nothing behind when the page aborts: no timer, no storage watcher, no UI, no more checks', async () => {
    const coach = start();
    const field = document.querySelector('textarea')!;
    field.focus();
    field.value = 'You need to restart it.';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    field.value = 'Per our policy.';
    field.dispatchEvent(new Event('input', { bubbles: true })); // A check is pending.
    storage.pauseItem.set(Date.now() + 60_000); // The resume timer runs.
    storage.pauseItem.set(null);
    controller.abort();
    expect(vi.getTimerCount()).toBe(0);
    expect(storage.watching()).toBe(0);
    expect(document.querySelector('rapport-coach')).toBeNull();
    expect(coach.root).toBeNull();
    const calls = checker.calls.length;
    checker.changeRules();
    field.value = 'You need to again.';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 4);
    expect(checker.calls).toHaveLength(calls);
  });
});
