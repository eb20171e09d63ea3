/**
 * The coach for one document, put together from its features (one file each, each started with the
 * page's AbortSignal and torn down by it): the settings gate, composer discovery, change watching,
 * analysis scheduling, painting, the card, Apply, Dismiss, send recording and the popup bridge. They
 * share one session (session.ts); the engine (a DraftChecker) and storage are passed in. The coach
 * only listens: page events are never cancelled or stopped, and nothing of Rapport's goes into the editor.
 */
import { mountUi as mountCardUi, type UiHost } from '../card/mount';
import type { CoachActions, ViewStore } from '../card/store';
import { startAnalysisScheduler, type RunStats } from './analysis-scheduler';
import { startApply } from './apply';
import { startCard } from './card';
import { startChangeWatching } from './change-watching';
import type { DraftChecker } from './checker';
import type { CoachStorage } from './coach-storage';
import { deepActiveElement } from '../editors/focus';
import { startComposerDiscovery } from './composer-discovery';
import { startComposition } from './composition';
import { startDismiss } from './dismiss';
import { startPainting } from './painting';
import { startPopupBridge, type PopupBridge } from './popup-bridge';
import { startSendRecording } from './send-recording';
import { createSession } from './session';
import { startSettingsGate, type CoachHooks } from './settings-gate';

export { DEBOUNCE_MS } from './analysis-scheduler';
export type { CoachHooks } from './settings-gate';

export interface CoachDeps {
  checker: DraftChecker;
  storage: CoachStorage;
  /** How the last check ran in slices (the in-page checker knows; test builds publish it). */
  runStats?: () => RunStats | null;
  hooks?: CoachHooks;
  /** Mounts Rapport's in-page UI (tests pass a plain element). */
  mountUi?: (doc: Document, store: ViewStore, actions: CoachActions, surface?: Document) => UiHost;
}

export interface CoachHandle extends PopupBridge {
  /** The editor being coached, if any (tests and debugging). */
  readonly root: HTMLElement | null;
  /** Milliseconds since page load of the last change in the coached editor (0 before any). */
  readonly lastInputAt: number;
  /** Calls back with the in-page badge's findings, warmth and band whenever they change (the toolbar badge). */
  onView(listener: (view: ReturnType<ViewStore['get']>) => void): () => void;
}

export function createCoach(doc: Document, signal: AbortSignal, deps: CoachDeps): CoachHandle {
  const { checker, storage } = deps;
  const mount = deps.mountUi ?? mountCardUi;
  // The UI calls back into the features; they exist by the time the first draft mounts it.
  let actions: CoachActions | null = null;
  const session = createSession(doc, signal, (s) => mount(doc, s.store, actions!, s.surface.doc));

  const gate = startSettingsGate(session, storage, deps.hooks);
  const scheduler = startAnalysisScheduler(session, checker, gate, deps.runStats);
  startChangeWatching(session);
  startComposition(session);
  const painting = startPainting(session);
  const card = startCard(session, painting);
  const applying = startApply(session, scheduler);
  const dismiss = startDismiss(session, storage, gate);
  startSendRecording(session, checker, scheduler, storage);
  const popup = startPopupBridge(session, checker, scheduler, applying, card);
  actions = {
    ...card,
    // Dismiss and "Don't flag this again" end the card; the focus goes back to the draft as with Escape.
    dismiss: (finding) => card.leaveCardAfter(() => dismiss.dismiss(finding)),
    ignore: (finding, everywhere) => card.leaveCardAfter(() => dismiss.ignore(finding, everywhere)),
    apply: (finding, index) => void applying.apply(finding, index),
    fill: (finding, index, values) => void applying.fill(finding, index, values),
  };
  // Last, once every feature listens: pick up an editor that already has focus.
  const discovery = startComposerDiscovery(session, gate);
  discovery.consider(deepActiveElement(doc));

  return {
    ...popup,
    get root() {
      return session.draft?.root ?? null;
    },
    get lastInputAt() {
      return session.draft?.lastInputAt ?? 0;
    },
    onView: (listener) => {
      const unsubscribe = session.store.subscribe(() => listener(session.store.get()));
      signal.addEventListener('abort', unsubscribe);
      return unsubscribe;
    },
  };
}
