/**
 * Calls over a postMessage channel (the offscreen document ↔ its engine worker): each call gets an id
 * and its answer. Both ends use the same small link. Pure: it is handed the channel's post and listen.
 */
export interface LinkCall {
  id: number;
  op: string;
  args: unknown[];
}
export interface LinkAnswer {
  id: number;
  result?: unknown;
  error?: string;
}

export interface Link {
  call(op: string, ...args: unknown[]): Promise<unknown>;
}

export function createLink(
  post: (message: LinkCall | LinkAnswer) => void,
  listen: (handler: (message: unknown) => void) => void,
  handlers: ReadonlyMap<string, (...args: unknown[]) => unknown>,
): Link {
  let next = 0;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  listen((raw) => {
    const message = raw as Partial<LinkCall & LinkAnswer> | null;
    if (typeof message?.id !== 'number') return;
    if (typeof message.op === 'string') {
      const { id, op } = message;
      const handler = handlers.get(op);
      if (!handler) return post({ id, error: `unknown call ${op}` });
      Promise.resolve()
        .then(() => handler(...(Array.isArray(message.args) ? message.args : [])))
        .then(
          (result) => post({ id, result }),
          (error: unknown) => post({ id, error: error instanceof Error ? error.message : String(error) }),
        );
      return;
    }
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (typeof message.error === 'string') waiting.reject(new Error(message.error));
    else waiting.resolve(message.result);
  });
  return {
    call(op, ...args) {
      next += 1;
      const id = next;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        post({ id, op, args });
      });
    },
  };
}
