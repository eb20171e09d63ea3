/**
 * The card and the list, from the agent's side: hovering an underline opens its card (clicking opens
 * it at once), Alt+Shift+R opens the card for the finding at the caret (or the list when there is
 * none), Escape closes it, and closing puts focus and the caret back in the editor where they were.
 * Only the agent's own events count; the page's keys and clicks go through untouched.
 */
import { hasFocusWithin } from '../editors/focus';
import type { Finding } from '../engine/types';
import { findingKey, type CoachActions } from '../card/store';
import { revealInDraft } from '../card/reveal';
import { bottomRight, cardPosition, viewportOf } from './geometry';
import { thingsToKeepClearOf } from './keep-clear';
import { isRapportHost } from '../card/mount';
import { focusMovedWithinPage, toSurface } from './surface';
import type { Painting } from './painting';
import type { CoachSession, Draft } from './session';
import { isInputMethodKey } from './input-method-key';
import { agentOnly, isAgentEvent } from './trusted';

const HOVER_OPEN_MS = 300;
const HOVER_CLOSE_MS = 400;

export interface CardControls extends Pick<CoachActions, 'togglePanel' | 'closePanel' | 'closeCard' | 'cardHover' | 'stepCard' | 'revealFinding'> {
  /** Opens the card of `finding`, placed against `rect` (viewport); `focus` moves keyboard focus into it. */
  openCard(finding: Finding, rect: DOMRect, focus: boolean): void;
  /**
   * Runs a choice that ends the card (Dismiss, "Don't flag this again"); when the focus was in the card, it goes back
   * to the editor as with Escape, else the removed button would leave it on the page's body.
   */
  leaveCardAfter(choice: () => void): void;
}

