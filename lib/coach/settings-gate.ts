/**
 * Is Rapport on here, and how should it read this page? The agent's site switches and reply-box
 * selectors, "pause for an hour" (with a timer that resumes it), the channel the agent chose for this
 * site, and the phrases not to flag here. Emits `gate` when on/off may have changed and `recheck`
 * when the current draft should be checked again.
 */
import { DEFAULT_CHANNEL, type Channel } from '../engine/channel';
import { composerContext } from '../sites';
import { phrasesFor, type IgnoredPhrases } from '../store-schema/ignored-list';
import { siteFor, type Settings } from '../store-schema/settings';
import type { CoachStorage } from './coach-storage';
import type { CoachSession } from './session';

export interface CoachHooks {
  /** The channel a site adapter reads from the page (Zendesk's messaging composer, Intercom's chat…); the agent's popup choice wins. */
  detectChannel?(): Channel | null;
  /** True when the draft is the first message of a chat conversation (it still gets a welcome). */
  isFirstMessage?(): boolean;
}

export interface SettingsGate {
  /** On for this site and not paused. Before settings are read: on (the manifest's matches decided). */
  siteOn(): boolean;
  /** The reply-box selector the agent gave for this site, if any. */
  composerSelector(): string | undefined;
  /** Where a reply in `root` goes: the agent's choice for this site, else what the helpdesk says, else the default. */
  channelFor(root: HTMLElement): Channel;
  /** The phrases not flagged on this site (one array per change: the engine reads a list once). */
  ignoredPhrases(): string[];
  /** Replace the ignored lists at once (after the agent added one, before storage reports back). */
  useIgnored(lists: IgnoredPhrases): void;
  isFirstMessage(): boolean;
}

/** Slack after the pause's end, so the resume check does not run a moment early. */
const RESUME_SLACK_MS = 50;

export function startSettingsGate(session: CoachSession, storage: CoachStorage, hooks: CoachHooks = {}): SettingsGate {
  const { win, signal } = session;
  let settings: Settings | null = null;
  let pausedUntil: number | null = null;
  let channelChoice: Channel | null = null;
  let ignored: string[] = [];
  let resumeTimer: number | undefined;
  signal.addEventListener('abort', () => win.clearTimeout(resumeTimer));

  const paused = () => pausedUntil !== null && pausedUntil > Date.now();
  const gateChanged = () => {
    win.clearTimeout(resumeTimer);
    if (signal.aborted) return;
    if (paused()) resumeTimer = win.setTimeout(gateChanged, Math.max(0, pausedUntil! - Date.now()) + RESUME_SLACK_MS);
    session.emit('gate', undefined);
  };
  const follow = <T>(source: { get(): Promise<T>; watch(callback: (value: T) => void): () => void }, use: (value: T) => void) => {
    if (signal.aborted) return;
    void source.get().then((value) => {
      if (!signal.aborted) use(value);
    }, () => undefined);
    const unwatch = source.watch(use);
    signal.addEventListener('abort', unwatch);
  };

  follow(storage.settings, (value) => {
    settings = value;
    gateChanged();
  });
  follow(storage.pausedUntil, (value) => {
    pausedUntil = value;
    gateChanged();
  });
  follow(storage.channel(session.host), (value) => {
    channelChoice = value;
    session.emit('recheck', 0);
  });
  const useIgnored = (lists: IgnoredPhrases) => {
    ignored = phrasesFor(lists, session.site);
  };
  follow(storage.ignoredPhrases, (lists) => {
    useIgnored(lists);
    session.emit('recheck', 0);
  });

  return {
    siteOn: () => (settings ? siteFor(session.pageUrl, settings).enabled : true) && !paused(),
    composerSelector: () => (settings ? siteFor(session.pageUrl, settings).composerSelector : undefined),
    channelFor: (root) => channelChoice ?? composerContext(root).channel ?? hooks.detectChannel?.() ?? DEFAULT_CHANNEL,
    ignoredPhrases: () => ignored,
    useIgnored,
    isFirstMessage: () => hooks.isFirstMessage?.() ?? false,
  };
}
