// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../../lib/engine/analyzer';
import type { DraftSnapshot } from '../../lib/messages/draft';
import type { DraftAnswer, PopupClient } from '../../lib/popup/client';
import type { PageSite } from '../../lib/popup/site';
import { defaultPack } from '../../lib/rules/default';
import { PopupContainer, RESUMING_REREAD_MS } from './PopupContainer';

afterEach(cleanup);

const local: PageSite = { host: '127.0.0.1', pattern: 'http://127.0.0.1/*', builtIn: 'local', enabled: true };

function snapshot(version = 1, text = 'You need to restart your router.'): DraftSnapshot {
  const a = createAnalyzer(defaultPack).analyze(text);
  return { version, editor: 'Text box', findings: a.findings.map((f, i) => ({ ...f, key: `k${i}`, wholeReply: null })), scores: a.scores, language: a.language, mood: null, customerMessage: null, customerName: null, channel: a.structure.channel, skipped: a.structure.skipped };
}

function fakeClient(overrides: Partial<PopupClient> = {}): PopupClient & { changePage(): void } {
  let pageChange: () => void = () => undefined;
  return {
    site: vi.fn(async () => local),
    pausedUntil: vi.fn(async () => null),
    today: vi.fn(async () => ({ replies: 0, averageWarmth: null, trend: null })),
    draft: vi.fn(async (): Promise<DraftAnswer> => ({ kind: 'snapshot', snapshot: snapshot() })),
    apply: vi.fn(async () => ({ outcome: 'applied' as const, snapshot: snapshot(2, 'Could you restart your router?') })),
    reveal: vi.fn(async () => undefined),
    setSite: vi.fn(async () => ({ granted: true })),
    setChannel: vi.fn(async () => undefined),
    pause: vi.fn(async () => Date.now() + 3_600_000),
    resume: vi.fn(async () => undefined),
    openOptions: vi.fn(),
    openSummary: vi.fn(),
    onPageChange: (callback) => {
      pageChange = callback;
      return () => undefined;
    },
    changePage: () => pageChange(),
    ...overrides,
  };
}

