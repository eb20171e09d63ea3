/**
 * The one list of sites Rapport coaches out of the box, and the frame options its content script
 * runs with. Pure data: wxt.config.ts (host permissions), entrypoints/composer.content.ts (static
 * matches), the settings (lib/store-schema/settings.ts) and the registration for sites the agent adds
 * (lib/background/site-scripts.ts) all read it, so they cannot drift (built-in-sites.test.ts).
 */

export interface BuiltInSite {
  id: string;
  name: string;
  matches: readonly string[];
}

export const BUILT_IN_SITES: readonly BuiltInSite[] = [
  // Zendesk and Gmail serve only https; http would widen the permission for nothing.
  { id: 'zendesk', name: 'Zendesk', matches: ['https://*.zendesk.com/*'] },
  { id: 'gmail', name: 'Gmail', matches: ['https://mail.google.com/*'] },
  // Match patterns ignore ports: http://127.0.0.1/* covers the demo on any port.
  { id: 'local', name: 'Local test pages (localhost, 127.0.0.1)', matches: ['http://localhost/*', 'http://127.0.0.1/*'] },
];

/** Every built-in match pattern: the content script's static matches and the manifest's host permissions. */
export const BUILT_IN_MATCHES: string[] = BUILT_IN_SITES.flatMap((site) => site.matches);

/**
 * The frames the coach runs in, in a manifest content script. Editors sit in frames: TinyMCE's
 * iframe is about:srcdoc, which only the parent's origin identifies.
 */
export const COMPOSER_FRAME_OPTIONS = { allFrames: true, matchAboutBlank: true, matchOriginAsFallback: true } as const;

/**
 * The same frames for scripting.registerContentScripts (sites the agent adds). Its
 * RegisteredContentScript has no matchAboutBlank in Chrome (119+) or Firefox (128+):
 * matchOriginAsFallback covers about:blank, about:srcdoc, data: and blob: frames there.
 */
export const REGISTERED_COMPOSER_FRAME_OPTIONS = { allFrames: COMPOSER_FRAME_OPTIONS.allFrames, matchOriginAsFallback: COMPOSER_FRAME_OPTIONS.matchOriginAsFallback } as const;
