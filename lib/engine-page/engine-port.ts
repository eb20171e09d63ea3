/**
 * The coach's way to the engine: a long-lived port (`runtime.connect`) that only Chrome's offscreen
 * document listens for. Chrome starts a stopped service worker before it opens any channel, a port's
 * too, but messages on a port that is already open go straight to the offscreen document: so the port
 * is opened when the coach starts and when the agent focuses a reply box (times the worker is awake or
 * worth waking), and a check after Chrome stopped the idle worker reaches the warm engine at once.
 * When nobody takes the port (Firefox, whose background page is the engine, or no offscreen document
 * yet) or it closes before an answer, the request goes as a one-off runtime message, which the
 * background answers (and which starts the offscreen document in Chrome).
 */
import { ENGINE_PORT } from '../engine-wire/chunks';
import type { PortRequest } from '../engine-wire/wire';

/** The part of a runtime.Port this uses (Chrome's and Firefox's ports both have it). */
export interface EnginePort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface EngineLine {
  /**
   * Sends a request and resolves with its one answer. `abandon` (the caller gave up waiting): the request
   * is forgotten at once and the promise rejects; an answer that still comes is dropped.
   */
  send(message: unknown, abandon?: AbortSignal): Promise<unknown>;
  /** How many requests wait for an answer on the port. */
  readonly waiting: number;
  /** Opens the port now if it is closed (cheap when it is open). */
  open(): void;
}

interface Pending {
  port: EnginePort;
  message: unknown;
  resolve(answer: unknown): void;
  reject(error: unknown): void;
}

export function engineLine(connect: (name: string) => EnginePort, oneOff: (message: unknown) => Promise<unknown>): EngineLine {
  let port: EnginePort | null = null;
  /** False once a port closed without a word (nobody listens): requests go one-off until one is answered, or open(). */
  let taken = true;
  let next = 0;
  const pending = new Map<number, Pending>();
  /** The one-off message; once it is answered the offscreen document exists (the service worker made it): try the port again. */
  const viaOneOff = (message: unknown) =>
    oneOff(message).finally(() => {
      taken = true;
    });
  const reroute = (entry: Pending) => viaOneOff(entry.message).then(entry.resolve, entry.reject);

  const open = (): EnginePort => {
    const opened = connect(ENGINE_PORT);
    let heard = false;
    opened.onMessage.addListener((raw) => {
      heard = true;
      const reply = raw as Partial<{ id: unknown; answer: unknown; unanswered: unknown }> | null;
      const entry = typeof reply?.id === 'number' ? pending.get(reply.id) : undefined;
      if (!entry || entry.port !== opened) return;
      pending.delete(reply!.id as number);
      if (reply!.unanswered === true) reroute(entry);
      else entry.resolve(reply!.answer);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      if (!heard) taken = false;
      for (const [id, entry] of pending) {
        if (entry.port !== opened) continue;
        pending.delete(id);
        reroute(entry);
      }
    });
    return opened;
  };

  return {
    open() {
      taken = true;
      try {
        port ??= open();
      } catch {
        port = null; // The extension's context is gone; the next request says so through the one-off message.
      }
    },
    get waiting() {
      return pending.size;
    },
    send(message, abandon) {
      return new Promise((resolve, reject) => {
        if (abandon?.aborted) return reject(new Error('the request was abandoned'));
        let on: EnginePort;
        try {
          if (!port && !taken) throw new Error('nobody takes the port');
          on = port ??= open();
        } catch {
          viaOneOff(message).then(resolve, reject);
          return;
        }
        const id = ++next;
        pending.set(id, { port: on, message, resolve, reject });
        abandon?.addEventListener('abort', () => pending.delete(id) && reject(new Error('the request was abandoned')), { once: true });
        try {
          on.postMessage({ id, message } satisfies PortRequest);
        } catch {
          // Closed under our hands (the document went away): the disconnect listener may not come.
          if (port === on) port = null;
          pending.delete(id);
          viaOneOff(message).then(resolve, reject);
        }
      });
    },
  };
}
