import { beforeEach, describe, expect, it, vi } from 'vitest';

// WXT's in-memory browser as the global `browser` and `chrome`, before anything imports wxt/browser.
const { fakeBrowser } = await vi.hoisted(() => import('./testing/fake-browser-global'));

const { channelForHost, getSiteChannel, setSiteChannel, siteChannelsFrom, watchSiteChannel, withSiteChannel, MAX_SITE_CHANNELS } = await import('./channel');

beforeEach(() => fakeBrowser.reset());

describe('the channel chosen per site', () => {
  it('is remembered per host and can be cleared', async () => {
    expect(await getSiteChannel('acme.zendesk.com')).toBeNull();
    await setSiteChannel('acme.zendesk.com', 'chat');
    await setSiteChannel('mail.google.com', 'email');
    expect(await getSiteChannel('acme.zendesk.com')).toBe('chat');
    await setSiteChannel('acme.zendesk.com', null);
    expect(await getSiteChannel('acme.zendesk.com')).toBeNull();
    expect(await getSiteChannel('mail.google.com')).toBe('email');
  });

  it('tells a watching page when its own host changes', async () => {
    const seen: unknown[] = [];
    const stop = watchSiteChannel('acme.zendesk.com', (c) => seen.push(c));
    await setSiteChannel('acme.zendesk.com', 'social');
    await vi.waitFor(() => expect(seen).toEqual(['social']));
    stop();
  });

  it('drops damaged entries and never uses a host as an object key', () => {
    const stored = [{ host: '__proto__', channel: 'chat' }, { host: 'a.com', channel: 'fax' }, 'junk', { host: 'b.com', channel: 'social' }];
    expect(siteChannelsFrom(stored)).toEqual([{ host: '__proto__', channel: 'chat' }, { host: 'b.com', channel: 'social' }]);
    expect(channelForHost(siteChannelsFrom(stored), 'constructor')).toBeNull();
    expect(siteChannelsFrom({ 'a.com': 'chat' })).toEqual([]);
  });

  it('keeps at most the newest choices', () => {
    let entries = withSiteChannel([], 'first.com', 'chat');
    for (let i = 0; i < MAX_SITE_CHANNELS; i++) entries = withSiteChannel(entries, `h${i}.com`, 'email');
    expect(entries).toHaveLength(MAX_SITE_CHANNELS);
    expect(channelForHost(entries, 'first.com')).toBeNull();
  });
});
