import { useCallback, useEffect, useRef, useState } from 'react';
import type { SnapshotFinding } from '../../lib/messages/draft';
import type { Channel } from '../../lib/engine/channel';
import type { PopupClient } from '../../lib/popup/client';
import type { PageSite } from '../../lib/popup/site';
import { PopupApp, type DraftView } from './PopupApp';
import { retryOutcome } from './SavingNotice';
import type { TodaySummary } from './TodayLine';

/** How long the popup waits for the page's coach to re-check the draft after a channel switch (20 × 50 ms). */
const CHANNEL_ATTEMPTS = 20;
const CHANNEL_RETRY_MS = 50;
/**
 * How long the popup waits, showing "Reading your draft…", for the page's coach to start again and check the
 * draft after the site is turned back on or coaching resumes (40 × 250 ms): asked at once, the coach has no check yet.
 */
const RESTART_ATTEMPTS = 40;
const RESTART_RETRY_MS = 250;

/**
 * While the page's coach goes on by itself with a check that ran out of time ("still checking"; its resumes wait
 * 1 s, 2 s, 4 s… and then stop), the popup reads the draft again this often, at most this many times, so it shows the
 * finished check rather than the part.
 */
export const RESUMING_REREAD_MS = 1_000;
const RESUMING_REREADS = 60;

/** The popup's state machine: reads the site, the pause, today and the draft, and runs the actions. */
export function PopupContainer({ client }: { client: PopupClient }) {
  const [site, setSite] = useState<PageSite | null>(null);
  const [pausedUntil, setPausedUntil] = useState<number | null>(null);
  const [today, setToday] = useState<TodaySummary | null>(null);
  const [draft, setDraft] = useState<DraftView>({ kind: 'loading' });
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [savingProblem, setSavingProblem] = useState<string | null>(null);

  /** Reads everything again; `attempts` > 1 waits (still "Reading your draft…") for a coach that is starting. */
  const load = useCallback(async (attempts = 1) => {
    setDraft({ kind: 'loading' });
    const [currentSite, paused] = await Promise.all([client.site(), client.pausedUntil()]);
    setSite(currentSite);
    setPausedUntil(paused);
    if (!currentSite) return setDraft({ kind: 'unsupported' });
    if (!currentSite.enabled) return setDraft({ kind: 'site-disabled' });
    if (paused) return setDraft({ kind: 'paused' });
    let answer = await client.draft();
    for (let attempt = 1; attempt < attempts && !(answer.kind === 'snapshot' && answer.snapshot); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, RESTART_RETRY_MS));
      answer = await client.draft();
    }
    if (answer.kind === 'unreachable') return setDraft({ kind: 'unreachable' });
    setDraft(answer.snapshot ? { kind: 'ready', snapshot: answer.snapshot } : { kind: 'no-draft' });
  }, [client]);

  useEffect(() => {
    void load();
    void client.today().then(setToday, () => setToday(null));
    void client.savingProblem?.().then(setSavingProblem, () => setSavingProblem(null));
    return client.onPageChange(() => setDraft({ kind: 'reloaded' }));
  }, [client, load]);

  const rereads = useRef(0);
  useEffect(() => {
    if (draft.kind !== 'ready' || draft.snapshot.incomplete !== 'resuming' || busy || rereads.current >= RESUMING_REREADS) return;
    const shown = draft;
    const timer = setTimeout(() => {
      rereads.current += 1;
      void client.draft().then((answer) => {
        const next = answer.kind === 'snapshot' ? answer.snapshot : null;
        // Only over the draft it re-read for: an Apply or a reload meanwhile has the newer word.
        if (next) setDraft((current) => (current === shown ? { kind: 'ready', snapshot: next } : current));
      });
    }, RESUMING_REREAD_MS);
    return () => clearTimeout(timer);
  }, [client, draft, busy]);

  const onApply = async (finding: SnapshotFinding, suggestion: number) => {
    if (draft.kind !== 'ready') return;
    setBusy(true);
    const answer = await client.apply(draft.snapshot.version, finding.key, suggestion);
    setBusy(false);
    if (!answer) {
      setDraft({ kind: 'reloaded' });
      return;
    }
    if (answer.snapshot) setDraft({ kind: 'ready', snapshot: answer.snapshot });
    setStatus(
      answer.outcome === 'applied'
        ? 'Applied in the page. Ctrl+Z there undoes it.'
        : answer.outcome === 'stale'
          ? 'The reply changed since; here is the fresh check.'
          : 'The editor did not take the change; nothing was modified.',
    );
  };

  const onChannel = async (channel: Channel) => {
    if (!site) return;
    setBusy(true);
    await client.setChannel(site, channel);
    // The coach re-checks the draft when the choice is stored; wait for a snapshot made for this channel.
    for (let attempt = 0; attempt < CHANNEL_ATTEMPTS; attempt++) {
      const answer = await client.draft();
      if (answer.kind !== 'snapshot' || !answer.snapshot || answer.snapshot.channel === channel) {
        if (answer.kind === 'snapshot' && answer.snapshot) setDraft({ kind: 'ready', snapshot: answer.snapshot });
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, CHANNEL_RETRY_MS));
    }
    setBusy(false);
    setStatus(`Replies on ${site.host} are checked as ${channel === 'email' ? 'email' : channel === 'chat' ? 'chat messages' : 'social posts'}.`);
  };

  const onToggleSite = async (enabled: boolean) => {
    if (!site) return;
    const { granted } = await client.setSite(site, enabled);
    if (!granted) {
      setStatus(`Rapport needs your permission to read reply boxes on ${site.host}.`);
      return;
    }
    setStatus(enabled ? (site.builtIn ? '' : `Rapport is on for ${site.host}. Reload the page to start.`) : `Rapport is off on ${site.host}.`);
    // Turned back on, the page's coach starts again and checks the draft: wait for that check rather than say "No draft yet".
    await load(enabled && site.builtIn ? RESTART_ATTEMPTS : 1);
  };

  return (
    <PopupApp
      draft={draft}
      site={site ? { host: site.name ?? site.host, enabled: site.enabled, builtIn: site.builtIn !== null, pausedUntil } : null}
      today={today}
      savingProblem={savingProblem}
      onRetrySaving={
        client.retrySaving &&
        (() =>
          void client.retrySaving?.().then(async (response) => {
            setStatus(retryOutcome(response));
            setSavingProblem((await client.savingProblem?.()) ?? null);
          }))
      }
      status={status}
      busy={busy}
      now={Date.now()}
      onApply={(f, i) => void onApply(f, i)}
      onReveal={(f) => draft.kind === 'ready' && void client.reveal(draft.snapshot.version, f.key)}
      onRetry={() => void load()}
      onToggleSite={(enabled) => void onToggleSite(enabled)}
      onPause={() =>
        void client.pause().then((until) => {
          setPausedUntil(until);
          setDraft({ kind: 'paused' });
        })
      }
      onResume={() => void client.resume().then(() => load(RESTART_ATTEMPTS))}
      onOpenOptions={client.openOptions}
      onOpenSummary={client.openSummary}
      onChannel={(channel) => void onChannel(channel)}
    />
  );
}
