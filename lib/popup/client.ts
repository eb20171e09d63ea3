/**
 * Everything the popup asks of the browser: the active tab, the draft in it (from the frame the
 * agent used last), the site switch, the pause, today's line. The React container only sees this
 * interface, so its states are tested without a browser.
 */
import { browser } from 'wxt/browser';
import { activeFrame } from '../storage/active-frame';
import type { ApplyResponse, DraftSnapshot, PopupRequest } from '../messages/draft';
import { readHistory } from '../storage/history';
import { requestRetryWrites } from '../pages/history-requests';
import type { HistoryResponse } from '../messages/history';
import { pendingNotice, readPendingReplies } from '../storage/pending-replies';
import { getPausedUntil, pauseForAnHour, resume } from '../storage/pause';
import { getSettings, saveSettings } from '../storage/settings';
import { setSiteChannel } from '../storage/channel';
import type { Channel } from '../engine/channel';
import { localDay, systemTimeZone } from '../stats/local-day';
import { todayLine, type TodayLine } from '../stats/today';
import { pageSite, withSite, type PageSite } from './site';

export type DraftAnswer = { kind: 'snapshot'; snapshot: DraftSnapshot | null } | { kind: 'unreachable' };

export interface PopupClient {
  site(): Promise<PageSite | null>;
  pausedUntil(): Promise<number | null>;
  today(): Promise<TodayLine | null>;
  /** Sent replies the background could not save yet (storage full), as a notice; null when all are saved. */
  savingProblem?(): Promise<string | null>;
  /** Asks the background to try saving them again now. */
  retrySaving?(): Promise<HistoryResponse>;
  draft(): Promise<DraftAnswer>;
  apply(version: number, key: string, suggestion: number): Promise<ApplyResponse | null>;
  reveal(version: number, key: string): Promise<void>;
  /** Switch coaching on this site; adding a new site asks for its host permission first. */
  setSite(site: PageSite, enabled: boolean): Promise<{ granted: boolean }>;
  /** Remember this site's channel; the coach in the page checks the draft again for it. */
  setChannel(site: PageSite, channel: Channel): Promise<void>;
  pause(): Promise<number>;
  resume(): Promise<void>;
  openOptions(): void;
  openSummary(): void;
  /** Calls back when the tab starts loading another page (or reloads). */
  onPageChange(callback: () => void): () => void;
}

/**
 * The tab the agent is working in. As the toolbar popup (no tab of its own) that is the active tab of its
 * window. Opened as a page of its own (a pinned tab, a detached window, a test), it is the web page used
 * most recently, never whichever tab happens to be active: after other tabs close, the browser may activate
 * an about:blank or extension tab, which holds no draft, and the popup would say "Reload the page to start".
 */
async function activeTab() {
  const own = await browser.tabs.getCurrent();
  if (!own) return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const pages = (await browser.tabs.query({})).filter((t) => t.id !== own.id && t.url && /^https?:/.test(t.url));
  return pages.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

async function ask<T>(request: PopupRequest): Promise<T | { unreachable: true }> {
  const tab = await activeTab();
  if (tab?.id === undefined) return { unreachable: true };
  const frameId = await activeFrame(tab.id);
  try {
    return (await browser.tabs.sendMessage(tab.id, request, { frameId })) as T;
  } catch {
    // No content script in that frame: the page predates Rapport's access to it, or it is not a web page.
    return { unreachable: true };
  }
}

export function browserPopupClient(): PopupClient {
  return {
    async site() {
      const tab = await activeTab();
      return pageSite(tab?.url, await getSettings());
    },
    pausedUntil: getPausedUntil,
    async today() {
      const history = await readHistory();
      return todayLine(history.value.days, localDay(Date.now(), systemTimeZone()));
    },
    async savingProblem() {
      return pendingNotice(await readPendingReplies());
    },
    retrySaving: requestRetryWrites,
    async draft() {
      const answer = await ask<{ snapshot: DraftSnapshot | null }>({ type: 'rapport:snapshot' });
      if (!answer || 'unreachable' in answer) return { kind: 'unreachable' };
      return { kind: 'snapshot', snapshot: answer.snapshot };
    },
    async apply(version, key, suggestion) {
      const answer = await ask<ApplyResponse>({ type: 'rapport:apply', version, key, suggestion });
      return !answer || 'unreachable' in answer ? null : answer;
    },
    async reveal(version, key) {
      await ask({ type: 'rapport:reveal', version, key });
    },
    async setSite(site, enabled) {
      // The permission prompt must come straight from the click, before any other await.
      if (enabled && !site.builtIn) {
        const granted = await browser.permissions.request({ origins: [site.pattern] });
        if (!granted) return { granted };
      }
      await saveSettings(withSite(await getSettings(), site, enabled));
      return { granted: true };
    },
    setChannel: (site, channel) => setSiteChannel(site.host, channel),
    pause: () => pauseForAnHour(),
    resume,
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
    openSummary() {
      void browser.tabs.create({ url: browser.runtime.getURL('/summary.html') });
    },
    onPageChange(callback) {
      let tabId: number | undefined;
      void activeTab().then((tab) => (tabId = tab?.id));
      const listener = (id: number, change: { status?: string }) => {
        if (id === tabId && change.status === 'loading') callback();
      };
      browser.tabs.onUpdated.addListener(listener);
      return () => browser.tabs.onUpdated.removeListener(listener);
    },
  };
}
