import { describe, expect, it } from 'vitest';
import { createLink } from './worker-link';

/** Two ends of one channel, as the offscreen document and its worker hold them. */
function pair(left: Map<string, (...args: unknown[]) => unknown>, right: Map<string, (...args: unknown[]) => unknown>) {
  const { port1, port2 } = new MessageChannel();
  const end = (port: MessagePort, handlers: typeof left) =>
    createLink(
      (message) => port.postMessage(message),
      (handler) => port.addEventListener('message', (event) => handler(event.data)),
      handlers,
    );
  const a = end(port1, left);
  const b = end(port2, right);
  port1.start();
  port2.start();
  return { a, b, close: () => (port1.close(), port2.close()) };
}

describe('worker link', () => {
  it('answers calls both ways, each with its own result, and carries errors as errors', async () => {
    const { a, b, close } = pair(
      new Map([['rules', () => ['r1']]]),
      new Map<string, (...args: unknown[]) => unknown>([
        ['add', (x, y) => Number(x) + Number(y)],
        ['slow', async (x) => new Promise((resolve) => setTimeout(() => resolve(x), 5))],
        ['fail', () => Promise.reject(new Error('bad pack'))],
      ]),
    );
    const [slow, sum, rules] = await Promise.all([a.call('slow', 'late'), a.call('add', 2, 3), b.call('rules')]);
    expect([slow, sum, rules]).toEqual(['late', 5, ['r1']]);
    await expect(a.call('fail')).rejects.toThrow('bad pack');
    await expect(a.call('nope')).rejects.toThrow('unknown call nope');
    close();
  });
});
