/**
 * Settings persistence against a fake browser (wxt/testing/fake-browser): the v1 → v2 migration
 * as it runs on a real upgrade, sync-quota fallback to local, and damaged values.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

// WXT's in-memory browser as the global `browser` and `chrome`, before anything imports wxt/browser.
const { fakeBrowser } = await vi.hoisted(() => import('./testing/fake-browser-global'));

import { migrateSettingsV1toV2, toMatchPattern, siteFor, defaultSettings, type Settings } from '../store-schema/settings';

/** Imports settings.ts afresh, as a new extension version starting up over the stored data. */
async function startUp() {
  vi.resetModules();
  return import('./settings');
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings migrations', () => {
  it.each([
    [{ enabled: true, sites: ['support.acme.com', 'https://acme.freshdesk.com/a/tickets'] }, {
      enabled: true,
      sites: [
        { origin: 'https://support.acme.com/*', enabled: true },
        { origin: 'https://acme.freshdesk.com/*', enabled: true },
      ],
      builtInSites: {},
    }],
    [{ enabled: false }, { enabled: false, sites: [], builtInSites: {} }],
    [{ sites: ['not a host!', 'ok.example', 'ok.example'] }, { enabled: true, sites: [{ origin: 'https://ok.example/*', enabled: true }], builtInSites: {} }],
  ])('v1 %j becomes v2', (v1, v2) => {
    expect(migrateSettingsV1toV2(v1)).toEqual(v2);
  });

  it('leaves a value that is already v2 alone', () => {
    const v2: Settings = { enabled: true, sites: [{ origin: 'https://a.example/*', enabled: false, composerSelector: '#reply' }], builtInSites: { gmail: false } };
    expect(migrateSettingsV1toV2(v2 as never)).toEqual(v2);
  });

  it('migrates a stored v1 value when the extension starts', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: true, sites: ['help.example.org'] } });
    const { settingsStore } = await startUp();
    const loaded = await settingsStore.load();
    expect(loaded).toMatchObject({ area: 'sync', value: { enabled: true, sites: [{ origin: 'https://help.example.org/*', enabled: true }], builtInSites: {} } });
    expect(loaded.notice).toBeUndefined();
    expect(await settingsStore.syncItem.getMeta()).toEqual({ v: 2 });
  });

  it('migrates a v1 value kept in local storage too', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: false, sites: [] } });
    const { getSettings } = await startUp();
    expect(await getSettings()).toEqual({ enabled: false, sites: [], builtInSites: {} });
  });
});

describe('settings storage', () => {
  it('gives the defaults when nothing is stored', async () => {
    const { settingsStore } = await startUp();
    expect(await settingsStore.load()).toEqual({ value: defaultSettings(), area: 'default' });
  });

  it('saves to sync and reads back', async () => {
    const { saveSettings, getSettings } = await startUp();
    const settings: Settings = { enabled: true, sites: [{ origin: 'https://x.example/*', enabled: true }], builtInSites: { zendesk: false } };
    expect(await saveSettings(settings)).toMatchObject({ area: 'sync' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(settings);
    expect(await getSettings()).toEqual(settings);
  });

  it('falls back to local storage, with a notice, when the value is over 8 KB', async () => {
    const { saveSettings, settingsStore } = await startUp();
    const sites = Array.from({ length: 150 }, (_, i) => ({ origin: `https://site-${i}.example.com/*`, enabled: true, composerSelector: `#composer-${i} .editor` }));
    const saved = await saveSettings({ enabled: true, sites, builtInSites: {} });
    expect(saved.area).toBe('local');
    expect(saved.notice).toMatch(/larger than the 8\.0 KB Chrome sync allows for one item/);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toBeUndefined();
    const loaded = await settingsStore.load();
    expect(loaded.area).toBe('local');
    expect(loaded.value.sites).toHaveLength(150);
    expect(loaded.notice).toMatch(/saved on this computer only/);
  });

  it('moves back to sync (and drops the local copy) once it fits again', async () => {
    const { saveSettings, settingsStore } = await startUp();
    const big = Array.from({ length: 150 }, (_, i) => ({ origin: `https://site-${i}.example.com/*`, enabled: true, composerSelector: `#composer-${i}` }));
    await saveSettings({ enabled: true, sites: big, builtInSites: {} });
    await saveSettings({ enabled: true, sites: big.slice(0, 2), builtInSites: {} });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeUndefined();
    expect(await settingsStore.load()).toMatchObject({ area: 'sync', value: { sites: big.slice(0, 2) } });
  });

  it('falls back to local when the whole sync area would pass 100 KB', async () => {
    const filler = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`other-${i}`, 'x'.repeat(7500)]));
    await fakeBrowser.storage.sync.set(filler);
    const { saveSettings } = await startUp();
    const saved = await saveSettings({ enabled: true, sites: [{ origin: 'https://a.example/*', enabled: true, composerSelector: 'x'.repeat(400) }], builtInSites: {} });
    expect(saved).toMatchObject({ area: 'local' });
    expect(saved.notice).toMatch(/100\.0 KB Chrome sync allows in total/);
  });

  it('falls back to local when sync refuses the write', async () => {
    const { saveSettings } = await startUp();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const saved = await saveSettings(defaultSettings());
    expect(saved.area).toBe('local');
    expect(saved.notice).toMatch(/QUOTA_BYTES_PER_ITEM/);
    set.mockRestore();
  });

  it.each([
    ['a wrong type', { enabled: 'yes', sites: [], builtInSites: {} }],
    ['a missing field', { enabled: true, builtInSites: {} }],
    ['a plain string', 'garbage'],
  ])('shows the defaults and a notice for a damaged value (%s), leaving it in place', async (_what, damaged) => {
    await fakeBrowser.storage.sync.set({ settings: damaged, settings$: { v: 2 } });
    const { settingsStore } = await startUp();
    const loaded = await settingsStore.load();
    expect(loaded.value).toEqual(defaultSettings());
    expect(loaded.corrupted).toBe(true);
    expect(loaded.notice).toMatch(/damaged/);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(damaged);
  });

  it('tells watchers about changes', async () => {
    const { watchSettings, saveSettings } = await startUp();
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings({ ...defaultSettings(), enabled: false });
    await vi.waitFor(() => expect(seen.at(-1)?.enabled).toBe(false));
    stop();
  });
});

