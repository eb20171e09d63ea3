import { describe, expect, it, vi } from 'vitest';
import { OFFSCREEN_PAGE } from '../engine-wire/chunks';
import { offscreenKeeper, type KeeperApi } from './offscreen-keeper';

function chrome(initially: boolean) {
  let open = initially;
  const createDocument = vi.fn(async (parameters: { url: string; reasons: string[] }) => {
    if (open) throw new Error('Only a single offscreen document may be created.');
    expect(parameters).toMatchObject({ url: OFFSCREEN_PAGE, reasons: ['WORKERS'] });
    open = true;
  });
  const api: KeeperApi = { offscreen: { createDocument }, runtime: { getContexts: async () => (open ? [{}] : []) } };
  return { api, createDocument, close: () => (open = false) };
}

describe('offscreen keeper', () => {
  it('is not there in a browser without offscreen documents (Firefox: the background page is the engine)', () => {
    expect(offscreenKeeper({ runtime: {} })).toBeNull();
  });

  it('creates the document once, however many ask at the same time', async () => {
    const { api, createDocument } = chrome(false);
    const keeper = offscreenKeeper(api)!;
    await Promise.all([keeper.ensure(), keeper.ensure(), keeper.ensure()]);
    await keeper.ensure();
    expect(createDocument).toHaveBeenCalledTimes(1);
  });

  it('says a message was delivered when the document was already running, and to relay it when it had to be started', async () => {
    const { api, createDocument, close } = chrome(true);
    const keeper = offscreenKeeper(api)!;
    expect(await keeper.received()).toBe('delivered');
    expect(createDocument).not.toHaveBeenCalled();
    close(); // Chrome closed it (or it crashed).
    expect(await keeper.received()).toBe('relay');
    expect(createDocument).toHaveBeenCalledTimes(1);
    expect(await keeper.received()).toBe('delivered');
  });

  it('relays a message that arrived while the document was being created', async () => {
    const { api } = chrome(false);
    const keeper = offscreenKeeper(api)!;
    const starting = keeper.ensure();
    expect(await keeper.received()).toBe('relay');
    await starting;
  });
});
