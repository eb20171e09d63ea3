/**
 * Fakes for the coach's unit tests (jsdom): a DraftChecker that flags fixed phrases, storage in memory
 * with working watchers, a UI host that is a plain element, an editor adapter over a textarea whose
 * Apply writes the value as an editor would, and a session with a chosen set of features.
 */
import { vi } from 'vitest';
import type { UiHost } from '../../card/mount';
import type { EditorAdapter } from '../../editors';
import type { Analysis, AnalyzeOptions, Finding } from '../../engine/types';
import type { Rule } from '../../rules/schema';
import { emptyIgnored, withIgnoredPhrase, type IgnoredPhrases } from '../../store-schema/ignored-list';
import type { HistoryResponse } from '../../messages/history';
import type { ReplyRecord } from '../../stats/types';
import { defaultSettings, type Settings } from '../../store-schema/settings';
import type { Channel } from '../../engine/channel';
import type { DraftChecker } from '../checker';
import type { CoachStorage, Watchable } from '../coach-storage';

/** The phrases the fake engine flags, and the rewording it offers for each. */
const FAKE_RULES: ReadonlyMap<string, string> = new Map([
  ['You need to', 'Could you'],
  ['Per our policy', 'Our policy is that'],
]);

export function findingsIn(text: string, ignored: readonly string[] = []): Finding[] {
  const findings: Finding[] = [];
  for (const [phrase, rewording] of FAKE_RULES) {
    if (ignored.includes(phrase.toLowerCase())) continue;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      findings.push({
        ruleId: `fake-${phrase.split(' ')[0]!.toLowerCase()}`,
        principle: 'respect',
        severity: 'warning',
        start: at,
        end: at + phrase.length,
        text: phrase,
        message: 'Fake rule.',
        suggestions: [rewording],
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

function analysisOf(findings: Finding[], warmth = 40): Analysis {
  return {
    findings,
    scores: { warmth, principles: { interaction: 0, empathy: 0, ownership: 0, respect: 0, positivity: 0, 'plain-language': 0, welcome: 0, 'follow-through': 0, urgency: 0 } },
    scoreExplanation: 'fake',
    language: { checked: true },
    mood: null,
    complete: true,
    structure: { channel: 'email', parts: [], skipped: [] },
  } as unknown as Analysis;
}

export interface FakeChecker extends DraftChecker {
  /** Every check asked for, in order. */
  readonly calls: { text: string; options: AnalyzeOptions; signal: AbortSignal }[];
  /** Checks of text containing this reject (a draft that cannot be checked). */
  failOn: string | null;
  /** When true, checks wait until `release()` (to supersede one with another). */
  hold: boolean;
  /** How many full checks from now run out of the engine's budget: each returns the findings before one more sentence. */
  budgetRunsOut: number;
  release(): void;
  changeRules(): void;
  warmUps: number;
}

export function fakeChecker(): FakeChecker {
  const listeners = new Set<() => void>();
  let waiting: (() => void)[] = [];
  const checker: FakeChecker = {
    calls: [],
    failOn: null,
    hold: false,
    budgetRunsOut: 0,
    warmUps: 0,
    release() {
      const now = waiting;
      waiting = [];
      for (const go of now) go();
    },
    changeRules() {
      for (const listener of [...listeners]) listener();
    },
    async check(text, options, signal) {
      checker.calls.push({ text, options, signal });
      if (checker.hold) await new Promise<void>((resolve) => waiting.push(resolve));
      if (signal.aborted) return null;
      if (checker.failOn && text.includes(checker.failOn)) throw new Error('fake engine failure');
      const found = findingsIn(text, options.ignored?.phrases);
      // A first look: only the finding nearest its offset, and the full check still to come.
      if (options.firstLook) {
        const at = options.firstLook.at;
        const nearest = found.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at)).slice(0, 1);
        return { ...analysisOf(nearest), complete: false };
      }
      // The real engine reads a box holding only the signature ("-- ⏎Sam") as a reply not yet written.
      if (text.trimStart().startsWith('-- ')) return { ...analysisOf([]), language: { checked: false, reason: 'empty' }, structure: { channel: 'email', parts: [], skipped: ['signature'] } } as Analysis;
      if (checker.budgetRunsOut > 0) {
        checker.budgetRunsOut -= 1;
        // As the engine resumes where it stopped: each round reaches one finding further.
        const reached = (checker.calls.filter((c) => c.text === text && !c.options.firstLook).length - 1) % Math.max(1, found.length);
        return { ...analysisOf(found.slice(0, reached)), complete: false };
      }
      return analysisOf(found);
    },
    rules: () => [] as Rule[],
    onRulesChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    warmUp() {
      checker.warmUps += 1;
    },
  };
  return checker;
}

/** One stored value with watchers, as lib/storage's items behave. */
export class FakeItem<T> implements Watchable<T> {
  private readonly watchers = new Set<(value: T) => void>();
  constructor(public value: T) {}
  get = async () => this.value;
  watch = (callback: (value: T) => void) => {
    this.watchers.add(callback);
    return () => this.watchers.delete(callback);
  };
  set(value: T): void {
    this.value = value;
    for (const watcher of [...this.watchers]) watcher(value);
  }
  get watching(): number {
    return this.watchers.size;
  }
}

export interface FakeStorage extends CoachStorage {
  settingsItem: FakeItem<Settings>;
  pauseItem: FakeItem<number | null>;
  channelItem: FakeItem<Channel | null>;
  ignoredItem: FakeItem<IgnoredPhrases>;
  records: ReplyRecord[];
  /** The background's answer to the next records. */
  answer: HistoryResponse;
  /** Watchers still registered on every item (0 after the coach's signal aborts). */
  watching(): number;
}

export function fakeStorage(settings: Settings = defaultSettings()): FakeStorage {
  const settingsItem = new FakeItem(settings);
  const pauseItem = new FakeItem<number | null>(null);
  const channelItem = new FakeItem<Channel | null>(null);
  const ignoredItem = new FakeItem<IgnoredPhrases>(emptyIgnored());
  const storage: FakeStorage = {
    settingsItem,
    pauseItem,
    channelItem,
    ignoredItem,
    records: [],
    answer: { ok: true } as HistoryResponse,
    settings: settingsItem,
    pausedUntil: pauseItem,
    channel: () => channelItem,
    ignoredPhrases: {
      get: ignoredItem.get,
      watch: ignoredItem.watch,
      async add(phrase, scope) {
        const outcome = withIgnoredPhrase(ignoredItem.value, phrase, scope);
        if (outcome.added) ignoredItem.set(outcome.list);
        return outcome;
      },
    },
    async recordReply(record) {
      if (storage.answer.ok) storage.records.push(record);
      return storage.answer;
    },
    watching: () => settingsItem.watching + pauseItem.watching + channelItem.watching + ignoredItem.watching,
  };
  return storage;
}

/** Rapport's host element without React: the features only need its element and mirror layer. */
export function fakeUi(doc: Document): UiHost {
  const host = doc.createElement('rapport-coach');
  const shadow = host.attachShadow({ mode: 'open' });
  const layer = doc.createElement('div');
  shadow.append(layer);
  doc.documentElement.append(host);
  return { host, shadow, layer, destroy: () => host.remove() };
}

/** A textarea "editor" whose Apply writes the value and fires input, as execCommand would. */
export const fakeFieldAdapter: EditorAdapter = {
  id: 'textarea',
  overlay: true,
  detect: (el) => el.tagName === 'TEXTAREA',
  root: (el) => el as HTMLElement,
  readText: (root) => (root as HTMLTextAreaElement).value,
  rangeOf: () => null,
  caretOffset: () => null,
  async replace(root, start, end, replacement) {
    const field = root as HTMLTextAreaElement;
    field.value = field.value.slice(0, start) + replacement + field.value.slice(end);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  },
};

/** jsdom has no ResizeObserver; the painting feature only needs it to exist. */
export function installResizeObserver(): void {
  if (typeof globalThis.ResizeObserver === 'function') return;
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
  );
}
