// The page's side of recording a sent reply: a record the background cannot be reached for is
// kept (bounded), retried in order, and counted when it has to be let go.
import { describe, expect, it } from 'vitest';
import type { HistoryResponse } from '../messages/history';
import { record } from '../stats/testing/records';
import { OUTBOX_LIMIT, ReplyOutbox, type OutboxState } from './reply-outbox';

const reply = (i: number) => record({ id: `r${i}`, at: 1_000 + i });

function backend() {
  const delivered: string[] = [];
  let reachable = false;
  return {
    delivered,
    setReachable: (value: boolean) => (reachable = value),
    deliver: async (r: { id: string }): Promise<HistoryResponse> => {
      if (!reachable) return { ok: false, error: 'Could not establish connection. Receiving end does not exist.' };
      delivered.push(r.id);
      return { ok: true, counted: true };
    },
  };
}

describe('ReplyOutbox', () => {
  it('keeps records while the background is unreachable and delivers them in order later', async () => {
    const b = backend();
    const states: OutboxState[] = [];
    const outbox = new ReplyOutbox(b.deliver, (s) => states.push(s));
    await outbox.submit(reply(1));
    await outbox.submit(reply(2));
    expect(outbox.state).toEqual({ waiting: 2, lost: 0, lastError: 'Could not establish connection. Receiving end does not exist.' });
    expect(states.at(-1)!.waiting).toBe(2);
    b.setReachable(true);
    await outbox.submit(reply(3));
    expect(b.delivered).toEqual(['r1', 'r2', 'r3']);
    expect(outbox.state).toEqual({ waiting: 0, lost: 0, lastError: null });
  });

  it('keeps at most OUTBOX_LIMIT records and counts the ones let go', async () => {
    const b = backend();
    const outbox = new ReplyOutbox(b.deliver);
    for (let i = 0; i < OUTBOX_LIMIT + 3; i++) await outbox.submit(reply(i));
    expect(outbox.state).toMatchObject({ waiting: OUTBOX_LIMIT, lost: 3 });
    b.setReachable(true);
    await outbox.flush();
    expect(b.delivered).toHaveLength(OUTBOX_LIMIT);
    expect(b.delivered[0]).toBe('r3');
  });

  it('does not retry a record the background refused as invalid, and a thrown send is a retry', async () => {
    let calls = 0;
    const outbox = new ReplyOutbox(async () => {
      calls += 1;
      if (calls === 1) throw new Error('Extension context invalidated.');
      return { ok: false, error: 'invalid record: text: unknown field' };
    });
    await outbox.submit(reply(1));
    expect(outbox.state.waiting).toBe(1);
    await outbox.flush();
    expect(outbox.state).toEqual({ waiting: 0, lost: 0, lastError: null });
    expect(calls).toBe(2);
  });
});
