// The history store against fakeBrowser (in-memory storage, runtime messaging and alarms).
// The fake must be installed as the global `browser` before wxt/browser is first imported.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(() => import('./testing/fake-browser-global'));

import { startHistoryHandler } from '../background/history-handler';
import { record } from '../stats/testing/records';
import { HISTORY_KEY, readHistory, readHistorySettings } from './history';
import { createHistoryWriter, createQueue } from '../background/history-writer';
import { buildReplyRecord, newRecordId, recordReply } from '../content/record-reply';
import { requestDismissNotice, requestErase, requestSettingsUpdate } from '../pages/history-requests';
import type { ReplyRecord } from '../stats/types';

const NOW = Date.parse('2026-05-04T14:00:00Z');
const TZ = 'Europe/Berlin';
const storageKey = HISTORY_KEY.replace(/^local:/, '');
const uuidRecord = (overrides: Partial<ReplyRecord> = {}) => record({ id: crypto.randomUUID(), at: NOW - 60_000, ...overrides });

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createQueue', () => {
  it('runs tasks one at a time in order, and a failure does not stop the queue', async () => {
    const enqueue = createQueue();
    const log: string[] = [];
    const task = (name: string, ms: number, fail = false) => () =>
      new Promise<string>((resolve, reject) =>
        setTimeout(() => {
          log.push(name);
          if (fail) reject(new Error(name));
          else resolve(name);
        }, ms),
      );
    const results = await Promise.allSettled([enqueue(task('slow', 20)), enqueue(task('broken', 1, true)), enqueue(task('fast', 1))]);
    expect(log).toEqual(['slow', 'broken', 'fast']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});

describe('the history writer', () => {
  const writer = () => createHistoryWriter({ now: () => NOW, timeZone: () => TZ });

  it('records to storage.local, aggregated per local day, versioned v1', async () => {
    const w = writer();
    const outcome = await w.record([uuidRecord({ warmth: 70, findingsByPrinciple: { respect: 1 }, findingsByRule: { 'you-need-to': 1 } })]);
    expect(outcome.counted).toHaveLength(1);
    const stored = await fakeBrowser.storage.local.get([storageKey, `${storageKey}$`]);
    expect(stored[`${storageKey}$`]).toEqual({ v: 1 });
    const { value, corrupt } = await readHistory();
    expect(corrupt).toBe(false);
    expect(value.days['2026-05-04']).toMatchObject({ replies: 1, warmthSum: 70, findingsByRule: { 'you-need-to': 1 } });
  });

  it('never loses or double counts replies from many tabs at once (concurrent writes, retries)', async () => {
    const w = writer();
    const records = Array.from({ length: 40 }, () => uuidRecord());
    // Every record arrives twice (a retry), all writes in flight together, from two writers' worth of calls.
    await Promise.all([...records, ...records].map((r) => w.record([r])));
    const { value } = await readHistory();
    expect(value.days['2026-05-04']!.replies).toBe(40);
    expect(Object.keys(value.recentIds)).toHaveLength(40);
  });

  it('would lose writes without the queue: two raw read-modify-writes race', async () => {
    // Documents why the writer serialises: the same merge done twice concurrently, unqueued, keeps one.
    const { mergeRecords, emptyHistory } = await import('../stats/aggregate');
    // Both read before either writes (a barrier, not a sleep): the interleaving a busy worker can produce.
    let read = 0;
    let bothRead!: () => void;
    const barrier = new Promise<void>((resolve) => (bothRead = resolve));
    const unqueued = async (r: ReplyRecord) => {
      const before = ((await fakeBrowser.storage.local.get(storageKey))[storageKey] as never) ?? emptyHistory();
      if (++read === 2) bothRead();
      await barrier;
      const { state } = mergeRecords(before, [r], { timeZone: TZ, now: NOW });
      await fakeBrowser.storage.local.set({ [storageKey]: state });
    };
    await Promise.all([unqueued(uuidRecord()), unqueued(uuidRecord())]);
    expect((await readHistory()).value.days['2026-05-04']!.replies).toBe(1);
  });

  it('refuses invalid records, e.g. one carrying the reply text', async () => {
    const w = writer();
    const outcome = await w.record([{ ...uuidRecord(), text: 'You need to restart the router.' }]);
    expect(outcome.counted).toEqual([]);
    expect(outcome.invalid[0]!.error).toMatch(/text|unrecognized/i);
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain('router');
  });

  it('prunes by the configured retention', async () => {
    const w = writer();
    await fakeBrowser.storage.local.set({
      [storageKey]: {
        days: {
          '2026-04-20': { ...(await dayOf(uuidRecord())), day: '2026-04-20' },
          '2026-05-01': { ...(await dayOf(uuidRecord())), day: '2026-05-01' },
        },
        recentIds: {},
      },
    });
    await w.updateSettings({ retentionDays: 7, nudge: { enabled: false, time: '18:00' } });
    expect(Object.keys((await readHistory()).value.days)).toEqual(['2026-05-01']);
    expect((await readHistorySettings()).value.retentionDays).toBe(7);
  });

  it('repairs a corrupted value, keeps what is readable, and notes the repair until dismissed', async () => {
    const w = writer();
    await fakeBrowser.storage.local.set({ [storageKey]: { days: { '2026-05-03': { day: '2026-05-03', replies: 'lots' } }, recentIds: {} } });
    const read = await readHistory();
    expect(read).toMatchObject({ corrupt: true, droppedDays: 1 });
    await w.record([uuidRecord()]);
    const after = await readHistory();
    expect(after.corrupt).toBe(false);
    expect(after.value.repaired).toEqual({ at: NOW, droppedDays: 1 });
    expect(after.value.days['2026-05-04']!.replies).toBe(1);
    await w.dismissNotice();
    expect((await readHistory()).value.repaired).toBeUndefined();
  });

  it('treats a non-object stored value as empty', async () => {
    await fakeBrowser.storage.local.set({ [storageKey]: 'not json at all' });
    const read = await readHistory();
    expect(read.corrupt).toBe(true);
    expect(read.value.days).toEqual({});
  });

  it('erases everything', async () => {
    const w = writer();
    await w.record([uuidRecord()]);
    await w.erase();
    expect((await readHistory()).value).toEqual({ days: {}, recentIds: {} });
  });
});

async function dayOf(r: ReplyRecord) {
  const { aggregateRecords } = await import('../stats/aggregate');
  return Object.values(aggregateRecords([r], TZ))[0]!;
}

describe('recordReply through the background message handler', () => {
  it('counts a reply once, even when the message is retried', async () => {
    const { stop } = startHistoryHandler({ now: () => NOW, timeZone: () => TZ });
    const entry = buildReplyRecord({ site: 'acme.zendesk.com', warmth: 64, findings: [{ ruleId: 'you-need-to', principle: 'respect' }], at: NOW - 1000 });
    expect(await recordReply(entry)).toEqual({ ok: true, counted: true, duplicate: false });
    expect(await recordReply(entry)).toEqual({ ok: true, counted: false, duplicate: true });
    const { value } = await readHistory();
    expect(value.days['2026-05-04']).toMatchObject({ replies: 1, findingsByPrinciple: { respect: 1 }, sites: { 'acme.zendesk.com': 1 } });
    stop();
  });

  it('answers an invalid record with an error instead of storing it', async () => {
    const { stop } = startHistoryHandler({ now: () => NOW, timeZone: () => TZ });
    const response = await recordReply({ ...uuidRecord(), site: 'https://acme.zendesk.com/tickets/1' });
    expect(response.ok).toBe(false);
    expect((await readHistory()).value.days).toEqual({});
    stop();
  });

  it('retries while the background is not listening yet, then reports failure without throwing', async () => {
    const response = await recordReply(uuidRecord(), { attempts: 2, retryDelayMs: 1 });
    expect(response).toEqual({ ok: false, error: 'No listeners available' });
  });

  it('erases and updates settings from the extension’s own pages; schedules the nudge', async () => {
    const { stop, writer } = startHistoryHandler({ now: () => NOW, timeZone: () => TZ });
    await recordReply(uuidRecord());
    expect(await requestSettingsUpdate({ retentionDays: 30, nudge: { enabled: true, time: '17:30' } })).toMatchObject({ ok: true });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('rapport:history-nudge')).toBeDefined());
    expect(await requestSettingsUpdate({ retentionDays: 3, nudge: { enabled: true, time: '17:30' } } as never)).toMatchObject({ ok: false });
    expect(await requestDismissNotice()).toEqual({ ok: true });
    expect(await requestErase()).toEqual({ ok: true });
    await writer.idle();
    expect((await readHistory()).value.days).toEqual({});
    stop();
  });

  it('refuses erasing from a content script', async () => {
    const { stop } = startHistoryHandler({ now: () => NOW, timeZone: () => TZ });
    await recordReply(uuidRecord());
    // Wait on the handler's own answer (sendResponse), then check that nothing was erased.
    let answer!: (response: unknown) => void;
    const answered = new Promise((resolve) => (answer = resolve));
    const responses = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'rapport:erase-history' },
      { url: 'https://acme.zendesk.com/agent', tab: { id: 1 } } as never,
      (response: unknown) => answer(response),
    );
    expect(responses).toEqual([true]);
    expect(await answered).toEqual({ ok: false, error: 'only the extension’s own pages may change the history' });
    expect((await readHistory()).value.days['2026-05-04']!.replies).toBe(1);
    stop();
  });

  it('ignores messages that are not its own', async () => {
    const { stop } = startHistoryHandler();
    const responses = await fakeBrowser.runtime.onMessage.trigger({ type: 'someone-else' }, {}, () => undefined);
    expect(responses).toEqual([false]);
    stop();
  });
});

