/**
 * The toolbar icon's badge: the current draft's number of suggestions (the in-page badge's count),
 * coloured by its warmth band, with a tooltip in words. The coach in the page reports each change;
 * the badge is per tab, so the browser resets it when the tab navigates.
 */
import { browser } from 'wxt/browser';
import type { WarmthBand } from '../engine/types';
import { isToolbarBadgeReport, type ToolbarBadgeReport } from '../messages/tab-status';

export interface ToolbarBadge {
  text: string;
  /** Background colour; white text on each passes 4.5:1. */
  color: string;
  title: string;
}

/** One colour per band, the same hues as the popup's gauge (assets/tokens.css). */
const BAND_BADGE_COLORS: ReadonlyMap<WarmthBand, string> = new Map([
  ['cold', '#c5221f'],
  ['neutral', '#8a5a00'],
  ['warm', '#137333'],
]);
const NOT_CHECKED_COLOR = '#5b6472';

export function toolbarBadge(report: Omit<ToolbarBadgeReport, 'type'>): ToolbarBadge {
  if (!report.visible) return { text: '', color: NOT_CHECKED_COLOR, title: 'Rapport' };
  if (!report.checked) return { text: '–', color: NOT_CHECKED_COLOR, title: 'Rapport: this draft is not in English, so it is not checked.' };
  const count = Math.max(0, Math.floor(report.count));
  const things = count === 0 ? 'no suggestions' : count === 1 ? '1 suggestion' : `${count} suggestions`;
  return {
    // Nothing to fix: a tick, in the band's colour (the tooltip names the band).
    text: count === 0 ? '✓' : count > 99 ? '99+' : String(count),
    color: BAND_BADGE_COLORS.get(report.band) ?? NOT_CHECKED_COLOR,
    title: `Rapport: ${things}, warmth ${Math.round(report.warmth)} of 100 (${report.band}).`,
  };
}

/** The toolbar button's API: `action` in MV3 (Chrome), `browserAction` in MV2 (Firefox). */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

export function startToolbarBadge(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isToolbarBadgeReport(message)) return undefined;
    const tabId = sender.tab?.id;
    const action = toolbarAction();
    if (tabId === undefined || !action) return undefined;
    const badge = toolbarBadge(message);
    void Promise.all([
      action.setBadgeText({ tabId, text: badge.text }),
      action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      action.setTitle({ tabId, title: badge.title }),
      action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    ]).catch(() => undefined); // The tab may have closed meanwhile.
    return undefined;
  });
}
