/**
 * The built-in site list is the one source for the manifest, the content script, the settings and
 * the registration for added sites: each of them is checked against it here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { BUILT_IN_MATCHES, BUILT_IN_SITES, COMPOSER_FRAME_OPTIONS, REGISTERED_COMPOSER_FRAME_OPTIONS } from './built-in-sites';
import { activeSites, defaultSettings, siteFor } from './settings';

const composerSource = readFileSync(new URL('../../entrypoints/composer.content.ts', import.meta.url), 'utf8');

describe('built-in sites', () => {
  it('are the manifest host permissions, no more and no fewer', () => {
    const manifest = config.manifest;
    if (!manifest || typeof manifest !== 'object' || manifest instanceof Promise) throw new Error('wxt.config.ts: expected a manifest object');
    expect(manifest.host_permissions).toEqual(BUILT_IN_MATCHES);
  });

  it('are the content script matches and frame options, with no pattern of its own', () => {
    expect(composerSource).toMatch(/matches:\s*BUILT_IN_MATCHES\b/);
    expect(composerSource).toMatch(/\.\.\.COMPOSER_FRAME_OPTIONS\b/);
    expect(composerSource).not.toMatch(/['"][a-z*]+:\/\//);
    expect(composerSource).not.toMatch(/\b(allFrames|matchAboutBlank|matchOriginAsFallback)\s*:/);
  });

  it('are what the default settings coach on, pattern for pattern', () => {
    expect(activeSites(defaultSettings()).map((s) => s.pattern)).toEqual(BUILT_IN_MATCHES);
    for (const site of BUILT_IN_SITES) {
      const url = site.matches[0]!.replace('*.', 'acme.').replace(/\*$/, 'agent/tickets/1');
      expect(siteFor(url, defaultSettings()).enabled, url).toBe(true);
      expect(siteFor(url, { ...defaultSettings(), builtInSites: { [site.id]: false } }).enabled, url).toBe(false);
    }
  });

  it('registered scripts reach the same frames as the manifest script', () => {
    expect(REGISTERED_COMPOSER_FRAME_OPTIONS).toEqual({ allFrames: COMPOSER_FRAME_OPTIONS.allFrames, matchOriginAsFallback: COMPOSER_FRAME_OPTIONS.matchOriginAsFallback });
    expect(COMPOSER_FRAME_OPTIONS).toEqual({ allFrames: true, matchAboutBlank: true, matchOriginAsFallback: true });
  });
});
