/**
 * The summary page's wiring: reads the history and settings from storage (and follows changes),
 * asks the background to change them, and downloads exports. All display is in components/summary.
 */
import { downloadText } from '../../components/shared/files';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { habitCatalog } from '../../components/summary/habits';
import { SummaryView, type SummaryNotice } from '../../components/summary/summary-view';
import type { ExportFormat } from '../../components/summary/data-controls';
import { plural } from '../../components/summary/format';
import { defaultPack } from '../../lib/rules/default';
import { toCsv, toJson } from '../../lib/stats/export';
import { localDay, systemTimeZone } from '../../lib/stats/local-day';
import { DEFAULT_HISTORY_SETTINGS, type ParseResult } from '../../lib/stats/schema';
import { catalogFromPack, summarize } from '../../lib/stats/summary';
import type { HistorySettings, HistoryState } from '../../lib/stats/types';
import { readHistory, readHistorySettings, watchHistory, watchHistorySettings } from '../../lib/storage/history';
import { requestDismissNotice, requestErase, requestRetryWrites, requestSettingsUpdate } from '../../lib/pages/history-requests';
import type { HistoryResponse } from '../../lib/messages/history';
import { pendingNotice, readPendingReplies, watchPendingReplies, type PendingReplies } from '../../lib/storage/pending-replies';

const catalog = catalogFromPack(defaultPack);
const habits = habitCatalog(defaultPack.rules);

const errorOf = (response: HistoryResponse) => (response.ok ? null : response.error);
const failure = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function SummaryPage({ now = () => Date.now(), timeZone = systemTimeZone() }: { now?: () => number; timeZone?: string }) {
  const [history, setHistory] = useState<ParseResult<HistoryState> | null>(null);
  const [settings, setSettings] = useState<ParseResult<HistorySettings>>({ value: DEFAULT_HISTORY_SETTINGS, corrupt: false, droppedDays: 0 });
  const [loadError, setLoadError] = useState<string | null>(null);
  const [today, setToday] = useState(() => localDay(now(), timeZone));
  const [pending, setPending] = useState<PendingReplies | null>(null);
  const [retryStatus, setRetryStatus] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([readHistory(), readHistorySettings()]).then(
      ([h, s]) => {
        if (!live) return;
        setHistory(h);
        setSettings(s);
      },
      (error: unknown) => live && setLoadError(failure(error)),
    );
    readPendingReplies().then((p) => live && setPending(p), () => undefined);
    const unwatchPending = watchPendingReplies(setPending);
    const unwatchHistory = watchHistory(setHistory);
    const unwatchSettings = watchHistorySettings(setSettings);
    // Roll over to a new day while the page stays open.
    const timer = setInterval(() => setToday(localDay(now(), timeZone)), 60_000);
    return () => {
      live = false;
      unwatchHistory();
      unwatchSettings();
      unwatchPending();
      clearInterval(timer);
    };
  }, [now, timeZone]);

  const days = useMemo(() => history?.value.days ?? {}, [history]);
  const summary = useMemo(() => summarize(days, { today, catalog }), [days, today]);

  const onSaveSettings = useCallback(async (next: HistorySettings) => {
    try {
      return errorOf(await requestSettingsUpdate(next));
    } catch (error) {
      return failure(error);
    }
  }, []);

  const onErase = useCallback(async () => {
    try {
      return errorOf(await requestErase());
    } catch (error) {
      return failure(error);
    }
  }, []);

  const onExport = useCallback(
    (format: ExportFormat) => {
      const list = Object.values(days);
      if (format === 'csv') downloadText(`rapport-tone-history-${today}.csv`, toCsv(list), 'text/csv;charset=utf-8');
      else downloadText(`rapport-tone-history-${today}.json`, toJson(list, new Date(now())), 'application/json');
    },
    [days, today, now],
  );

  const notices: SummaryNotice[] = [];
  if (loadError) notices.push({ id: 'load', text: `Your tone history couldn’t be loaded (${loadError}), so nothing is shown yet.` });
  if (history?.corrupt) {
    notices.push({
      id: 'corrupt',
      text:
        history.droppedDays > 0
          ? `Part of your tone history couldn’t be read, so ${plural(history.droppedDays, 'day is', 'days are')} left out. Everything else is shown as usual.`
          : 'Your tone history couldn’t be read, so it starts afresh. New replies will be counted as usual.',
    });
  } else if (history?.value.repaired) {
    const { at, droppedDays } = history.value.repaired;
    notices.push({
      id: 'repaired',
      text:
        `On ${new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'long' })}, part of your tone history couldn’t be read and was reset` +
        (droppedDays > 0 ? ` (${plural(droppedDays, 'day')} lost)` : '') +
        '. Everything recorded since is complete.',
      onDismiss: () => void requestDismissNotice(),
    });
  }
  const unsaved = pendingNotice(pending);
  if (unsaved) {
    notices.push({
      id: 'unsaved',
      text: retryStatus ? `${unsaved} ${retryStatus}` : unsaved,
      action: {
        label: 'Try again now',
        run: () =>
          void requestRetryWrites().then(
            (r) => setRetryStatus(r.ok ? (r.pending ? 'Tried again: storage is still full.' : null) : `Could not try again: ${r.error}`),
            (error: unknown) => setRetryStatus(`Could not try again: ${failure(error)}`),
          ),
      },
    });
  }
  if (settings.corrupt) notices.push({ id: 'settings', text: 'Your summary settings couldn’t be read, so the defaults are in use until you save them again.' });

  if (!history && !loadError) return <p className="visually-hidden" role="status">Loading your summary…</p>;
  return <SummaryView habits={habits} summary={summary} settings={settings.value} notices={notices} onSaveSettings={onSaveSettings} onExport={onExport} onErase={onErase} />;
}
