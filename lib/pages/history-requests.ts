/**
 * The extension pages' requests to the history's single writer in the background (the summary page's
 * Erase, settings and notice buttons; the popup's "Try again").
 */
import { browser } from 'wxt/browser';
import type { HistorySettings } from '../stats/types';
import { DISMISS_HISTORY_NOTICE, ERASE_HISTORY, RETRY_HISTORY_WRITES, UPDATE_HISTORY_SETTINGS, type HistoryMessage, type HistoryResponse } from '../messages/history';

/** Asks the background to erase all history (the summary page's Erase button, after its confirm step). */
export async function requestErase(): Promise<HistoryResponse> {
  return ((await browser.runtime.sendMessage({ type: ERASE_HISTORY } satisfies HistoryMessage)) as HistoryResponse | undefined) ?? { ok: false, error: 'no answer' };
}

export async function requestSettingsUpdate(settings: HistorySettings): Promise<HistoryResponse> {
  return (
    ((await browser.runtime.sendMessage({ type: UPDATE_HISTORY_SETTINGS, settings } satisfies HistoryMessage)) as HistoryResponse | undefined) ?? {
      ok: false,
      error: 'no answer',
    }
  );
}

/** Asks the background to try writing the replies it could not save yet (the notices' "Try again"). */
export async function requestRetryWrites(): Promise<HistoryResponse> {
  return ((await browser.runtime.sendMessage({ type: RETRY_HISTORY_WRITES } satisfies HistoryMessage)) as HistoryResponse | undefined) ?? { ok: false, error: 'no answer' };
}

export async function requestDismissNotice(): Promise<HistoryResponse> {
  return ((await browser.runtime.sendMessage({ type: DISMISS_HISTORY_NOTICE } satisfies HistoryMessage)) as HistoryResponse | undefined) ?? { ok: false, error: 'no answer' };
}
