import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Vite config for the local demo helpdesk (demo/). It is deliberately separate
// from wxt.config.ts: the demo bundles GPL editors (CKEditor 5, TinyMCE) that
// must never end up in the extension build.
//
//   npm run demo:build   -> demo/dist/
//   npm run demo:serve   -> serves demo/dist on http://127.0.0.1:5178
const demoRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: demoRoot,
  // Relative asset URLs, so the build works wherever it is served from
  // (site root, a sub-path, or the test server on a random port).
  base: './',
  publicDir: false,
  // Keep the build self-contained: no CDN, no remote fonts.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // CKEditor 5 and TinyMCE are large; the warning is noise for a local fixture.
    chunkSizeWarningLimit: 5000,
    // The editor demo (index.html) and the site fixtures built from real sites' markup.
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        zendesk: fileURLToPath(new URL('./zendesk.html', import.meta.url)),
        gmail: fileURLToPath(new URL('./gmail.html', import.meta.url)),
        outlook: fileURLToPath(new URL('./outlook.html', import.meta.url)),
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5178,
    strictPort: false,
  },
});