describe('sites', () => {
  it.each([
    ['support.acme.com', 'https://support.acme.com/*'],
    ['https://acme.freshdesk.com/a/tickets/12?x=1', 'https://acme.freshdesk.com/*'],
    ['http://localhost:8080', 'http://localhost/*'],
    ['*.gorgias.com', 'https://*.gorgias.com/*'],
    ['  HTTPS://Help.Example.ORG  ', 'https://help.example.org/*'],
  ])('%s → %s', (input, pattern) => {
    expect(toMatchPattern(input)).toEqual({ ok: true, pattern });
  });

  it.each(['', '*', 'ftp://files.example.com', 'not a host', 'https://exa mple.com'])('refuses %j', (input) => {
    expect(toMatchPattern(input).ok).toBe(false);
  });

  it('asks for the host permission before adding a site, and gives it back on removal', async () => {
    const { addSite, removeSite, getSettings } = await startUp();
    const request = vi.fn().mockResolvedValue(true);
    const remove = vi.fn().mockResolvedValue(true);
    fakeBrowser.permissions.request = request;
    fakeBrowser.permissions.remove = remove;
    expect(await addSite('https://help.acme.com/*', '#reply-box')).toEqual({ granted: true });
    expect(request).toHaveBeenCalledWith({ origins: ['https://help.acme.com/*'] });
    expect((await getSettings()).sites).toEqual([{ origin: 'https://help.acme.com/*', enabled: true, composerSelector: '#reply-box' }]);
    await removeSite('https://help.acme.com/*');
    expect(remove).toHaveBeenCalledWith({ origins: ['https://help.acme.com/*'] });
    expect((await getSettings()).sites).toEqual([]);
  });

  it('does not add a site when the permission is refused', async () => {
    const { addSite, getSettings } = await startUp();
    fakeBrowser.permissions.request = vi.fn().mockResolvedValue(false);
    expect(await addSite('https://help.acme.com/*')).toEqual({ granted: false });
    expect((await getSettings()).sites).toEqual([]);
  });

  it('finds the site and reply-box selector for a page', () => {
    const settings: Settings = {
      enabled: true,
      sites: [
        { origin: 'https://help.acme.com/*', enabled: true, composerSelector: '.reply textarea' },
        { origin: 'https://off.example/*', enabled: false },
      ],
      builtInSites: { gmail: false },
    };
    expect(siteFor('https://help.acme.com/tickets/1', settings)).toEqual({ enabled: true, composerSelector: '.reply textarea' });
    expect(siteFor('https://acme.zendesk.com/agent/tickets/1', settings)).toEqual({ enabled: true, composerSelector: undefined });
    expect(siteFor('https://mail.google.com/mail/u/0', settings).enabled).toBe(false);
    expect(siteFor('https://off.example/x', settings).enabled).toBe(false);
    expect(siteFor('http://127.0.0.1:5178/', settings).enabled).toBe(true);
    expect(siteFor('https://help.acme.com/', { ...settings, enabled: false }).enabled).toBe(false);
  });
});
