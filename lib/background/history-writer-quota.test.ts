// A full storage.local (quota exceeded) never loses a sent reply silently: the writer keeps the
// records it could not write in a bounded queue (memory + storage.session), reports them for the
// popup and the summary page, retries (on the next reply, on an alarm, on "Try again", after a
// prune) and writes every one once space is back. The fake storage throws Chrome's quota error.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser, failHistoryWritesWhen } = await vi.hoisted(() => import('../storage/testing/fake-browser-global'));

import { RETRY_ALARM, startHistoryHandler } from './history-handler';
import { record } from '../stats/testing/records';
import { createHistoryWriter } from './history-writer';
import { readHistory } from '../storage/history';
import { recordReply } from '../content/record-reply';
import { requestRetryWrites } from '../pages/history-requests';
import type { ReplyRecord } from '../stats/types';
import { PENDING_LIMIT, pendingNotice, readPendingReplies, withPending, noPendingReplies, isQuotaError } from '../storage/pending-replies';

const NOW = Date.parse('2026-05-04T14:00:00Z');
const TZ = 'Europe/Berlin';
const reply = (i = 0): ReplyRecord => record({ id: crypto.randomUUID(), at: NOW - 60_000 - i });

/** storage.local refuses to store the history while `full` is set, as Chrome does past QUOTA_BYTES. */
let full = false;
beforeEach(() => {
  fakeBrowser.reset();
  full = false;
  vi.spyOn(console, 'error').mockImplementation(() => undefined); // the writer logs each failed write
  failHistoryWritesWhen(() => full);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const writer = () => createHistoryWriter({ now: () => NOW, timeZone: () => TZ });
const repliesToday = async () => (await readHistory()).value.days['2026-05-04']?.replies ?? 0;

describe('sent replies while storage.local is full', () => {
  it('keeps, reports and then writes every one of 20 replies when 10 hit a full storage', async () => {
    const w = writer();
    const records = Array.from({ length: 20 }, (_, i) => reply(i));
    for (const r of records.slice(0, 10)) expect((await w.record([r])).counted).toEqual([r.id]);

    full = true;
    for (const r of records.slice(10)) expect(await w.record([r])).toMatchObject({ counted: [], queued: [r.id] });
    expect(await repliesToday()).toBe(10);
    // Reported: kept in session storage for the popup and the summary page, with the reason.
    const waiting = await readPendingReplies();
    expect(waiting.records.map((r) => r.id)).toEqual(records.slice(10).map((r) => r.id));
    expect(pendingNotice(waiting)).toMatch(/^10 sent replies haven’t been saved to your tone history yet \(the browser’s storage for Rapport is full\)/);

    // Still full: a retry changes nothing and loses nothing.
    expect(await w.retryPending()).toBe(10);
    full = false;
    expect(await w.retryPending()).toBe(0);
    expect(await repliesToday()).toBe(20);
    expect(pendingNotice(await readPendingReplies())).toBeNull();
  });

  it('writes the waiting replies together with the next one once space is back', async () => {
    const w = writer();
    full = true;
    await w.record([reply(1)]);
    await w.record([reply(2)]);
    full = false;
    const next = reply(3);
    expect((await w.record([next])).counted).toEqual([next.id]);
    expect(await repliesToday()).toBe(3);
    expect((await w.pending()).records).toEqual([]);
  });

  it('keeps waiting replies across a service-worker restart (storage.session)', async () => {
    full = true;
    await writer().record([reply(1), reply(2)]);
    full = false;
    // A new worker: nothing in memory, the queue comes back from storage.session.
    expect(await writer().retryPending()).toBe(0);
    expect(await repliesToday()).toBe(2);
  });

  it('bounds the queue and says how many were lost beyond it', async () => {
    const w = writer();
    full = true;
    await w.record(Array.from({ length: PENDING_LIMIT + 5 }, (_, i) => reply(i)));
    const waiting = await w.pending();
    expect(waiting.records).toHaveLength(PENDING_LIMIT);
    expect(waiting.lost).toBe(5);
    expect(pendingNotice(waiting)).toContain('5 replies could not be kept while storage was failing');
    full = false;
    expect(await w.retryPending()).toBe(0);
    expect(await repliesToday()).toBe(PENDING_LIMIT);
    // The loss stays reported after the rest is saved.
    expect(pendingNotice(await readPendingReplies())).toContain('5 replies could not be kept');
  });

  it('drops waiting replies when the agent erases the history', async () => {
    const w = writer();
    full = true;
    await w.record([reply(1)]);
    full = false;
    await w.erase();
    expect(await repliesToday()).toBe(0);
    expect(pendingNotice(await readPendingReplies())).toBeNull();
  });
});

describe('through the background', () => {
  it('answers "queued", retries on its alarm and on "Try again", and clears the alarm when done', async () => {
    const { stop, writer: w } = startHistoryHandler({ now: () => NOW, timeZone: () => TZ });
    full = true;
    expect(await recordReply(reply(1))).toEqual({ ok: true, counted: false, queued: true, pending: 1 });
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeDefined();

    await fakeBrowser.alarms.onAlarm.trigger({ name: RETRY_ALARM, scheduledTime: NOW, persistAcrossSessions: false } as Parameters<typeof fakeBrowser.alarms.onAlarm.trigger>[0]);
    await w.idle();
    expect((await w.pending()).records).toHaveLength(1);

    full = false;
    expect(await requestRetryWrites()).toEqual({ ok: true, pending: 0 });
    expect(await repliesToday()).toBe(1);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined());
    stop();
  });
});

describe('the waiting queue', () => {
  it('adds each id once', () => {
    const r = reply();
    const once = withPending(noPendingReplies(), [r], 'full', NOW);
    expect(withPending(once, [r], 'full', NOW + 1)).toMatchObject({ records: [r], since: NOW, lost: 0 });
  });

  it.each([
    [new Error('QUOTA_BYTES quota exceeded'), true],
    [new DOMException('The quota has been exceeded.', 'QuotaExceededError'), true],
    [new Error('IO error'), false],
  ])('tells a full storage from another failure: %s', (error, quota) => {
    expect(isQuotaError(error)).toBe(quota);
  });
});
