import { defineConfig } from 'wxt';

// Manifest and build settings. Entrypoints stay thin; the logic lives in lib/.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Rapport',
    description: 'Coaches you, while you type, toward warm, human customer-service replies. Nothing leaves your browser.',
    // scripting: run the coach on sites the agent adds (lib/background/site-scripts.ts).
    // activeTab: the popup may read the address of the tab it was opened on (to offer the site switch).
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'activeTab'],
    // The sites the coach runs on out of the box (the content script's own matches, no wider).
    host_permissions: ['*://*.zendesk.com/*', '*://mail.google.com/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    // Sites an agent adds on the options page are asked for one by one (permissions.request).
    // Outlook on the web has a built-in reader (lib/sites/outlook.ts) but, like an added site, runs
    // only once the agent switches it on in the popup; its hosts are listed so the prompt names them.
    optional_host_permissions: [
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
      'https://outlook.cloud.microsoft/*',
      '*://*/*',
    ],
    // Lets an organisation push rules through enterprise policy (docs/deploying.md).
    storage: { managed_schema: 'managed_schema.json' },
  },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // Firefox has no managed_schema (its policies.json feeds storage.managed directly).
      if (wxt.config.browser === 'firefox') delete manifest.storage;
      // MV2 has no optional_host_permissions: host patterns go in optional_permissions.
      if (wxt.config.manifestVersion === 2 && manifest.optional_host_permissions) {
        manifest.optional_permissions = [...(manifest.optional_permissions ?? []), ...manifest.optional_host_permissions];
        delete manifest.optional_host_permissions;
      }
    },
  },
});
