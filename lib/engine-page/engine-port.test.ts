import { describe, expect, it, vi } from 'vitest';
import { ENGINE_PORT } from '../engine-wire/chunks';
import type { PortAnswer, PortRequest } from '../engine-wire/wire';
import { engineLine, type EnginePort } from './engine-port';

type Peer = 'answers' | 'refuses' | 'declines';

/** A port whose other end answers every request, declines it (`unanswered`), or is not there at all. */
function fakePort(peer: Peer) {
  const onMessage: ((message: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const sent: PortRequest[] = [];
  const port: EnginePort & { sent: PortRequest[]; hangUp(): void } = {
    sent,
    postMessage(raw) {
      const request = raw as PortRequest;
      sent.push(request);
      const reply: PortAnswer | null =
        peer === 'answers' ? { id: request.id, answer: { echo: request.message } } : peer === 'declines' ? { id: request.id, unanswered: true } : null;
      if (reply) queueMicrotask(() => onMessage.forEach((listener) => listener(reply)));
    },
    disconnect: () => undefined,
    onMessage: { addListener: (listener) => void onMessage.push(listener) },
    onDisconnect: { addListener: (listener) => void onDisconnect.push(listener) },
    hangUp: () => onDisconnect.forEach((listener) => listener()),
  };
  // Nobody listens: the browser closes the port right after it is opened.
  if (peer === 'refuses') queueMicrotask(() => port.hangUp());
  return port;
}

const oneOffEcho = () => vi.fn(async (message: unknown) => ({ viaOneOff: message }));

describe('engine line', () => {
  it('sends every request on one open port and resolves each with its own answer', async () => {
    const port = fakePort('answers');
    const connect = vi.fn(() => port);
    const oneOff = oneOffEcho();
    const line = engineLine(connect, oneOff);
    expect(await Promise.all([line.send(1), line.send(2), line.send(3)])).toEqual([{ echo: 1 }, { echo: 2 }, { echo: 3 }]);
    expect(await line.send(4)).toEqual({ echo: 4 });
    expect(connect).toHaveBeenCalledTimes(1);
    expect(connect).toHaveBeenCalledWith(ENGINE_PORT);
    expect(port.sent.map((r) => r.message)).toEqual([1, 2, 3, 4]);
    expect(oneOff).not.toHaveBeenCalled();
  });

  it('opens the port ahead of the first request, and not again while it is open', () => {
    const connect = vi.fn(() => fakePort('answers'));
    const line = engineLine(connect, oneOffEcho());
    line.open();
    line.open();
    void line.send('check');
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('sends the one-off message when nobody takes the port (no offscreen document yet), and tries the port again once it was answered', async () => {
    const connect = vi.fn(() => fakePort('refuses'));
    const waiting: (() => void)[] = [];
    const oneOff = vi.fn((message: unknown) => new Promise((resolve) => waiting.push(() => resolve({ viaOneOff: message }))));
    const line = engineLine(connect, oneOff);
    const first = line.send('a');
    await vi.waitFor(() => expect(oneOff).toHaveBeenCalledTimes(1));
    // While the one-off message is on its way, the next request does not knock on the closed port again.
    const second = line.send('b');
    expect(connect).toHaveBeenCalledTimes(1);
    waiting.forEach((release) => release());
    expect(await first).toEqual({ viaOneOff: 'a' });
    expect(await second).toEqual({ viaOneOff: 'b' });
    // Answered: the service worker has made the offscreen document, so the port is worth a try.
    void line.send('c');
    expect(connect).toHaveBeenCalledTimes(2);
  });

  it('sends a request the engine declines as a one-off message', async () => {
    const line = engineLine(() => fakePort('declines'), oneOffEcho());
    expect(await line.send({ n: 1 })).toEqual({ viaOneOff: { n: 1 } });
  });

  it('sends the requests still waiting when the port closes as one-off messages, and opens a new port for the next one', async () => {
    // A port that was answered once and then closed (the document went away) is worth opening again.
    const first = fakePort('answers');
    const connect = vi.fn(() => (connect.mock.calls.length === 1 ? first : fakePort('refuses')));
    const line = engineLine(connect, oneOffEcho());
    expect(await line.send('answered')).toEqual({ echo: 'answered' });
    first.postMessage = (raw) => void first.sent.push(raw as PortRequest); // Now it never answers.
    const waiting = line.send('waiting');
    first.hangUp();
    expect(await waiting).toEqual({ viaOneOff: 'waiting' });
    expect(await line.send('next')).toEqual({ viaOneOff: 'next' });
    expect(connect).toHaveBeenCalledTimes(2);
  });

  it('sends the one-off message when no port can be opened, and passes its failure on', async () => {
    const line = engineLine(
      () => {
        throw new Error('Extension context invalidated.');
      },
      async () => {
        throw new Error('Extension context invalidated.');
      },
    );
    line.open();
    await expect(line.send({})).rejects.toThrow('Extension context invalidated.');
  });

  it('forgets a request its caller abandoned, and drops the answer that still comes', async () => {
    const port = fakePort('answers');
    let answer: (() => void) | null = null;
    const postMessage = port.postMessage.bind(port);
    port.postMessage = (raw) => void (answer = () => postMessage(raw)); // Answers only when told.
    const oneOff = oneOffEcho();
    const line = engineLine(() => port, oneOff);
    const abandon = new AbortController();
    const request = line.send('slow', abandon.signal);
    expect(line.waiting).toBe(1);
    abandon.abort();
    await expect(request).rejects.toThrow('abandoned');
    expect(line.waiting).toBe(0);
    answer!();
    await Promise.resolve();
    expect(line.waiting).toBe(0);
    port.postMessage = postMessage; // The engine answers again.
    expect(oneOff).not.toHaveBeenCalled();
    expect(await line.send('next')).toEqual({ echo: 'next' });
  });

  it('does not send a request abandoned before it was sent', async () => {
    const port = fakePort('answers');
    const line = engineLine(() => port, oneOffEcho());
    const abandon = new AbortController();
    abandon.abort();
    await expect(line.send('late', abandon.signal)).rejects.toThrow('abandoned');
    expect(port.sent).toEqual([]);
    expect(line.waiting).toBe(0);
  });
});
