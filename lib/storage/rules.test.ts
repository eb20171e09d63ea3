/**
 * The persisted rules against a fake browser: the v1 → v2 migration on start-up, the active
 * rules the content script gets (and live updates), pack import + one-click undo, and the
 * organisation's policy in the managed storage area.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// WXT's in-memory browser as the global `browser` and `chrome`, before anything imports wxt/browser.
const { fakeBrowser } = await vi.hoisted(() => import('./testing/fake-browser-global'));

import { defaultPack, defaultPackInput } from '../rules/default';
import { validatePack, type Rule, type RulePack } from '../rules/schema';
import { emptyEdits, setRule } from '../store-schema/rule-edits';
import { asapRule } from '../rules/testing/fixtures';

const youNeedTo = defaultPack.rules.find((r) => r.id === 'you-need-to')!;
const custom = asapRule;

function teamPack(): RulePack {
  const result = validatePack({ ...defaultPackInput, id: 'team-pack', name: 'Team pack', version: '3.1.0', rules: [defaultPackInput.rules[0], custom] });
  if (!result.ok) throw new Error('bad test pack');
  return result.pack;
}

async function startUp() {
  vi.resetModules();
  return import('./rules');
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('rule edits migration', () => {
  it('turns a stored v1 value (disabledRules) into v2 overrides on start-up', async () => {
    await fakeBrowser.storage.sync.set({ ruleEdits: { disabledRules: ['you-need-to'] } });
    const { getActiveRules, ruleEditsStore } = await startUp();
    const rules = await getActiveRules();
    expect(rules.find((r) => r.id === 'you-need-to')?.enabled).toBe(false);
    const offByDefault = defaultPack.rules.filter((r) => !r.enabled).map((r) => r.id);
    expect(rules.filter((r) => !r.enabled).map((r) => r.id).sort()).toEqual([...offByDefault, 'you-need-to'].sort());
    expect((await fakeBrowser.storage.sync.get('ruleEdits')).ruleEdits).toEqual({
      base: 'default',
      overrides: { 'you-need-to': { enabled: false } },
      added: [],
      deleted: [],
    });
    expect(await ruleEditsStore.syncItem.getMeta()).toEqual({ v: 2 });
  });

  it('uses the default pack, with a notice, when the stored edits are damaged', async () => {
    await fakeBrowser.storage.sync.set({ ruleEdits: { base: 'default', overrides: 'oops' }, ruleEdits$: { v: 2 } });
    const { loadRuleState } = await startUp();
    const state = await loadRuleState();
    expect(state.resolution.rules).toEqual(defaultPack.rules);
    expect(state.notices.join(' ')).toMatch(/Your rule edits stored in this browser are damaged/);
  });
});

describe('active rules', () => {
  it('are the default pack when nothing is stored', async () => {
    const { getActiveRules } = await startUp();
    expect(await getActiveRules()).toEqual(defaultPack.rules);
  });

  it('include saved edits, and watchers hear about them without a reload', async () => {
    const { getActiveRules, watchActiveRules, saveRuleEdits } = await startUp();
    const heard: Rule[][] = [];
    const stop = watchActiveRules((rules) => heard.push(rules));
    let edits = setRule(emptyEdits(), { ...youNeedTo, message: 'Respect: please ask, do not order.' }, youNeedTo);
    edits = setRule(edits, custom, undefined);
    expect(await saveRuleEdits(edits)).toMatchObject({ area: 'sync' });
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(heard[0]!.find((r) => r.id === 'you-need-to')?.message).toBe('Respect: please ask, do not order.');
    expect(heard[0]!.at(-1)).toEqual(custom);
    expect(await getActiveRules()).toEqual(heard[0]);
    stop();
    // A watcher still listening hears the next save: by then the stopped one would have heard it too.
    const after: Rule[][] = [];
    const stopAfter = watchActiveRules((rules) => after.push(rules));
    await saveRuleEdits(emptyEdits());
    await vi.waitFor(() => expect(after).toHaveLength(1));
    stopAfter();
    expect(heard).toHaveLength(1);
  });

  it('can deliver the current rules straight away', async () => {
    const { watchActiveRules } = await startUp();
    const heard: Rule[][] = [];
    const stop = watchActiveRules((rules) => heard.push(rules), { immediate: true });
    await vi.waitFor(() => expect(heard).toEqual([defaultPack.rules]));
    stop();
  });

  it('keep large edits in local storage with a notice, and still apply them', async () => {
    const { saveRuleEdits, loadRuleState } = await startUp();
    const many = Array.from({ length: 12 }, (_, i) => ({ ...custom, id: `custom-${i}`, description: 'x'.repeat(600) }));
    const saved = await saveRuleEdits({ ...emptyEdits(), added: many });
    expect(saved.area).toBe('local');
    const state = await loadRuleState();
    expect(state.editsArea).toBe('local');
    expect(state.resolution.rules.filter((r) => r.id.startsWith('custom-'))).toHaveLength(12);
    expect(state.notices.join(' ')).toMatch(/saved on this computer only/);
  });
});

describe('pack import and undo', () => {
  it('replaces the base pack and the edits in one step, and one undo puts both back', async () => {
    const { saveRuleEdits, replaceBasePack, undoPackChange, getActiveRules, loadRuleState } = await startUp();
    const edits = setRule(emptyEdits(), { ...youNeedTo, enabled: false }, youNeedTo);
    await saveRuleEdits(edits);
    const before = await getActiveRules();

    await replaceBasePack(teamPack(), 'team-pack.json');
    const after = await loadRuleState();
    expect(after.resolution.rules.map((r) => r.id)).toEqual([defaultPackInput.rules[0]!.id, 'no-asap']);
    expect(after.imported).toMatchObject({ source: 'team-pack.json', pack: { name: 'Team pack' } });
    expect(after.edits).toEqual(emptyEdits(after.baseRevision));
    expect(after.undo?.description).toBe('importing "Team pack" 3.1.0');

    expect(await undoPackChange()).toBe(true);
    const undone = await loadRuleState();
    expect(undone.resolution.rules).toEqual(before);
    expect(undone.imported).toBeNull();
    expect(undone.undo).toBeNull();
    expect(await undoPackChange()).toBe(false);
  });

  it('never applies edits made for another pack', async () => {
    const { saveRuleEdits, replaceBasePack, getActiveRules } = await startUp();
    await replaceBasePack(teamPack(), 'pasted');
    // An old window saves edits made against the default pack after the import:
    await saveRuleEdits(setRule(emptyEdits(), { ...youNeedTo, enabled: false }, youNeedTo));
    expect((await getActiveRules()).map((r) => r.id)).toEqual([defaultPackInput.rules[0]!.id, 'no-asap']);
  });

  it('refuses an invalid pack and changes nothing', async () => {
    const { replaceBasePack, getActiveRules } = await startUp();
    await expect(replaceBasePack({ ...teamPack(), version: 'one' } as RulePack, 'x.json')).rejects.toThrow(/not valid/);
    expect(await getActiveRules()).toEqual(defaultPack.rules);
  });

  it('goes back to the default pack when the stored import is damaged', async () => {
    await fakeBrowser.storage.local.set({ rulePack: { revision: 'r1', pack: { format: 'nope' }, importedAt: 1, source: 'x' } });
    const { loadRuleState } = await startUp();
    const state = await loadRuleState();
    expect(state.resolution.rules).toEqual(defaultPack.rules);
    expect(state.notices.join(' ')).toMatch(/imported rule pack stored in this browser is damaged/);
  });
});

const examplePolicy = () => {
  const file = JSON.parse(readFileSync(new URL('../../docs/example-policy.json', import.meta.url), 'utf8'));
  return Object.values(file['3rdparty'].extensions)[0] as Record<string, unknown>;
};

describe('managed policy (storage.managed)', () => {

  it('adds the policy pack, locked, and says who manages it', async () => {
    await fakeBrowser.storage.managed.set(examplePolicy());
    const { loadRuleState, saveRuleEdits, getActiveRules } = await startUp();
    // The agent tries to switch off a locked default rule: it stays on.
    await saveRuleEdits(setRule(emptyEdits(), { ...youNeedTo, enabled: false }, youNeedTo));
    const state = await loadRuleState();
    expect(state.managed.managedBy).toBe('Acme Support Operations (support-ops@acme.example)');
    const managed = state.resolution.entries.filter((e) => e.origin === 'managed').map((e) => e.id);
    expect(managed).toEqual(['acme-no-asap', 'acme-ticket-number']);
    expect(state.resolution.entries.find((e) => e.id === 'you-need-to')).toMatchObject({ locked: true, edited: false });
    expect((await getActiveRules()).find((r) => r.id === 'you-need-to')?.enabled).toBe(true);
    expect(state.notices).toEqual([]);
  });

  it('ignores an invalid policy pack as a whole, with a notice naming the problem', async () => {
    await fakeBrowser.storage.managed.set({ managedBy: 'Acme IT', rulePack: JSON.stringify({ ...defaultPackInput, version: 'latest' }) });
    const { loadRuleState } = await startUp();
    const state = await loadRuleState();
    expect(state.resolution.rules).toEqual(defaultPack.rules);
    expect(state.notices.join(' ')).toMatch(/policy from Acme IT has problems.*version: must look like 1\.0\.0/);
  });

  it('tells watchers when the policy changes', async () => {
    const { watchActiveRules } = await startUp();
    const heard: Rule[][] = [];
    const stop = watchActiveRules((rules) => heard.push(rules));
    await fakeBrowser.storage.managed.set(examplePolicy());
    await vi.waitFor(() => expect(heard.at(-1)?.some((r) => r.id === 'acme-no-asap')).toBe(true));
    stop();
  });

  it('means no policy when the browser has no managed area or refuses to read it (Firefox)', async () => {
    const { readManagedPolicy } = await startUp();
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect((await readManagedPolicy()).present).toBe(false);
    get.mockRestore();
  });
});

describe('a slow managed storage area', () => {
  it('does not hold the rules up: they resolve without the policy, and watchers hear again when it arrives', async () => {
    let deliver: (value: Record<string, unknown>) => void = () => undefined;
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => new Promise((resolve) => (deliver = resolve)));
    const { getActiveRules, watchActiveRules, MANAGED_WAIT_MS } = await import('./rules');
    const started = Date.now();
    const rules = await getActiveRules();
    expect(Date.now() - started).toBeLessThan(MANAGED_WAIT_MS + 500);
    expect(rules.map((r) => r.id)).toEqual(defaultPack.rules.map((r) => r.id));

    const seen: Rule[][] = [];
    const stop = watchActiveRules((r) => seen.push(r));
    get.mockResolvedValue(examplePolicy() as never);
    deliver(examplePolicy());
    await vi.waitFor(() => expect(seen.at(-1)?.some((r) => r.id === 'acme-no-asap')).toBe(true));
    stop();
    get.mockRestore();
  });
});
