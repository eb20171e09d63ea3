import { useId, useState, type FormEvent } from 'react';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../../lib/stats/aggregate';
import type { HistorySettings } from '../../lib/stats/types';

/** How long history is kept, and the optional end-of-day nudge. Saved with one button. */
export function HistorySettingsForm({ settings, onSave }: { settings: HistorySettings; onSave(settings: HistorySettings): Promise<string | null> }) {
  const id = useId();
  const [retention, setRetention] = useState(String(settings.retentionDays));
  const [nudgeOn, setNudgeOn] = useState(settings.nudge.enabled);
  const [time, setTime] = useState(settings.nudge.time);
  const [status, setStatus] = useState('');

  // When the stored settings change (saved here or in another tab), show them. Adjusted during
  // render, and only on a real change of value, so an edit in progress is never overwritten late.
  const [shown, setShown] = useState(settings);
  if (!sameSettings(shown, settings)) {
    setShown(settings);
    setRetention(String(settings.retentionDays));
    setNudgeOn(settings.nudge.enabled);
    setTime(settings.nudge.time);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const days = Number(retention);
    if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
      setStatus(`Please choose between ${MIN_RETENTION_DAYS} and ${MAX_RETENTION_DAYS} days.`);
      return;
    }
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) {
      setStatus('Please choose a time of day for the summary.');
      return;
    }
    setStatus('Saving…');
    const error = await onSave({ retentionDays: days, nudge: { enabled: nudgeOn, time } });
    setStatus(error ? `Couldn’t save: ${error}` : 'Settings saved.');
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Settings</h2>
      <form onSubmit={submit} noValidate>
        <div className="form-row">
          <label htmlFor={`${id}-retention`}>Keep history for</label>
          <input
            id={`${id}-retention`}
            type="number"
            inputMode="numeric"
            min={MIN_RETENTION_DAYS}
            max={MAX_RETENTION_DAYS}
            value={retention}
            onChange={(e) => setRetention(e.target.value)}
            aria-describedby={`${id}-retention-hint`}
          />
          <span>days</span>
          <span id={`${id}-retention-hint`} className="muted">
            Older days are removed automatically.
          </span>
        </div>
        <div className="form-row">
          <input id={`${id}-nudge`} type="checkbox" checked={nudgeOn} onChange={(e) => setNudgeOn(e.target.checked)} />
          <label htmlFor={`${id}-nudge`}>Send me a one-line summary at the end of the day</label>
          <label htmlFor={`${id}-time`} className="visually-hidden">
            Time of the end-of-day summary
          </label>
          <input id={`${id}-time`} type="time" value={time} disabled={!nudgeOn} onChange={(e) => setTime(e.target.value)} />
        </div>
        <button type="submit" className="primary">
          Save settings
        </button>
        <p className="status" role="status">
          {status}
        </p>
      </form>
    </section>
  );
}

function sameSettings(a: HistorySettings, b: HistorySettings): boolean {
  return a.retentionDays === b.retentionDays && a.nudge.enabled === b.nudge.enabled && a.nudge.time === b.nudge.time;
}
