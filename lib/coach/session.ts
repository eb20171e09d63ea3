/**
 * The state the coach's features share: the page (document, window, abort signal, site), the view the
 * in-page UI renders, the draft being coached (at most one per document) and a small event bus the
 * features talk through, so none of them holds another's state. Every listener added here goes when
 * the page's signal aborts.
 */
import type { SkippedPartKind } from '../engine/structure/types';
import type { Analysis, Finding } from '../engine/types';
import type { EditorAdapter, EditorMatch } from '../editors';
import type { CustomerContext } from '../sites';
import { normalizePhrase } from '../engine/normalize-phrase';
import { siteOf } from '../store-schema/ignored-list';
import type { UiHost } from '../card/mount';
import { ViewStore } from '../card/store';
import { AgentGestures, DraftAuthorship } from './trusted';
import { surfaceFor, type UiSurface } from './surface';

/** One reply being written in one editor; its signal aborts when the coach leaves that editor. */
export interface Draft {
  readonly adapter: EditorAdapter;
  readonly root: HTMLElement;
  readonly signal: AbortSignal;
  /** The text the current findings refer to (null before the first check and after a failed one). */
  analysedText: string | null;
  /** The last text read (a form field's polled value is compared with it). */
  seenText: string | null;
  /** Everything the engine found (before dismissals). */
  found: Finding[];
  /** Dismissed for this draft, by rule and normalised phrase. */
  dismissed: Set<string>;
  /** The last full analysis (scores, mood, language) for the popup and the daily record. */
  result: Analysis | null;
  /**
   * The parts the engine itself read past in `result`, before the editor's left-out regions were added (left-out.ts):
   * what "what was checked" is rebuilt from when the agent deletes the signature or the quote and the text stays as it was.
   */
  engineSkipped: readonly SkippedPartKind[];
  customer: CustomerContext | null;
  /** Increments with every analysis the popup may act on. */
  version: number;
  /** `performance.now()` of the last change to the text (0 before any). */
  lastInputAt: number;
  /** For the daily summary: what happened while this reply was written, and whether it was counted. */
  edited: boolean;
  authorship: DraftAuthorship;
  applied: number;
  dismissedCount: number;
  recorded: boolean;
  /** An input method is composing in the editor (composition.ts): the draft is left alone until it ends. */
  composing: boolean;
  /** When the last composition ended (its compositionend's timeStamp), for Safari's key that comes after it (composition.ts). */
  compositionEndedAt: number;
}

/** What happened, for the features that care. */
export interface CoachEvents {
  /** The coach started coaching a draft. */
  attached: Draft;
  /** The coach left a draft (its signal has aborted). */
  detached: Draft;
  /** Check the current draft again after `delay` ms (0: now), even if its text is the one last checked (rules, settings). */
  recheck: number;
  /** The draft may have changed: check it after `delay` ms if its text differs from the one last checked. */
  changed: number;
  /** The draft's findings to show changed (a check, a failure, a dismissal): repaint. */
  shown: Draft;
  /** The draft was emptied; its last analysis is still on it (a cleared draft may be a sent reply). */
  cleared: Draft;
  /** The site switch, pause or reply-box selector changed. */
  gate: void;
}

type Listener<T> = (value: T) => void;

export interface CoachSession {
  readonly doc: Document;
  readonly win: Window & typeof globalThis;
  readonly signal: AbortSignal;
  /** The address that decides whether Rapport is on (the top page's for an editor in a frame). */
  readonly pageUrl: string;
  /** The hostname ignored phrases and the daily record are kept under. */
  readonly site: string;
  /** The page's hostname as it is (the popup's channel choice is kept under it). */
  readonly host: string;
  readonly store: ViewStore;
  /** Where the badge, list and card are drawn: this document, or the page around its frame (surface.ts). */
  readonly surface: UiSurface;
  readonly gestures: AgentGestures;
  readonly draft: Draft | null;
  /** Rapport's host element, mounted on first use. */
  ui(): UiHost;
  /** The host element if it is mounted (never mounts it). */
  readonly mountedUi: UiHost | null;
  attach(match: EditorMatch): Draft;
  detach(): void;
  on<K extends keyof CoachEvents>(type: K, listener: Listener<CoachEvents[K]>): void;
  emit<K extends keyof CoachEvents>(type: K, value: CoachEvents[K]): void;
  /** The findings the agent has not dismissed. */
  visibleFindings(draft: Draft): Finding[];
}

