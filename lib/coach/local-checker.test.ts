// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPack } from '../rules/default';
import type { Rule } from '../rules/schema';
import { createLocalChecker } from './local-checker';
import { FakeItem } from './testing/fakes';

const REPLY = 'Per our records, there are no outages in your area. You need to restart your router.';
let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  vi.unstubAllGlobals();
});

describe('the in-page checker', () => {
  it('checks a draft with the active rules, in slices, and reports how it ran', async () => {
    const checker = createLocalChecker(window, controller.signal, new FakeItem<readonly Rule[]>(defaultPack.rules));
    const result = await checker.check(REPLY, {}, new AbortController().signal);
    expect(result!.findings.some((f) => f.text.startsWith('You need to'))).toBe(true);
    expect(checker.lastRun!.slices).toBeGreaterThan(0);
  });

  it('answers null for a check that was superseded', async () => {
    const checker = createLocalChecker(window, controller.signal, new FakeItem<readonly Rule[]>(defaultPack.rules));
    const superseded = new AbortController();
    superseded.abort();
    expect(await checker.check(REPLY, {}, superseded.signal)).toBeNull();
  });

  it('takes up changed rules and tells the coach, until the page goes', async () => {
    const rules = new FakeItem<readonly Rule[]>(defaultPack.rules);
    const checker = createLocalChecker(window, controller.signal, rules);
    const changed = vi.fn();
    checker.onRulesChanged(changed);
    await Promise.resolve();
    rules.set(defaultPack.rules.map((r) => ({ ...r, enabled: false })));
    expect(changed).toHaveBeenCalled();
    const result = await checker.check(REPLY, {}, new AbortController().signal);
    expect(result!.findings).toEqual([]);
    controller.abort();
    expect(rules.watching).toBe(0);
  });

  it('warms up through requestIdleCallback called on the window itself, once, and cancels it when the page goes', () => {
    const calls: unknown[] = [];
    const cancel = vi.fn();
    vi.stubGlobal('requestIdleCallback', function (this: unknown) {
      calls.push(this);
      return 7;
    });
    vi.stubGlobal('cancelIdleCallback', cancel);
    const checker = createLocalChecker(window, controller.signal, new FakeItem<readonly Rule[]>(defaultPack.rules));
    checker.warmUp!();
    checker.warmUp!();
    expect(calls).toEqual([window]);
    controller.abort();
    expect(cancel).toHaveBeenCalledWith(7);
  });
});