describe('PopupContainer', () => {
  it('reads the draft and applies a rewording through the page, then shows the fresh draft', async () => {
    const client = fakeClient();
    render(<PopupContainer client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: /^Apply: change .* to “Could you restart your router\?”$/ }));
    // The draft may draw other cards too (a one-line e-mail has no greeting): the applied one is the you-need-to card.
    const key = snapshot().findings.find((f) => f.ruleId === 'you-need-to')!.key;
    await waitFor(() => expect(client.apply).toHaveBeenCalledWith(1, key, 0));
    expect(await screen.findByText(/Applied in the page/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Apply: change .* to “Could you restart your router\?”$/ })).toBeNull();
  });

  it.each<[string, Partial<PopupClient>, RegExp]>([
    ['a browser page', { site: async () => null }, /Nothing to coach here/],
    ['a site that is off', { site: async () => ({ ...local, enabled: false }) }, /Rapport is off on this site/],
    ['a paused coach', { pausedUntil: async () => Date.now() + 60_000 }, /Coaching is paused/],
    ['a page without the content script', { draft: async () => ({ kind: 'unreachable' }) }, /Reload the page to start/],
    ['a page with no draft', { draft: async () => ({ kind: 'snapshot', snapshot: null }) }, /No draft yet/],
  ])('explains %s', async (_name, overrides, title) => {
    render(<PopupContainer client={fakeClient(overrides)} />);
    expect(await screen.findByRole('heading', { name: title })).toBeTruthy();
  });

  it('notices the page reloading and reads the draft again on request', async () => {
    const client = fakeClient();
    render(<PopupContainer client={client} />);
    await screen.findByRole('meter');
    client.changePage();
    fireEvent.click(await screen.findByRole('button', { name: 'Read the draft again' }));
    await screen.findByRole('meter');
    expect(client.draft).toHaveBeenCalledTimes(2);
  });

  it('says so when the permission for a new site is refused', async () => {
    const site: PageSite = { host: 'support.acme.com', pattern: 'https://support.acme.com/*', builtIn: null, enabled: false };
    const client = fakeClient({ site: async () => site, setSite: vi.fn(async () => ({ granted: false })) });
    render(<PopupContainer client={client} />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Coach on support.acme.com' }));
    expect(await screen.findByText(/needs your permission/)).toBeTruthy();
    expect(client.setSite).toHaveBeenCalledWith(site, true);
  });

  it('offers Outlook on the web by name and asks for its permission when switched on', async () => {
    const site: PageSite = { host: 'outlook.office.com', pattern: 'https://outlook.office.com/*', builtIn: null, name: 'Outlook on the web', enabled: false };
    const client = fakeClient({ site: async () => site, setSite: vi.fn(async () => ({ granted: true })) });
    render(<PopupContainer client={client} />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Coach on Outlook on the web' }));
    expect(await screen.findByText(/Rapport is on for outlook\.office\.com/)).toBeTruthy();
    expect(client.setSite).toHaveBeenCalledWith(site, true);
  });

  it('pauses for an hour', async () => {
    const client = fakeClient();
    render(<PopupContainer client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Pause for an hour' }));
    expect(await screen.findByRole('heading', { name: /Coaching is paused/ })).toBeTruthy();
  });
});

describe('channel switch', () => {
  it('stores the choice for the site and shows the draft checked for that channel', async () => {
    const chat = { ...snapshot(2), channel: 'chat' as const };
    const draft = vi.fn<() => Promise<DraftAnswer>>().mockResolvedValueOnce({ kind: 'snapshot', snapshot: snapshot() }).mockResolvedValueOnce({ kind: 'snapshot', snapshot: snapshot() }).mockResolvedValue({ kind: 'snapshot', snapshot: chat });
    const client = fakeClient({ draft });
    render(<PopupContainer client={client} />);
    const chatRadio = await screen.findByRole('radio', { name: 'Chat' });
    fireEvent.click(chatRadio);
    await waitFor(() => expect((screen.getByRole('radio', { name: 'Chat' }) as HTMLInputElement).checked).toBe(true));
    expect(client.setChannel).toHaveBeenCalledWith(local, 'chat');
    expect(screen.getByText('Replies on 127.0.0.1 are checked as chat messages.')).toBeTruthy();
  });
});

describe('turning the site back on', () => {
  it('waits for the restarted coach to check the draft instead of saying there is no draft', async () => {
    let enabled = false;
    // The coach has no check for a moment after it starts again, then answers with the draft.
    const draft = vi
      .fn<() => Promise<DraftAnswer>>()
      .mockResolvedValueOnce({ kind: 'snapshot', snapshot: null })
      .mockResolvedValueOnce({ kind: 'snapshot', snapshot: null })
      .mockResolvedValue({ kind: 'snapshot', snapshot: snapshot() });
    const client = fakeClient({
      site: vi.fn(async () => ({ ...local, enabled })),
      setSite: vi.fn(async (_site: PageSite, on: boolean) => {
        enabled = on;
        return { granted: true };
      }),
      draft,
    });
    render(<PopupContainer client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Turn on for this site' }));
    expect(await screen.findByRole('meter', { name: 'Warmth of this draft' }, { timeout: 30_000 })).toBeTruthy();
    expect(draft).toHaveBeenCalledTimes(3);
    expect(screen.queryByText('No draft yet')).toBeNull();
  });
});


describe('a check the page is still finishing', () => {
  afterEach(() => vi.useRealTimers());

  it('reads the draft again while the coach goes on, and shows the finished check when it comes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const part = { ...snapshot(1, 'You need to wait.'), incomplete: 'resuming' as const };
    const whole = { ...snapshot(2, 'You need to wait. Per our policy, you wait.'), incomplete: null };
    const draft = vi.fn<() => Promise<DraftAnswer>>().mockResolvedValueOnce({ kind: 'snapshot', snapshot: part }).mockResolvedValueOnce({ kind: 'snapshot', snapshot: part }).mockResolvedValue({ kind: 'snapshot', snapshot: whole });
    render(<PopupContainer client={fakeClient({ draft })} />);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByText(/^Still checking/)).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(RESUMING_REREAD_MS));
    expect(draft).toHaveBeenCalledTimes(2);
    expect(screen.getByText(/^Still checking/)).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(RESUMING_REREAD_MS));
    expect(draft).toHaveBeenCalledTimes(3);
    expect(screen.queryByText(/^Still checking/)).toBeNull();
    expect(screen.getByRole('heading', { name: `To fix in this draft (${whole.findings.length})` })).toBeTruthy();
    // A whole check is not read again.
    await act(() => vi.advanceTimersByTimeAsync(10 * RESUMING_REREAD_MS));
    expect(draft).toHaveBeenCalledTimes(3);
  });

  it('does not read again a check the coach stopped going on with', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stopped = { ...snapshot(), incomplete: 'stopped' as const };
    const draft = vi.fn(async (): Promise<DraftAnswer> => ({ kind: 'snapshot', snapshot: stopped }));
    render(<PopupContainer client={fakeClient({ draft })} />);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByText(/checked part of your reply/)).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(10 * RESUMING_REREAD_MS));
    expect(draft).toHaveBeenCalledTimes(1);
  });
});
