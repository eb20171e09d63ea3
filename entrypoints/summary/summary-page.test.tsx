// @vitest-environment happy-dom
// The summary page with seeded history, against fakeBrowser storage and the real background handler.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(() => import('./summary-test-globals'));

import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { startHistoryHandler } from '../../lib/background/history-handler';
import { defaultPack } from '../../lib/rules/default';
import { HISTORY_KEY } from '../../lib/storage/history';
import { recordReply } from '../../lib/content/record-reply';
import { record } from '../../lib/stats/testing/records';
import type { ReplyRecord } from '../../lib/stats/types';
import { SummaryPage } from './summary-page';

const NOW = Date.parse('2026-05-04T15:00:00Z'); // Monday 17:00 in Berlin
const TZ = 'Europe/Berlin';
const now = () => NOW;
const firstFlag = (ruleId: string) => defaultPack.rules.find((r) => r.id === ruleId)!.examples.flag[0]!.text;

let handler: ReturnType<typeof startHistoryHandler>;

const reply = (overrides: Partial<ReplyRecord> & { at: number }) => record({ site: 'acme.zendesk.com', ...overrides });

async function seed() {
  const hour = 3_600_000;
  const entries = [
    reply({ at: NOW - 5 * hour, warmth: 30, findingsByPrinciple: { respect: 2, welcome: 1 }, findingsByRule: { 'you-need-to': 2, 'greeting-missing': 1 }, suggestionsApplied: 2 }),
    reply({ at: NOW - 4 * hour, warmth: 50, findingsByPrinciple: { respect: 1 }, findingsByRule: { 'you-need-to': 1 }, suggestionsDismissed: 1 }),
    reply({ at: NOW - 3 * hour, warmth: 75, suggestionsApplied: 1 }),
    reply({ at: NOW - 2 * 86_400_000, warmth: 80 }),
  ];
  for (const entry of entries) expect(await recordReply(entry)).toMatchObject({ ok: true, counted: true });
}

async function renderPage() {
  render(<SummaryPage now={now} timeZone={TZ} />);
  await screen.findByRole('heading', { level: 1, name: 'Your day in tone' });
}

beforeEach(() => {
  fakeBrowser.reset();
  handler = startHistoryHandler({ now, timeZone: () => TZ });
});

afterEach(async () => {
  cleanup();
  handler.stop();
  await handler.writer.idle();
});

