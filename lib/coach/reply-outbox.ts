/**
 * Sent-reply records the page could not hand to the background (the service worker was starting,
 * or the message failed): kept in memory, at most `OUTBOX_LIMIT`, offered again before the next
 * reply and on a timer, in order. Past the limit the oldest go and are counted, so the agent is
 * told rather than a record vanishing. A record the background refuses as invalid is not retried.
 */
import type { HistoryResponse } from '../messages/history';
import type { ReplyRecord } from '../stats/types';

export const OUTBOX_LIMIT = 50;

export interface OutboxState {
  /** Records not delivered yet. */
  waiting: number;
  /** Records let go past the limit. */
  lost: number;
  lastError: string | null;
}

/** Errors that will not change on a retry: the background read the record and said no. */
const permanent = (error: string) => error.startsWith('invalid record') || error.startsWith('record refused');

export class ReplyOutbox {
  private readonly queue: ReplyRecord[] = [];
  private lost = 0;
  private lastError: string | null = null;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly deliver: (record: ReplyRecord) => Promise<HistoryResponse>,
    private readonly onChange: (state: OutboxState) => void = () => undefined,
  ) {}

  get state(): OutboxState {
    return { waiting: this.queue.length, lost: this.lost, lastError: this.lastError };
  }

  /** Queues a record behind any waiting ones and tries to deliver them all. */
  submit(record: ReplyRecord): Promise<void> {
    this.queue.push(record);
    if (this.queue.length > OUTBOX_LIMIT) {
      this.queue.shift();
      this.lost += 1;
    }
    return this.flush();
  }

  /** Delivers waiting records in order, stopping at the first that cannot be delivered now. */
  flush(): Promise<void> {
    this.flushing ??= this.drain().finally(() => {
      this.flushing = null;
      this.onChange(this.state);
    });
    return this.flushing;
  }

  private async drain(): Promise<void> {
    // Bounded: each turn removes a record or stops.
    while (this.queue.length > 0) {
      const response = await this.deliver(this.queue[0]!).catch((error: unknown) => ({ ok: false as const, error: String(error) }));
      if (!response.ok && !permanent(response.error)) {
        this.lastError = response.error;
        return;
      }
      if (!response.ok) console.warn('[Rapport] a reply record was refused:', response.error);
      this.queue.shift();
      this.lastError = null;
    }
  }
}