export function startCard(session: CoachSession, painting: Painting): CardControls {
  const { doc, win, store, signal, surface } = session;
  let hoverTimer: number | undefined;
  let closeTimer: number | undefined;
  let cardHovered = false;
  /** Where the agent's caret was when the card or list took focus. */
  let savedRange: Range | null = null;
  const clearTimers = () => {
    win.clearTimeout(hoverTimer);
    win.clearTimeout(closeTimer);
  };
  signal.addEventListener('abort', clearTimers);
  session.on('detached', () => {
    clearTimers();
    savedRange = null;
  });

  // The page's controls near the reply box (its Send row), which the card keeps clear of; links in the text are text.
  const controlsNearEditor = () => {
    const editor = store.get().anchor.editor;
    return editor ? thingsToKeepClearOf(surface.win.document, editor, surface.win, false) : [];
  };
  const openCard = (finding: Finding, rect: DOMRect, focus: boolean) =>
    store.set({ card: { key: findingKey(finding), ...cardPosition(viewportOf(surface.win), toSurface(rect, surface.frameView()), controlsNearEditor()), focus } });

  function scheduleClose(): void {
    win.clearTimeout(closeTimer);
    const card = store.get().card;
    if (!card || card.focus) return;
    closeTimer = win.setTimeout(() => {
      if (!cardHovered && !store.get().card?.focus) store.set({ card: null });
    }, HOVER_CLOSE_MS);
  }

  function onPointer(event: MouseEvent, clicked: boolean): void {
    win.clearTimeout(hoverTimer);
    const hit = painting.findingAt({ x: event.clientX, y: event.clientY });
    if (!hit) {
      scheduleClose();
      return;
    }
    win.clearTimeout(closeTimer);
    const open = () => openCard(hit.finding, hit.rect, false);
    if (clicked) open();
    else if (store.get().card?.key !== findingKey(hit.finding)) hoverTimer = win.setTimeout(open, HOVER_OPEN_MS);
  }

  session.on('attached', (draft) => {
    const on = { signal: draft.signal, passive: true };
    draft.root.addEventListener('mousemove', agentOnly((event: MouseEvent) => onPointer(event, false)), on);
    draft.root.addEventListener('click', agentOnly((event: MouseEvent) => onPointer(event, true)), on);
    draft.root.addEventListener('mouseleave', scheduleClose, on);
  });

  function saveSelection(draft: Draft): void {
    const selection = doc.getSelection();
    savedRange = !draft.adapter.overlay && selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  }

  function returnFocus(): void {
    const draft = session.draft;
    if (!draft) return;
    draft.root.focus({ preventScroll: true });
    const range = savedRange;
    if (range && range.startContainer.isConnected && draft.root.contains(range.startContainer)) {
      const selection = doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  }

  doc.addEventListener(
    'keydown',
    (event) => {
      const draft = session.draft;
      // A key an input method is using (Escape cancels its composition) is not the card's (input-method-key.ts); Android's
      // keyboards mark every key 229, so that counts only while a composition is open in the draft or has just ended on
      // this key (Safari's Escape that cancels one comes after its compositionend).
      if (!draft || !isAgentEvent(event) || isInputMethodKey(event, draft) || !hasFocusWithin(draft.root)) return;
      if (event.key === 'Escape' && store.get().card) {
        store.set({ card: null }); // The page still sees its Escape.
        return;
      }
      if (!(event.altKey && event.shiftKey && event.code === 'KeyR')) return;
      event.preventDefault(); // Our own shortcut only; every other key goes through untouched.
      saveSelection(draft);
      const caret = draft.adapter.caretOffset(draft.root);
      const finding = caret === null ? undefined : store.get().findings.find((f) => f.start <= caret && caret <= f.end);
      if (!finding) {
        store.set({ panelOpen: true, card: null });
        return;
      }
      const rect = draft.adapter.rangeOf(draft.root, finding.start, finding.end)?.getBoundingClientRect() ?? draft.root.getBoundingClientRect();
      openCard(finding, rect, true);
    },
    { capture: true, signal },
  );

  // The agent moved on to an editor in another frame of the page (TinyMCE beside a plain field), or from a
  // framed editor's UI drawn on the page to the page's own field: the other coach takes over, so this one's
  // list and card close, as when the agent moves to another editor here. The new focus is known only once
  // the blur or focusin has finished.
  const closeIfFocusMovedOn = (event: Event) => {
    if (!event.isTrusted) return;
    win.setTimeout(() => {
      if (signal.aborted) return;
      const { panelOpen, card } = store.get();
      if ((panelOpen || card) && focusMovedWithinPage(doc, surface, isRapportHost)) store.set({ panelOpen: false, card: null });
    }, 0);
  };
  win.addEventListener('blur', closeIfFocusMovedOn, { signal });
  if (surface.doc !== doc) surface.doc.addEventListener('focusin', closeIfFocusMovedOn, { capture: true, passive: true, signal });

  return {
    openCard,
    togglePanel() {
      const draft = session.draft;
      if (draft && !store.get().panelOpen) saveSelection(draft);
      store.set({ panelOpen: !store.get().panelOpen, card: null, status: '' });
      if (draft) store.set({ anchor: bottomRight(draft.root, surface) });
    },
    closePanel() {
      store.set({ panelOpen: false });
      returnFocus();
    },
    closeCard() {
      store.set({ card: null });
      returnFocus();
    },
    leaveCardAfter(choice) {
      const card = store.get().card;
      const active = surface.doc.activeElement;
      const focusInCard = !!card && !!active && isRapportHost(active) && !!active.shadowRoot?.activeElement?.closest('[data-rapport="card"]');
      choice();
      if (!focusInCard) return;
      // A card opened from the keyboard knows where the caret was; one the pointer opened leaves the editor's selection as it was.
      if (card.focus) returnFocus();
      else session.draft?.root.focus({ preventScroll: true });
    },
    cardHover(inside) {
      cardHovered = inside;
      if (inside) win.clearTimeout(closeTimer);
      else scheduleClose();
    },
    stepCard(delta) {
      // Next / previous finding from the card's keyboard (Tab, arrows), with the draft scrolled to it.
      const draft = session.draft;
      const { findings, card } = store.get();
      const next = findings[(findings.findIndex((f) => findingKey(f) === card?.key) + delta + findings.length) % findings.length];
      if (!draft || !next) return;
      openCard(next, reveal(draft, next) ?? draft.root.getBoundingClientRect(), true);
    },
    revealFinding(key) {
      // The list scrolls the draft to the finding under discussion.
      const draft = session.draft;
      const finding = store.get().findings.find((f) => findingKey(f) === key);
      if (draft && finding) reveal(draft, finding, false);
    },
  };

  function reveal(draft: Draft, finding: Finding, scrollPage = true): DOMRect | null {
    const field = draft.adapter.overlay ? (draft.root as HTMLTextAreaElement) : undefined;
    return revealInDraft(draft.root, painting.targetOf(finding), field, scrollPage);
  }
}
