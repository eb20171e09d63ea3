// @vitest-environment happy-dom
// Sent replies that could not be saved (storage.local full) are shown on the summary page, with
// "Try again now" that saves them once there is room; against fakeBrowser and the real background.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser, failHistoryWritesWhen } = await vi.hoisted(() => import('./summary-test-globals'));

import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { startHistoryHandler } from '../../lib/background/history-handler';
import { recordReply } from '../../lib/content/record-reply';
import { record } from '../../lib/stats/testing/records';
import { SummaryPage } from './summary-page';

const NOW = Date.parse('2026-05-04T15:00:00Z');
const TZ = 'Europe/Berlin';
let full = false;
let handler: ReturnType<typeof startHistoryHandler>;

beforeEach(() => {
  fakeBrowser.reset();
  full = false;
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  failHistoryWritesWhen(() => full);
  handler = startHistoryHandler({ now: () => NOW, timeZone: () => TZ });
});
afterEach(() => {
  cleanup();
  handler.stop();
  vi.restoreAllMocks();
});

describe('the summary page when replies could not be saved', () => {
  it('says how many replies wait and why, and saves them with "Try again now"', { timeout: 30_000 }, async () => {
    full = true;
    for (let i = 0; i < 3; i++) expect(await recordReply(record({ id: crypto.randomUUID(), at: NOW - 60_000 * (i + 1) }))).toMatchObject({ queued: true });
    render(<SummaryPage now={() => NOW} timeZone={TZ} />);
    expect(await screen.findByText(/3 sent replies haven’t been saved to your tone history yet \(the browser’s storage for Rapport is full\)/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Try again now' }));
    expect(await screen.findByText(/Tried again: storage is still full\./)).toBeTruthy();

    full = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again now' }));
    expect(await screen.findByText('3 replies today')).toBeTruthy();
    expect(screen.queryByText(/haven’t been saved/)).toBeNull();
  });

  it('shows nothing about saving when every reply is saved', async () => {
    await recordReply(record({ id: crypto.randomUUID(), at: NOW - 60_000 }));
    render(<SummaryPage now={() => NOW} timeZone={TZ} />);
    expect(await screen.findByText('1 reply today')).toBeTruthy();
    expect(screen.queryByText(/haven’t been saved/)).toBeNull();
  });
});
