/** A coach session on a jsdom page with fake engine, storage and UI, for the features' unit tests. */
import { afterEach, beforeEach, vi } from 'vitest';
import type { EditorAdapter } from '../../editors';
import { createSession, type CoachSession, type Draft } from '../session';
import { startSettingsGate, type SettingsGate } from '../settings-gate';
import { fakeChecker, fakeFieldAdapter, fakeStorage, fakeUi, type FakeChecker, type FakeStorage } from './fakes';

export interface Harness {
  controller: AbortController;
  checker: FakeChecker;
  storage: FakeStorage;
  session: CoachSession;
  gate: SettingsGate;
  field: HTMLTextAreaElement;
  /** Starts coaching `root` (the textarea by default) with `adapter`. */
  attach(root?: HTMLElement, adapter?: EditorAdapter): Draft;
}

export function harness(html = '<textarea id="reply"></textarea>'): Harness {
  document.body.innerHTML = html;
  for (const host of document.querySelectorAll('rapport-coach')) host.remove();
  const controller = new AbortController();
  const checker = fakeChecker();
  const storage = fakeStorage();
  const session = createSession(document, controller.signal, () => fakeUi(document));
  const gate = startSettingsGate(session, storage);
  const field = document.querySelector('textarea')!;
  return {
    controller,
    checker,
    storage,
    session,
    gate,
    field,
    attach: (root = field, adapter = fakeFieldAdapter) => session.attach({ adapter, root }),
  };
}

/** A contenteditable "editor" whose text is its textContent (enough for mutation tests). */
export const fakeRichAdapter: EditorAdapter = {
  ...fakeFieldAdapter,
  id: 'contenteditable',
  overlay: false,
  detect: (el) => (el as HTMLElement).isContentEditable,
  readText: (root) => root.textContent ?? '',
};

/**
 * For a test file: fake timers and a fresh harness before each test, once `setup` has started the
 * features under test; the page's signal aborts after each.
 */
export function useFreshHarness(setup: (h: Harness) => void, html?: string): () => Harness {
  let current: Harness;
  beforeEach(() => {
    vi.useFakeTimers();
    current = harness(html);
    setup(current);
  });
  afterEach(() => {
    current.controller.abort();
    vi.useRealTimers();
  });
  return () => current;
}

/** As {@link useFreshHarness}, with `draft` in the field, coached and checked once before each test. */
export function useHarness(draft: string, setup: (h: Harness) => void, html?: string): () => Harness {
  const current = useFreshHarness(setup, html);
  beforeEach(async () => {
    current().field.value = draft;
    current().attach();
    await vi.advanceTimersByTimeAsync(0);
  });
  return current;
}
