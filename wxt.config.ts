import { defineConfig } from 'wxt';
import { BUILT_IN_MATCHES } from './lib/store-schema/built-in-sites';
import { compromiseLexicon } from './scripts/compromise-lexicon';
import { dataLiterals } from './scripts/data-literals';

const ICONS = { 16: 'icons/rapport-16.png', 32: 'icons/rapport-32.png', 48: 'icons/rapport-48.png', 128: 'icons/rapport-128.png' };
/** Firefox's toolbar icons per theme: `light` is the icon for dark toolbars, `dark` for light ones. */
const FIREFOX_THEME_ICONS = [16, 32].map((size) => ({ light: `icons/rapport-dark-${size}.png`, dark: `icons/rapport-${size}.png`, size }));

// Manifest and build settings. Entrypoints stay thin; the logic lives in lib/.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Large data as JSON.parse strings, not object literals: quicker to evaluate as the engine starts (scripts/data-literals.ts).
  // compromise's lexicon ships unpacked and expanded, read as one JSON.parse (scripts/compromise-lexicon.ts).
  // Workers (the offscreen engine) are bundled with their own plugin list. RAPPORT_NO_MINIFY=1: readable bundles, to profile.
  // Firefox keeps compromise's packed lexicon: its MV2 background page is persistent, so the unpacking is paid once per
  // browser start, not per service-worker wake, and the expanded words (~0.6 MB) would push background.js past the
  // 5 MiB that Firefox's add-on linter (and AMO) can parse.
  // RAPPORT_FIREFOX_LEXICON=expanded: a Firefox build with the expanded lexicon too, only for the bench to compare
  // (`scripts/bench-firefox.ts`; its background.js is over the linter's 5 MiB).
  vite: (env) => {
    const expanded = env.browser !== 'firefox' || process.env.RAPPORT_FIREFOX_LEXICON === 'expanded';
    const plugins = () => [dataLiterals(), ...(expanded ? [compromiseLexicon()] : [])];
    return { ...(process.env.RAPPORT_NO_MINIFY ? { build: { minify: false } } : {}), plugins: plugins(), worker: { plugins } };
  },
  manifest: {
    name: 'Rapport',
    // Drawn from assets/icons/*.svg by `npm run icons` (scripts/icons.ts).
    icons: ICONS,
    action: { default_title: 'Rapport', default_icon: { 16: ICONS[16], 32: ICONS[32] } },
    description: 'Coaches you, while you type, toward warm, human customer-service replies. Nothing leaves your browser.',
    // scripting: run the coach on sites the agent adds (lib/background/site-scripts.ts).
    // activeTab: the popup may read the address of the tab it was opened on (to offer the site switch).
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'activeTab'],
    // The sites the coach runs on out of the box (the content script's own matches, no wider).
    host_permissions: BUILT_IN_MATCHES,
    // Sites an agent adds on the options page are asked for one by one (permissions.request).
    // Outlook on the web has a built-in reader (lib/sites/outlook.ts) but, like an added site, runs
    // only once the agent switches it on in the popup; its hosts are listed so the prompt names them.
    optional_host_permissions: [
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
      'https://outlook.cloud.microsoft/*',
      // Helpdesks with a built-in reader (lib/sites/), offered by name in the popup like Outlook.
      'https://*.freshdesk.com/*',
      'https://secure.helpscout.net/*',
      'https://app.intercom.com/*',
      'https://app.frontapp.com/*',
      '*://*/*',
    ],
    // Lets an organisation push rules through enterprise policy (docs/deploying.md).
    storage: { managed_schema: 'managed_schema.json' },
    // Firefox: a fixed add-on id (storage refuses a temporary add-on without one; policies name it) and the
    // data-collection declaration AMO asks for: Rapport collects nothing. Dropped from the Chrome build below.
    browser_specific_settings: {
      gecko: { id: 'rapport@rapport.local', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // Firefox has no managed_schema (its policies.json feeds storage.managed directly).
      if (wxt.config.browser === 'firefox') {
        delete manifest.storage;
        // WXT drops `action.default_icon` when it writes MV2's browser_action; put it back, with the theme variants.
        if (manifest.browser_action) Object.assign(manifest.browser_action, { default_icon: { 16: ICONS[16], 32: ICONS[32] }, theme_icons: FIREFOX_THEME_ICONS });
      } else {
        delete manifest.browser_specific_settings; // Chrome would list it as an unrecognised key.
        // offscreen: the engine's document, which outlives the service worker (lib/engine-host/offscreen-keeper.ts).
        manifest.permissions = [...(manifest.permissions ?? []), 'offscreen'];
      }
      // MV2 has no optional_host_permissions: host patterns go in optional_permissions.
      if (wxt.config.manifestVersion === 2 && manifest.optional_host_permissions) {
        manifest.optional_permissions = [...(manifest.optional_permissions ?? []), ...manifest.optional_host_permissions];
        delete manifest.optional_host_permissions;
      }
    },
  },
});
