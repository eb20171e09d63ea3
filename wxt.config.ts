import { defineConfig } from 'wxt';

// Manifest and build settings. Entrypoints stay thin; the logic lives in lib/.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Rapport',
    description: 'Coaches you, while you type, toward warm, human customer-service replies. Nothing leaves your browser.',
    permissions: ['storage'],
  },
});
