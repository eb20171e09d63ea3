/**
 * The agent's own settings: which sites Rapport runs on, and how to find the reply box on
 * helpdesks the built-in adapters don't know. Pure data, schema and migrations (no browser API);
 * lib/storage/settings.ts persists it. The built-in sites are in built-in-sites.ts.
 */
import { z } from 'zod';
import { MatchPattern } from 'wxt/utils/match-patterns';

import { BUILT_IN_SITES } from './built-in-sites';

export const siteSchema = z.object({
  /** A match pattern for the whole site, e.g. `https://support.acme.com/*` or `https://*.freshdesk.com/*`. */
  origin: z.string().min(1).max(300),
  enabled: z.boolean(),
  /** CSS selector of the reply box, for helpdesks the built-in editor adapters don't recognise. */
  composerSelector: z.string().max(500).optional(),
});

export const settingsSchema = z.object({
  /** Master switch: coach on every enabled site. */
  enabled: z.boolean(),
  /** Sites the agent added (each one needed a host-permission grant). */
  sites: z.array(siteSchema).max(200),
  /** Built-in site id → enabled; a missing id means enabled. */
  builtInSites: z.record(z.string(), z.boolean()),
});

export type SiteSetting = z.output<typeof siteSchema>;
export type Settings = z.output<typeof settingsSchema>;

export const SETTINGS_VERSION = 2;

export function defaultSettings(): Settings {
  return { enabled: true, sites: [], builtInSites: {} };
}

/** Version 1: a master switch and a list of extra hostnames. */
export interface SettingsV1 {
  enabled?: boolean;
  sites?: string[];
}

/** v1 → v2: each hostname becomes an enabled site with a match pattern; built-in sites stay on. */
export function migrateSettingsV1toV2(v1: SettingsV1 | null | undefined): Settings | unknown {
  if (!v1 || typeof v1 !== 'object' || 'builtInSites' in v1 || (v1.sites !== undefined && !Array.isArray(v1.sites))) return v1;
  const sites: SiteSetting[] = [];
  for (const entry of v1.sites ?? []) {
    if (typeof entry !== 'string') continue;
    const pattern = toMatchPattern(entry);
    if (pattern.ok && !sites.some((s) => s.origin === pattern.pattern)) sites.push({ origin: pattern.pattern, enabled: true });
  }
  return { enabled: v1.enabled !== false, sites, builtInSites: {} } satisfies Settings;
}

/**
 * Turns what an agent types ("support.acme.com", "https://acme.freshdesk.com/a/tickets/1",
 * "*.gorgias.com") into a match pattern for the whole site: `https://support.acme.com/*`.
 * Ports and paths are dropped (match patterns cover every port and path of a host).
 */
export function toMatchPattern(input: string): { ok: true; pattern: string } | { ok: false; message: string } {
  let text = input.trim();
  if (!text) return { ok: false, message: 'Enter a site, e.g. support.example.com' };
  if (!/^[a-z*]+:\/\//i.test(text)) text = `https://${text}`;
  const m = /^(https?|\*):\/\/([^/?#]+)/i.exec(text);
  if (!m) return { ok: false, message: 'Only http:// and https:// sites can be added' };
  const scheme = m[1]!.toLowerCase();
  const host = m[2]!.toLowerCase().replace(/:\d+$/, '').replace(/^[^@]*@/, '');
  if (host === '*' || host === '*.') return { ok: false, message: 'Name one site; Rapport does not ask to run everywhere' };
  if (!/^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+$/.test(host)) {
    return { ok: false, message: `"${host}" is not a host name; use letters, digits, dots and an optional leading *.` };
  }
  const pattern = `${scheme}://${host}/*`;
  try {
    new MatchPattern(pattern);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  return { ok: true, pattern };
}

/** Every match pattern Rapport should run on, with the reply-box selector where one is set. */
export function activeSites(settings: Settings): { pattern: string; composerSelector?: string; builtIn?: string }[] {
  if (!settings.enabled) return [];
  const builtIn = BUILT_IN_SITES.filter((s) => settings.builtInSites[s.id] !== false).flatMap((s) =>
    s.matches.map((pattern) => ({ pattern, builtIn: s.id })),
  );
  const custom = settings.sites
    .filter((s) => s.enabled)
    .map((s) => ({ pattern: s.origin, ...(s.composerSelector ? { composerSelector: s.composerSelector } : {}) }));
  return [...builtIn, ...custom];
}

/** Whether Rapport should coach on this page, and the reply-box selector the agent set for it. */
export function siteFor(url: string, settings: Settings): { enabled: boolean; composerSelector?: string } {
  // Sites with a reply-box selector first: a custom entry may refine a built-in one.
  const sites = activeSites(settings).sort((a, b) => Number(!!b.composerSelector) - Number(!!a.composerSelector));
  for (const site of sites) {
    try {
      if (new MatchPattern(site.pattern).includes(url)) return { enabled: true, composerSelector: site.composerSelector };
    } catch {
      // A pattern that no longer parses matches nothing.
    }
  }
  return { enabled: false };
}
