import { describe, expect, it } from 'vitest';
import { defaultSettings, siteFor } from '../store-schema/settings';
import { pageSite, withSite } from './site';

describe('the popup site switch', () => {
  it('knows built-in sites and switches them by id', () => {
    const settings = defaultSettings();
    const site = pageSite('https://acme.zendesk.com/agent/tickets/12', settings)!;
    expect(site).toMatchObject({ host: 'acme.zendesk.com', builtIn: 'zendesk', enabled: true });
    const off = withSite(settings, site, false);
    expect(siteFor('https://acme.zendesk.com/agent/tickets/12', off).enabled).toBe(false);
    expect(siteFor('https://mail.google.com/mail/u/0/', off).enabled).toBe(true);
  });

  it('adds another site as a whole-site pattern, and switches it off without forgetting it', () => {
    const settings = defaultSettings();
    const site = pageSite('https://support.acme.com/tickets/9?x=1', settings)!;
    expect(site).toMatchObject({ host: 'support.acme.com', builtIn: null, pattern: 'https://support.acme.com/*', enabled: false });
    const on = withSite(settings, site, true);
    expect(siteFor('https://support.acme.com/other', on).enabled).toBe(true);
    const off = withSite(on, site, false);
    expect(off.sites).toEqual([{ origin: 'https://support.acme.com/*', enabled: false }]);
    expect(siteFor('https://support.acme.com/other', off).enabled).toBe(false);
  });

  it('offers Outlook on the web by name, switched on through its optional permission like an added site', () => {
    const settings = defaultSettings();
    for (const host of ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']) {
      const site = pageSite(`https://${host}/mail/inbox`, settings)!;
      expect(site).toMatchObject({ host, name: 'Outlook on the web', builtIn: null, pattern: `https://${host}/*`, enabled: false });
    }
    const site = pageSite('https://outlook.office.com/mail/inbox', settings)!;
    const on = withSite(settings, site, true);
    expect(siteFor('https://outlook.office.com/mail/0/', on).enabled).toBe(true);
    expect(pageSite('https://support.acme.com/', settings)!.name).toBeUndefined();
  });

  it('offers the helpdesks Rapport has a reader for by name (Freshdesk on any company’s sub-domain)', () => {
    const settings = defaultSettings();
    const named = (url: string) => pageSite(url, settings)!.name;
    expect(named('https://acme.freshdesk.com/a/tickets/42')).toBe('Freshdesk');
    expect(named('https://secure.helpscout.net/conversation/1/2')).toBe('Help Scout');
    expect(named('https://app.intercom.com/a/inbox/x')).toBe('Intercom');
    expect(named('https://app.frontapp.com/inboxes')).toBe('Front');
    expect(named('https://freshdesk.com.evil.example/')).toBeUndefined();
    expect(named('https://notfreshdesk.com/')).toBeUndefined();
  });

  it('has nothing to switch on browser pages', () => {
    expect(pageSite('chrome://extensions', defaultSettings())).toBeNull();
    expect(pageSite(undefined, defaultSettings())).toBeNull();
  });
});
