/**
 * The background's part of the daily tone history: answers the history messages (the background is
 * the single writer), prunes old days on a schedule, and shows the optional end-of-day nudge.
 * Listeners are added synchronously, as an MV3 service worker needs them on every wake-up.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  DISMISS_HISTORY_NOTICE,
  ERASE_HISTORY,
  isHistoryMessage,
  RECORD_REPLY,
  RETRY_HISTORY_WRITES,
  UPDATE_HISTORY_SETTINGS,
  type HistoryMessage,
  type HistoryResponse,
} from '../messages/history';
import { readHistory, readHistorySettings, watchHistorySettings } from '../storage/history';
import { createHistoryWriter, type HistoryWriter, type HistoryWriterOptions } from './history-writer';
import { localDay, systemTimeZone } from '../stats/local-day';
import { nextNudgeAt } from '../stats/nudge';
import { oneLineSummary } from '../stats/summary';
import type { HistorySettings } from '../stats/types';
import { NUDGE_ICON_URL } from './nudge-icon';

const PRUNE_ALARM = 'rapport:history-prune';
const NUDGE_ALARM = 'rapport:history-nudge';
const NUDGE_NOTIFICATION = 'rapport:history-nudge';
/** While sent replies wait to be saved (storage full), the writer tries again on this alarm. */
export const RETRY_ALARM = 'rapport:history-retry';
const RETRY_EVERY_MINUTES = 1;
const PRUNE_EVERY_MINUTES = 6 * 60;

type Sender = Browser.runtime.MessageSender;

/** Erasing and settings come only from the extension's own pages, never from a content script. */
function fromExtensionPage(sender: Sender): boolean {
  return !sender.url || sender.url.startsWith(browser.runtime.getURL('/'));
}

/** Keeps the retry alarm on exactly while replies wait to be saved. */
async function armRetry(waiting: number): Promise<void> {
  const armed = Boolean(await browser.alarms.get(RETRY_ALARM));
  if (waiting > 0 && !armed) await browser.alarms.create(RETRY_ALARM, { delayInMinutes: RETRY_EVERY_MINUTES, periodInMinutes: RETRY_EVERY_MINUTES });
  if (waiting === 0 && armed) await browser.alarms.clear(RETRY_ALARM);
}

async function handle(writer: HistoryWriter, message: HistoryMessage, sender: Sender): Promise<HistoryResponse> {
  if (message.type === RECORD_REPLY) {
    const outcome = await writer.record([message.entry]);
    const invalid = outcome.invalid[0];
    if (invalid) return { ok: false, error: `invalid record: ${invalid.error}` };
    if (outcome.queued.length > 0) {
      const pending = (await writer.pending()).records.length;
      await armRetry(pending);
      return { ok: true, counted: false, queued: true, pending };
    }
    const refused = outcome.refused[0];
    if (refused && refused.reason !== 'duplicate') return { ok: false, error: `record refused: ${refused.reason}` };
    return { ok: true, counted: outcome.counted.length === 1, duplicate: refused?.reason === 'duplicate' };
  }
  if (!fromExtensionPage(sender)) return { ok: false, error: 'only the extension’s own pages may change the history' };
  switch (message.type) {
    case ERASE_HISTORY:
      await writer.erase();
      return { ok: true };
    case UPDATE_HISTORY_SETTINGS:
      return { ok: true, settings: await writer.updateSettings(message.settings) };
    case DISMISS_HISTORY_NOTICE:
      await writer.dismissNotice();
      return { ok: true };
    case RETRY_HISTORY_WRITES: {
      const pending = await writer.retryPending();
      await armRetry(pending);
      return { ok: true, pending };
    }
  }
}

/** Schedules (or clears) the nudge alarm for the settings' time of day. */
async function scheduleNudge(settings: HistorySettings, now = Date.now()): Promise<void> {
  if (!settings.nudge.enabled) {
    await browser.alarms.clear(NUDGE_ALARM);
    return;
  }
  // A one-off alarm, re-armed after each nudge: a fixed 24 h period would drift by an hour at DST.
  await browser.alarms.create(NUDGE_ALARM, { when: nextNudgeAt(now, settings.nudge.time) });
}

/** Shows today's one-line summary, when the nudge is on and something was sent today. */
export async function showNudge(now = Date.now(), timeZone = systemTimeZone()): Promise<boolean> {
  const [settings, history] = await Promise.all([readHistorySettings(), readHistory()]);
  if (!settings.value.nudge.enabled) return false;
  const today = history.value.days[localDay(now, timeZone)];
  const line = today ? oneLineSummary(today) : null;
  if (!line) return false;
  await browser.notifications.create(NUDGE_NOTIFICATION, {
    type: 'basic',
    iconUrl: NUDGE_ICON_URL,
    title: 'Your day in tone',
    message: line,
  });
  return true;
}

async function ensureAlarms(): Promise<void> {
  if (!(await browser.alarms.get(PRUNE_ALARM))) {
    await browser.alarms.create(PRUNE_ALARM, { delayInMinutes: 1, periodInMinutes: PRUNE_EVERY_MINUTES });
  }
  const settings = await readHistorySettings();
  if (settings.value.nudge.enabled !== Boolean(await browser.alarms.get(NUDGE_ALARM))) await scheduleNudge(settings.value);
}

const logError = (what: string) => (error: unknown) => console.error(`[rapport] ${what}:`, error);

/** Wires the history into the background. Returns the writer (tests use it) and a stop function. */
export function startHistoryHandler(options: HistoryWriterOptions = {}): { writer: HistoryWriter; stop(): void } {
  const writer = createHistoryWriter(options);

  const onMessage = (message: unknown, sender: Sender, sendResponse: (response: HistoryResponse) => void) => {
    if (!isHistoryMessage(message)) return false; // not ours: leave it to other listeners
    handle(writer, message, sender).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true; // answer asynchronously
  };

  const onAlarm = (alarm: Browser.alarms.Alarm) => {
    if (alarm.name === PRUNE_ALARM) writer.prune().catch(logError('pruning history'));
    if (alarm.name === RETRY_ALARM) writer.retryPending().then(armRetry).catch(logError('saving waiting replies'));
    if (alarm.name === NUDGE_ALARM) {
      showNudge()
        .catch(logError('showing the nudge'))
        .then(readHistorySettings)
        .then((s) => scheduleNudge(s.value))
        .catch(logError('scheduling the nudge'));
    }
  };

  const onNotificationClicked = (id: string) => {
    if (id !== NUDGE_NOTIFICATION) return;
    browser.tabs.create({ url: browser.runtime.getURL('/summary.html') }).catch(logError('opening the summary'));
    browser.notifications.clear(id).catch(() => undefined);
  };

  browser.runtime.onMessage.addListener(onMessage);
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.notifications.onClicked.addListener(onNotificationClicked);
  const unwatch = watchHistorySettings((s) => void scheduleNudge(s.value).catch(logError('scheduling the nudge')));
  ensureAlarms().catch(logError('setting up alarms'));
  writer.prune().catch(logError('pruning history'));
  // Replies kept in session storage when the worker last slept: retried now and on the alarm.
  writer.retryPending().then(armRetry).catch(logError('saving waiting replies'));

  return {
    writer,
    stop() {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.alarms.onAlarm.removeListener(onAlarm);
      browser.notifications.onClicked.removeListener(onNotificationClicked);
      unwatch();
    },
  };
}
