/**
 * Sites the agent adds get the coach through a dynamically registered content script: exactly the
 * added, enabled sites whose permission was granted (fake browser; scripting and permissions stubbed).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

// WXT's in-memory browser as the global `browser` and `chrome`, before anything imports wxt/browser.
const { fakeBrowser } = await vi.hoisted(() => import('../storage/testing/fake-browser-global'));

import { saveSettings, defaultSettings } from '../storage/settings';
import { CUSTOM_SITES_SCRIPT_ID, syncAddedSites } from './site-scripts';
import { REGISTERED_COMPOSER_FRAME_OPTIONS } from '../store-schema/built-in-sites';

interface Registered {
  id: string;
  matches: string[];
  js: string[];
  allFrames?: boolean;
  matchOriginAsFallback?: boolean;
}

let registered: Registered[] = [];
let granted = new Set<string>();

beforeEach(() => {
  fakeBrowser.reset();
  registered = [];
  granted = new Set();
  Object.assign(fakeBrowser, {
    scripting: {
      registerContentScripts: vi.fn(async (scripts: Registered[]) => void registered.push(...scripts)),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => void (registered = registered.filter((s) => !ids.includes(s.id)))),
      getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id))),
    },
  });
  fakeBrowser.permissions.contains = vi.fn(async ({ origins }: { origins?: string[] }) => (origins ?? []).every((o) => granted.has(o)));
});

describe('content script for added sites', () => {
  it('registers the coach for added, enabled, granted sites only', async () => {
    granted.add('https://support.acme.com/*');
    granted.add('https://help.other.com/*');
    await saveSettings({
      ...defaultSettings(),
      sites: [
        { origin: 'https://support.acme.com/*', enabled: true },
        { origin: 'https://help.other.com/*', enabled: false },
        { origin: 'https://not-granted.example/*', enabled: true },
      ],
    });
    expect(await syncAddedSites()).toEqual(['https://support.acme.com/*']);
    expect(registered).toEqual([expect.objectContaining({ id: CUSTOM_SITES_SCRIPT_ID, matches: ['https://support.acme.com/*'], js: ['content-scripts/composer.js'] })]);
    // The same frames as the built-in script: an editor in an about:srcdoc iframe (TinyMCE) is coached too.
    expect(registered[0]).toMatchObject({ ...REGISTERED_COMPOSER_FRAME_OPTIONS, allFrames: true, matchOriginAsFallback: true });
  });

  it('unregisters everything when the master switch is off', async () => {
    granted.add('https://support.acme.com/*');
    await saveSettings({ ...defaultSettings(), sites: [{ origin: 'https://support.acme.com/*', enabled: true }] });
    await syncAddedSites();
    await saveSettings({ ...defaultSettings(), enabled: false, sites: [{ origin: 'https://support.acme.com/*', enabled: true }] });
    expect(await syncAddedSites()).toEqual([]);
    expect(registered).toEqual([]);
  });
});