describe('the summary page', () => {
  it('shows an empty state before any reply is recorded', async () => {
    await renderPage();
    expect(screen.getByRole('heading', { level: 2, name: 'No replies yet' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Export CSV' }) as HTMLButtonElement).disabled).toBe(true);
    // The disabled exports say why, to the eye and to a screen reader.
    for (const name of ['Export CSV', 'Export JSON']) {
      expect(screen.getByRole('button', { name, description: 'Nothing to export yet: your first sent reply starts the history.' })).toBeTruthy();
    }
    expect(screen.queryByRole('heading', { name: 'Trend' })).toBeNull();
  });

  it('summarises today from seeded data', async () => {
    await seed();
    await renderPage();
    expect(screen.getByText('Monday, 4 May 2026')).toBeTruthy();
    expect(screen.getByText('3 replies today')).toBeTruthy();
    expect(screen.queryByText(/Nothing to export yet/)).toBeNull();

    const stats = screen.getByRole('heading', { name: 'Today' }).closest('section')!;
    const stat = (name: string) => within(stats).getByText(name).nextElementSibling!.textContent;
    expect(stat('Average warmth')).toBe('52neutral');
    expect(stat('Suggestions accepted')).toBe('3of 4 you saw');

    const bands = within(stats).getByRole('list', { name: 'Warmth of today’s replies' });
    expect(within(bands).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Cold (under 40): 1 reply, 33%',
      'Neutral (40–59): 1 reply, 33%',
      'Warm (60 and up): 1 reply, 33%',
    ]);

    const focus = screen.getByRole('heading', { name: 'Focus for tomorrow' }).closest('section')!;
    expect(focus.textContent).toContain('Tomorrow, try to ask rather than tell');

    const top = screen.getByRole('heading', { name: 'What came up most today' }).closest('section')!;
    const items = within(top).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual(['Respect', 'Welcome']);
    // The example is the rule's own first flag example from the default pack.
    expect(within(items[0]!).getByText(firstFlag('you-need-to'), { selector: 'q' })).toBeTruthy();
    expect(within(items[1]!).getByText(firstFlag('greeting-missing'), { selector: 'q' })).toBeTruthy();
  });

  it('gives the trend chart a text alternative, for 7 and 30 days', async () => {
    await seed();
    await renderPage();
    const trend = screen.getByRole('heading', { name: 'Trend' }).closest('section')!;
    const table = within(trend).getByRole('table', { name: /last 7 days/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(7);
    expect(rows.at(-1)!.textContent).toBe('4 May352');
    expect(rows.at(-2)!.textContent).toBe('3 May0–');
    expect(rows.at(-3)!.textContent).toBe('2 May180');
    expect(within(trend).getByText(/Last 7 days: 4 replies\. Average warmth went from 80 on 2 May to 52 on 4 May/)).toBeTruthy();

    fireEvent.click(within(trend).getByRole('radio', { name: 'Last 30 days' }));
    expect(within(within(trend).getByRole('table', { name: /last 30 days/ })).getAllByRole('row')).toHaveLength(31);
  });

  it('follows new replies live', async () => {
    await seed();
    await renderPage();
    await act(async () => {
      await recordReply(reply({ at: NOW - 60_000 }));
    });
    expect(await screen.findByText('4 replies today')).toBeTruthy();
  });

  it('shows a notice, not a broken page, when the stored history is corrupted', async () => {
    await seed();
    const key = HISTORY_KEY.replace('local:', '');
    const stored = (await fakeBrowser.storage.local.get(key))[key] as { days: Record<string, unknown> };
    stored.days['2026-05-02'] = { day: '2026-05-02', replies: 'a lot' };
    await fakeBrowser.storage.local.set({ [key]: stored });
    await renderPage();
    expect(screen.getByText(/Part of your tone history couldn’t be read, so 1 day is left out/)).toBeTruthy();
    expect(screen.getByText('3 replies today')).toBeTruthy();
  });

  it('falls back to an empty history with a notice when the value is unreadable', async () => {
    await fakeBrowser.storage.local.set({ [HISTORY_KEY.replace('local:', '')]: 'garbage', toneHistorySettings: { retentionDays: 'x' } });
    await renderPage();
    expect(screen.getByText(/Your tone history couldn’t be read, so it starts afresh/)).toBeTruthy();
    expect(screen.getByText(/Your summary settings couldn’t be read/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'No replies yet' })).toBeTruthy();
  });

  it('exports CSV and JSON through a Blob URL', async () => {
    await seed();
    await renderPage();
    const blobs: Blob[] = [];
    const clicks: string[] = [];
    // jsdom has no Blob URLs: record the blobs instead, and keep the anchor from navigating.
    const { createObjectURL, revokeObjectURL } = URL;
    URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:test');
    URL.revokeObjectURL = () => undefined;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    } finally {
      click.mockRestore();
      Object.assign(URL, { createObjectURL, revokeObjectURL });
    }
    expect(clicks).toEqual(['rapport-tone-history-2026-05-04.csv', 'rapport-tone-history-2026-05-04.json']);
    const csv = await blobs[0]!.text();
    expect(csv.split('\r\n')[0]).toMatch(/^date,replies,average_warmth,/);
    expect(csv).toContain('2026-05-04,3,51.7,1,1,1,4,3,1');
    const json = JSON.parse(await blobs[1]!.text());
    expect(json.days.map((d: { day: string }) => d.day)).toEqual(['2026-05-02', '2026-05-04']);
    expect(csv + JSON.stringify(json)).not.toMatch(/restart|router/i);
  });

  it('erases all history only after the confirm step', async () => {
    await seed();
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Erase all history…' }));
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.click(cancel);
    expect(screen.getByText('3 replies today')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Erase all history…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, erase everything' }));
    expect(await screen.findByText('All history erased.')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'No replies yet' })).toBeTruthy();
  });

  it('saves the retention and the end-of-day nudge, which schedules an alarm', async () => {
    await renderPage();
    fireEvent.change(screen.getByLabelText('Keep history for'), { target: { value: '30' } });
    const time = screen.getByLabelText('Time of the end-of-day summary') as HTMLInputElement;
    expect(time.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Send me a one-line summary at the end of the day'));
    fireEvent.change(time, { target: { value: '17:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
    expect((await fakeBrowser.storage.local.get('toneHistorySettings')).toneHistorySettings).toEqual({
      retentionDays: 30,
      nudge: { enabled: true, time: '17:30' },
    });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('rapport:history-nudge')).toBeDefined());
  });

  it('refuses an out-of-range retention with a message', async () => {
    await renderPage();
    fireEvent.change(screen.getByLabelText('Keep history for'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Please choose between 7 and 730 days.')).toBeTruthy();
  });
});
