/** Entry for the composer content script: coach the editors of this document (one per frame). */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FRAME_ACTIVE, TOOLBAR_BADGE, type ToolbarBadgeReport } from '../messages/tab-status';
import { isPopupRequest } from '../messages/draft';
import type { DraftChecker } from './checker';
import { createCoach, type CoachHandle, type CoachHooks } from './coach';
import { extensionCoachStorage } from './extension-storage';
import { answerPopupRequest } from './popup-bridge';

export interface StartCoachDeps {
  /** The engine to check drafts with (the browser's, lib/engine-host; the in-page one is only its fallback). */
  checker: DraftChecker;
  hooks?: CoachHooks;
}

export function startCoach(ctx: ContentScriptContext, deps: StartCoachDeps): CoachHandle {
  const coach = createCoach(document, ctx.signal, {
    checker: deps.checker,
    storage: extensionCoachStorage,
    hooks: deps.hooks,
  });
  announceActiveFrame(coach, ctx);
  answerPopup(coach, ctx);
  reportToolbarBadge(coach, ctx);
  return coach;
}

/** Keep the toolbar icon's badge in step with the in-page badge (only when what it shows changes). */
function reportToolbarBadge(coach: CoachHandle, ctx: ContentScriptContext): void {
  let last = '';
  const stop = coach.onView((view) => {
    const report: ToolbarBadgeReport = {
      type: TOOLBAR_BADGE,
      visible: view.visible,
      count: view.findings.length,
      warmth: view.warmth,
      band: view.band,
      checked: view.checked,
    };
    const key = JSON.stringify(report);
    if (key === last) return;
    last = key;
    browser.runtime.sendMessage(report).catch(() => undefined);
  });
  ctx.onInvalidated(stop);
}

/** Tell the background this frame holds the draft the agent is working on (once per new editor). */
function announceActiveFrame(coach: CoachHandle, ctx: ContentScriptContext): void {
  let announced: HTMLElement | null = null;
  const announce = () => {
    const root = coach.root;
    if (!root || root === announced) return;
    announced = root;
    browser.runtime.sendMessage({ type: FRAME_ACTIVE }).catch(() => undefined);
  };
  ctx.addEventListener(document, 'input', announce, { capture: true, passive: true });
  ctx.addEventListener(document, 'focusin', () => ctx.setTimeout(announce, 0), { capture: true, passive: true });
}

function answerPopup(coach: CoachHandle, ctx: ContentScriptContext): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if (!isPopupRequest(message)) return undefined;
    void answerPopupRequest(coach, message).then(sendResponse, () => sendResponse(null));
    return true; // The answer comes asynchronously.
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
