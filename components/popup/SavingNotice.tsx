import type { HistoryResponse } from '../../lib/messages/history';

/** Sent replies that could not be saved yet (storage full): said in words, with "Try again". */
export function SavingNotice({ text, onRetry }: { text: string | null; onRetry?: () => void }) {
  if (!text) return null;
  return (
    <div className="saving-notice" role="alert" data-rapport="saving-notice">
      <p>{text}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again now
        </button>
      )}
    </div>
  );
}

/** The popup's status line after "Try again". */
export function retryOutcome(response: HistoryResponse): string {
  if (!response.ok) return `Could not try again: ${response.error}`;
  return response.pending ? `Still ${response.pending === 1 ? '1 reply' : `${response.pending} replies`} waiting to be saved.` : 'Every sent reply is saved now.';
}