export const dismissKey = (f: Finding): string => `${f.ruleId}|${normalizePhrase(f.text)}`;

export function createSession(doc: Document, signal: AbortSignal, mount: (session: CoachSession) => UiHost): CoachSession {
  const win = doc.defaultView!;
  const pageUrl = siteUrl(win);
  const store = new ViewStore();
  const site = siteOf(pageUrl);
  store.set({ site });
  const listeners = new Map<keyof CoachEvents, Set<Listener<never>>>();
  let draft: Draft | null = null;
  let ui: UiHost | null = null;
  signal.addEventListener('abort', () => {
    session.detach();
    ui?.destroy();
    ui = null;
    listeners.clear();
  });

  const session: CoachSession = {
    doc,
    win,
    signal,
    pageUrl,
    site,
    host: hostOf(pageUrl),
    store,
    surface: surfaceFor(doc),
    gestures: new AgentGestures(doc, signal),
    get draft() {
      return draft;
    },
    ui: () => (ui ??= mount(session)),
    get mountedUi() {
      return ui;
    },
    attach(match) {
      if (draft?.root === match.root) return draft;
      session.detach();
      const controller = new AbortController();
      signal.addEventListener('abort', () => controller.abort(), { signal: controller.signal });
      draft = {
        adapter: match.adapter,
        root: match.root,
        signal: controller.signal,
        analysedText: null,
        seenText: null,
        found: [],
        dismissed: new Set(),
        result: null,
        engineSkipped: [],
        customer: null,
        version: 0,
        lastInputAt: 0,
        edited: false,
        authorship: new DraftAuthorship(match.root, session.gestures, controller.signal),
        applied: 0,
        dismissedCount: 0,
        recorded: false,
        composing: false,
        compositionEndedAt: Number.NEGATIVE_INFINITY,
      };
      abortDraft.set(draft, controller);
      session.ui();
      session.emit('attached', draft);
      return draft;
    },
    detach() {
      const d = draft;
      if (!d) return;
      draft = null;
      abortDraft.get(d)?.abort();
      store.set({ visible: false, panelOpen: false, card: null, findings: [], status: '' });
      session.emit('detached', d);
    },
    on(type, listener) {
      if (signal.aborted) return;
      let set = listeners.get(type);
      if (!set) listeners.set(type, (set = new Set()));
      set.add(listener as Listener<never>);
    },
    emit(type, value) {
      for (const listener of [...(listeners.get(type) ?? [])]) (listener as Listener<typeof value>)(value);
    },
    visibleFindings: (d) => d.found.filter((f) => !d.dismissed.has(dismissKey(f))),
  };
  return session;
}

const abortDraft = new WeakMap<Draft, AbortController>();

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * The address that decides whether Rapport is on: the page's own, or for an editor in an
 * about:srcdoc / about:blank frame (TinyMCE's), the page that holds the frame.
 */
function siteUrl(win: Window): string {
  if (/^https?:/.test(win.location.href)) return win.location.href;
  try {
    if (win.top && /^https?:/.test(win.top.location.href)) return win.top.location.href;
  } catch {
    // A cross-origin top frame: fall back to its origin below.
  }
  const origins = win.location.ancestorOrigins;
  const top = origins && origins.length ? origins[origins.length - 1] : win.origin;
  return top && /^https?:/.test(top) ? `${top}/` : win.location.href;
}
