/**
 * Finds the reply box the agent is in: on focus, and through one observer of the document for editors
 * added later, an editor that arrives already focused, and one that goes away. An internal note is
 * for colleagues: it is not coached as a reply, and leaving Rapport's own UI never counts as leaving
 * the editor. Follows the settings gate (off or paused: the coach lets go of the draft).
 */
import { findEditor } from '../editors';
import { deepActiveElement } from '../editors/focus';
import { composerContext } from '../sites';
import { isRapportHost } from '../card/mount';
import type { CoachSession } from './session';
import type { SettingsGate } from './settings-gate';

export interface ComposerDiscovery {
  /** Coach the editor `target` belongs to, if it is a reply box and Rapport is on here. */
  consider(target: EventTarget | null | undefined): void;
}

export function isInternalNote(root: HTMLElement): boolean {
  return composerContext(root).mode === 'internal-note';
}

export function startComposerDiscovery(session: CoachSession, gate: SettingsGate): ComposerDiscovery {
  const { doc, win, signal } = session;

  const consider = (target: EventTarget | null | undefined) => {
    if (signal.aborted || !(target instanceof win.Element) || isInsideUi(session.mountedUi?.host, target) || !gate.siteOn()) return;
    // A reply box the agent pointed out in the options (for helpdesks the adapters don't know).
    const custom = gate.composerSelector();
    const box = custom ? safeClosest(target, custom) : null;
    const match = findEditor(target) ?? (box ? findEditor(box.querySelector('textarea, [contenteditable="true"], [contenteditable=""]') ?? box) : null);
    if (!match) return;
    if (isInternalNote(match.root)) {
      if (session.draft?.root === match.root) session.detach();
      return;
    }
    session.attach(match);
  };

  doc.addEventListener('focusin', (event) => consider(event.composedPath()[0] ?? event.target), { capture: true, passive: true, signal });

  let frame = 0;
  const observer = new MutationObserver(() => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      const draft = session.draft;
      if (draft && (!draft.root.isConnected || isInternalNote(draft.root))) session.detach();
      // Through open shadow roots: a web component's reply field is not `doc.activeElement` (its host is).
      const active = deepActiveElement(doc);
      if (!session.draft || !session.draft.root.contains(active)) consider(active);
    });
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    win.cancelAnimationFrame(frame);
  });

  session.on('gate', () => {
    if (!gate.siteOn()) session.detach();
    else if (!session.draft) consider(deepActiveElement(doc));
  });

  return { consider };
}

/** Shadow roots an event target can sit in below Rapport's host: the UI nests one or two (a field in a card). */
const MAX_SHADOW_HOPS = 8;

/**
 * True when `target` is inside Rapport's own UI, also inside its shadow root: `contains` does not cross
 * a shadow boundary, so climb from each shadow root to its host (bounded). Any of Rapport's hosts counts:
 * the card of an editor in a frame is drawn on the page around it (lib/coach/surface.ts).
 */
function isInsideUi(uiHost: Element | undefined, target: Node): boolean {
  let node: Node | null = target;
  for (let hop = 0; node && hop <= MAX_SHADOW_HOPS; hop += 1) {
    if ((uiHost && (uiHost === node || uiHost.contains(node))) || isRapportHost(node)) return true;
    const root = node.getRootNode();
    node = root !== node && 'host' in root ? (root as ShadowRoot).host : null;
  }
  return false;
}

/** `closest` with a selector the agent typed: a broken selector matches nothing instead of throwing. */
function safeClosest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}
