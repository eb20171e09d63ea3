/** The popup's view of the current site: built in or added, on or off. Pure. */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { BUILT_IN_SITES } from '../store-schema/built-in-sites';
import { siteFor, toMatchPattern, type Settings } from '../store-schema/settings';
import { OUTLOOK_HOSTS } from '../sites/outlook';

/**
 * Sites Rapport has a reader for but does not run on until the agent switches them on: they need an
 * optional host permission, asked for in the popup like any added site (wxt.config.ts lists them).
 */
const OPTIONAL_SITES: readonly { name: string; hosts: readonly string[]; /** Any sub-domain of this one (a helpdesk per company). */ under?: string }[] = [
  { name: 'Outlook on the web', hosts: OUTLOOK_HOSTS },
  { name: 'Freshdesk', hosts: [], under: 'freshdesk.com' },
  { name: 'Help Scout', hosts: ['secure.helpscout.net'] },
  { name: 'Intercom', hosts: ['app.intercom.com'] },
  { name: 'Front', hosts: ['app.frontapp.com'] },
];

export interface PageSite {
  host: string;
  /** The match pattern that covers the whole site. */
  pattern: string;
  /** The built-in site id (zendesk, gmail, local), or null for a site the agent adds. */
  builtIn: string | null;
  /** The site's name when Rapport knows it (an optional site such as Outlook on the web). */
  name?: string;
  enabled: boolean;
}

export function pageSite(url: string | undefined, settings: Settings): PageSite | null {
  if (!url || !/^https?:/.test(url)) return null;
  const host = new URL(url).hostname;
  const builtIn = BUILT_IN_SITES.find((site) => site.matches.some((m) => safeIncludes(m, url)));
  const pattern = builtIn ? builtIn.matches[0]! : (toMatchPattern(url) as { ok: true; pattern: string }).pattern;
  const known = builtIn ? undefined : OPTIONAL_SITES.find((site) => site.hosts.includes(host) || (site.under !== undefined && host.endsWith(`.${site.under}`)));
  return { host, pattern, builtIn: builtIn?.id ?? null, ...(known ? { name: known.name } : {}), enabled: siteFor(url, settings).enabled };
}

/** Settings with this site switched on or off (built-in sites by id, added sites by their entry). */
export function withSite(settings: Settings, site: PageSite, enabled: boolean): Settings {
  if (site.builtIn) return { ...settings, enabled: enabled ? true : settings.enabled, builtInSites: { ...settings.builtInSites, [site.builtIn]: enabled } };
  const exists = settings.sites.some((s) => s.origin === site.pattern);
  const sites = exists
    ? settings.sites.map((s) => (s.origin === site.pattern ? { ...s, enabled } : s))
    : enabled
      ? [...settings.sites, { origin: site.pattern, enabled: true }]
      : settings.sites;
  return { ...settings, enabled: enabled ? true : settings.enabled, sites };
}

function safeIncludes(pattern: string, url: string): boolean {
  try {
    return new MatchPattern(pattern).includes(url);
  } catch {
    return false;
  }
}