describe('the end-of-day nudge', () => {
  it('shows today’s one-line summary when on, and nothing when off', async () => {
    const { showNudge } = await import('../background/history-handler');
    const w = createHistoryWriter({ now: () => NOW, timeZone: () => TZ });
    await w.record([uuidRecord({ warmth: 70, suggestionsApplied: 2 })]);
    expect(await showNudge(NOW, TZ)).toBe(false);
    await w.updateSettings({ retentionDays: 90, nudge: { enabled: true, time: '18:00' } });
    expect(await showNudge(NOW, TZ)).toBe(true);
    const created = (fakeBrowser.notifications as unknown as { getAllCreateOptions(): Record<string, { message: string }> }).getAllCreateOptions();
    expect(created['rapport:history-nudge']!.message).toBe('1 reply today, average warmth 70 (warm), 2 suggestions accepted. Nothing came up: lovely work.');
  });

  it('does not nudge on a day without replies', async () => {
    const { showNudge } = await import('../background/history-handler');
    const w = createHistoryWriter({ now: () => NOW, timeZone: () => TZ });
    await w.updateSettings({ retentionDays: 90, nudge: { enabled: true, time: '18:00' } });
    expect(await showNudge(NOW, TZ)).toBe(false);
  });
});

describe('record ids', () => {
  it('are UUIDs, also without crypto.randomUUID (insecure pages)', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newRecordId()).toMatch(uuid);
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newRecordId()).toMatch(uuid);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
