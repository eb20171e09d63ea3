/** The popup's view of the current site: built in or added, on or off. Pure. */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { BUILT_IN_SITES, siteFor, toMatchPattern, type Settings } from '../storage/settings-schema';

export interface PageSite {
  host: string;
  /** The match pattern that covers the whole site. */
  pattern: string;
  /** The built-in site id (zendesk, gmail, local), or null for a site the agent adds. */
  builtIn: string | null;
  enabled: boolean;
}

export function pageSite(url: string | undefined, settings: Settings): PageSite | null {
  if (!url || !/^https?:/.test(url)) return null;
  const host = new URL(url).hostname;
  const builtIn = BUILT_IN_SITES.find((site) => site.matches.some((m) => safeIncludes(m, url)) || (site.id !== 'local' && site.matches.some((m) => safeIncludes(m.replace(/^https:/, '*:'), url))));
  const pattern = builtIn ? builtIn.matches[0]! : (toMatchPattern(url) as { ok: true; pattern: string }).pattern;
  return { host, pattern, builtIn: builtIn?.id ?? null, enabled: siteFor(url, settings).enabled };
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
