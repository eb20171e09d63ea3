/**
 * Chrome's service worker reads the stored rule values raw (rule-sources.ts) and the engine resolves
 * them (rule-state.ts rulesFromSources): for every kind of stored state, that gives the same rules as
 * the options page's own reading (rules.ts getActiveRules), also after the trip through messaging.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(() => import('./testing/fake-browser-global'));

import { defaultPack, defaultPackInput } from '../rules/default';
import { validatePack } from '../rules/schema';
import { asapRule } from '../rules/testing/fixtures';
import { emptyEdits, setRule } from '../store-schema/rule-edits';
import { asRuleSources, readRuleSources } from './rule-sources';
import { rulesFromSources } from './rule-state';

const youNeedTo = defaultPack.rules.find((r) => r.id === 'you-need-to')!;

/** The engine's reading of what is stored now, after a structured-clone trip like runtime messaging's. */
async function engineReading() {
  return rulesFromSources(asRuleSources(structuredClone(await readRuleSources())));
}

async function pageReading() {
  vi.resetModules();
  const { loadRuleState } = await import('./rules');
  return loadRuleState();
}

const policy = () => {
  const file = JSON.parse(readFileSync(new URL('../../docs/example-policy.json', import.meta.url), 'utf8'));
  return Object.values(file['3rdparty'].extensions)[0] as Record<string, unknown>;
};

function teamPack() {
  const result = validatePack({ ...defaultPackInput, id: 'team-pack', name: 'Team pack', version: '3.1.0', rules: [defaultPackInput.rules[0], asapRule] });
  if (!result.ok) throw new Error('bad test pack');
  return result.pack;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the stored rule values, resolved by the engine', () => {
  const states: [string, () => Promise<void>, (ids: { rules: { id: string; enabled: boolean }[] }) => void][] = [
    ['nothing stored: the default pack', async () => undefined, ({ rules }) => expect(rules).toEqual(defaultPack.rules)],
    [
      'edits of version 1 never migrated in place (no version stored)',
      () => fakeBrowser.storage.sync.set({ ruleEdits: { disabledRules: ['you-need-to'] } }),
      ({ rules }) => expect(rules.find((r) => r.id === 'you-need-to')?.enabled).toBe(false),
    ],
    [
      'edits kept locally win over the synced copy',
      async () => {
        await fakeBrowser.storage.sync.set({ ruleEdits: emptyEdits(), ruleEdits$: { v: 2 } });
        await fakeBrowser.storage.local.set({ ruleEdits: setRule(emptyEdits(), asapRule, undefined), ruleEdits$: { v: 2 } });
      },
      ({ rules }) => expect(rules.at(-1)?.id).toBe(asapRule.id),
    ],
    [
      'an imported pack with edits made for it',
      async () => {
        await fakeBrowser.storage.local.set({ rulePack: { revision: 'team@3.1.0:x', pack: teamPack(), importedAt: 1, source: 'team.json' } });
        const first = teamPack().rules[0]!;
        await fakeBrowser.storage.sync.set({ ruleEdits: { ...setRule(emptyEdits('team@3.1.0:x'), { ...first, enabled: false }, first) }, ruleEdits$: { v: 2 } });
      },
      ({ rules }) => expect(rules.map((r) => [r.id, r.enabled])).toEqual([[teamPack().rules[0]!.id, false], [asapRule.id, true]]),
    ],
    [
      'a damaged imported pack: the default pack',
      () => fakeBrowser.storage.local.set({ rulePack: { revision: 'r1', pack: { format: 'nope' }, importedAt: 1, source: 'x' } }),
      ({ rules }) => expect(rules).toEqual(defaultPack.rules),
    ],
    [
      'damaged edits: the default pack',
      () => fakeBrowser.storage.sync.set({ ruleEdits: { base: 'default', overrides: 'oops' }, ruleEdits$: { v: 2 } }),
      ({ rules }) => expect(rules).toEqual(defaultPack.rules),
    ],
    [
      'an organisation’s policy: its rules added and locked',
      async () => {
        await fakeBrowser.storage.managed.set(policy());
        await fakeBrowser.storage.sync.set({ ruleEdits: setRule(emptyEdits(), { ...youNeedTo, enabled: false }, youNeedTo), ruleEdits$: { v: 2 } });
      },
      ({ rules }) => {
        expect(rules.some((r) => r.id === 'acme-no-asap')).toBe(true);
        expect(rules.find((r) => r.id === 'you-need-to')?.enabled).toBe(true);
      },
    ],
  ];

  it.each(states)('%s', async (_name, store, expectRules) => {
    await store();
    const engine = await engineReading();
    const page = await pageReading();
    expectRules(engine);
    expect(engine.rules).toEqual(page.resolution.rules);
    expect(engine.notices).toEqual(page.notices);
  });

  it('says what is damaged, as the options page does', async () => {
    await fakeBrowser.storage.local.set({ rulePack: { revision: 'r1', pack: { format: 'nope' }, importedAt: 1, source: 'x' } });
    expect((await engineReading()).notices.join(' ')).toMatch(/imported rule pack stored in this browser is damaged/);
  });

  it('reads values out of shape (a bad message) as nothing stored, never as a crash', () => {
    for (const junk of [null, 7, 'x', [], { edits: 5 }, { edits: { local: 'x', sync: [] }, managed: [] }, { pack: { revision: 1 } }]) {
      expect(rulesFromSources(asRuleSources(junk)).rules).toEqual(defaultPack.rules);
    }
  });
});

describe('the values the service worker keeps for the engine', () => {
  it('are read once and kept until one of them changes, then read again', async () => {
    vi.resetModules();
    const { keptRuleSources: kept } = await import('./rule-sources');
    const current = kept();
    const first = current();
    expect(current()).toBe(first);
    expect((await first).edits).toEqual({ local: { value: null, version: null }, sync: { value: null, version: null } });

    await fakeBrowser.storage.sync.set({ ruleEdits: { disabledRules: ['you-need-to'] } });
    await vi.waitFor(() => expect(current()).not.toBe(first), { timeout: 30_000 });
    expect(rulesFromSources(await current()).rules.find((r) => r.id === 'you-need-to')?.enabled).toBe(false);
    // An unrelated key keeps them.
    const kept2 = current();
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    expect(current()).toBe(kept2);
  });

  it('keep a policy that arrived late, even when the managed area is slow again', async () => {
    vi.resetModules();
    let deliver: (value: Record<string, unknown>) => void = () => undefined;
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => new Promise((resolve) => (deliver = resolve)));
    const { keptRuleSources: kept } = await import('./rule-sources');
    const current = kept();
    expect((await current()).managed).toBeNull();
    deliver(policy());
    // Read again after the late arrival: that read is slow too, and falls back to the policy it brought.
    await vi.waitFor(async () => expect((await current()).managed).toMatchObject({ managedBy: policy().managedBy }), { timeout: 30_000 });
    get.mockRestore();
  });
});
