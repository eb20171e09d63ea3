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

  it('asks for the document at once at the worker\'s start, and takes a refusal because one runs as there (a message then reached it)', async () => {
    const { api, createDocument } = chrome(true);
    const keeper = offscreenKeeper(api)!;
    const starting = keeper.ensure('first');
    expect(createDocument).toHaveBeenCalledTimes(1); // Before any answer: the request left at once.
    expect(await keeper.received()).toBe('delivered');
    await expect(starting).resolves.toBeUndefined();
  });

  it('relays a message that arrived while the first request created the document', async () => {
    const { api, createDocument } = chrome(false);
    const keeper = offscreenKeeper(api)!;
    const starting = keeper.ensure('first');
    expect(await keeper.received()).toBe('relay');
    await starting;
    expect(createDocument).toHaveBeenCalledTimes(1);
    expect(await keeper.received()).toBe('delivered');
  });

  it('fails the first request when Chrome refused it and no document runs', async () => {
    const createDocument = vi.fn(async () => {
      throw new Error('no');
    });
    const keeper = offscreenKeeper({ offscreen: { createDocument }, runtime: { getContexts: async () => [] } })!;
    await expect(keeper.ensure('first')).rejects.toThrow('no');
  });
});
