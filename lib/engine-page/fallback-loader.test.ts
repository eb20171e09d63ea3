import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DraftChecker } from '../coach/checker';
import { defaultPack } from '../rules/default';
import { LOAD_FALLBACK, PAGE_ENGINE } from '../engine-wire/chunks';
import { injectedPageEngine, pageFallbackLoader, throttledWarm } from './fallback-loader';
import { registerPageEngine } from './page-engine';

const fakeChecker: DraftChecker = { check: async () => null, rules: () => defaultPack.rules, onRulesChanged: () => () => undefined };

function forgetInjectedEngine() {
  // The property is not configurable in a real frame; the tests' stand-in must be removable between tests.
  delete (globalThis as Record<string, unknown>)[PAGE_ENGINE];
}

describe('in-page engine loader', () => {
  afterEach(forgetInjectedEngine);

  it('asks the background to inject the in-page engine once, then creates the checker with it', async () => {
    const send = vi.fn(async (message: { type: string }) => {
      expect(message).toEqual({ type: LOAD_FALLBACK });
      Object.defineProperty(globalThis, PAGE_ENGINE, { value: () => fakeChecker, configurable: true });
      return { loaded: true };
    });
    const create = vi.fn((factory: (...args: never[]) => DraftChecker) => factory());
    const load = pageFallbackLoader(send, create as never);
    expect(await load()).toBe(fakeChecker);
    expect(await load()).toBe(fakeChecker);
    expect(send).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('rejects with the reason when it cannot be injected, and tries again on the next call', async () => {
    let answer: unknown = { loaded: false, error: 'no frame' };
    const send = vi.fn(async () => {
      if ((answer as { loaded: boolean }).loaded) Object.defineProperty(globalThis, PAGE_ENGINE, { value: () => fakeChecker, configurable: true });
      return answer;
    });
    const load = pageFallbackLoader(send, (factory) => (factory as unknown as () => DraftChecker)());
    await expect(load()).rejects.toThrow(/could not be loaded: no frame/);
    answer = { loaded: true };
    expect(await load()).toBe(fakeChecker);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('rejects when the injection reported success but left no engine', async () => {
    const load = pageFallbackLoader(async () => ({ loaded: true }), () => fakeChecker);
    await expect(load()).rejects.toThrow(/did not start/);
  });

  it('finds the engine the injected chunk registered, without asking again', async () => {
    expect(injectedPageEngine()).toBeNull();
    registerPageEngine();
    const factory = injectedPageEngine();
    expect(factory).toBeTypeOf('function');
    const send = vi.fn(async () => ({ loaded: true }));
    const rules = { current: () => defaultPack.rules, onChanged: () => () => undefined };
    const checker = await pageFallbackLoader(send, (create) => create(globalThis as unknown as Window, new AbortController().signal, rules))();
    expect(send).not.toHaveBeenCalled();
    expect(checker.rules().map((rule) => rule.id)).toEqual(defaultPack.rules.map((rule) => rule.id));
  });
});

describe('warm-up throttle', () => {
  it('sends at most once per period', () => {
    let now = 0;
    const send = vi.fn();
    const warm = throttledWarm(send, 20_000, () => now);
    warm();
    now = 19_999;
    warm();
    expect(send).toHaveBeenCalledTimes(1);
    now = 20_000;
    warm();
    expect(send).toHaveBeenCalledTimes(2);
  });
});
