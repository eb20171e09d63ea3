/** The page's light rule watch fires for every way lib/storage/rules.ts changes the active rules, and for nothing else. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(() => import('../storage/testing/fake-browser-global'));

import { defaultPack } from '../rules/default';
import { replaceBasePack, saveRuleEdits } from '../storage/rules';
import { emptyEdits, setRule } from '../store-schema/rule-edits';
import { watchRuleChanges } from './rules-changed';

const youNeedTo = defaultPack.rules.find((r) => r.id === 'you-need-to')!;

function watched() {
  const controller = new AbortController();
  const fired = vi.fn();
  watchRuleChanges(controller.signal).onChanged(fired);
  return { fired, stop: () => controller.abort() };
}

beforeEach(() => fakeBrowser.reset());

describe('page rule watch', () => {
  it('fires when the lead saves edits and when a pack is imported', async () => {
    const { fired } = watched();
    await saveRuleEdits(setRule(emptyEdits(), { ...youNeedTo, message: 'Ask, do not order.' }, youNeedTo));
    expect(fired).toHaveBeenCalled();
    fired.mockClear();
    await replaceBasePack(defaultPack, 'team.json');
    expect(fired).toHaveBeenCalled();
  });

  it('fires when the organisation’s policy changes', async () => {
    const { fired } = watched();
    await fakeBrowser.storage.managed.set({ replaceDefaultPack: true });
    expect(fired).toHaveBeenCalled();
  });

  it('stays quiet for other settings, and after the page’s context ends', async () => {
    const { fired, stop } = watched();
    await fakeBrowser.storage.local.set({ pausedUntil: 5 });
    expect(fired).not.toHaveBeenCalled();
    stop();
    await saveRuleEdits(setRule(emptyEdits(), { ...youNeedTo, message: 'Ask.' }, youNeedTo));
    expect(fired).not.toHaveBeenCalled();
  });
});
