import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

// Vite config for the local demo helpdesk (demo/). It is deliberately separate
// from wxt.config.ts: the demo bundles GPL editors (CKEditor 5, TinyMCE) that
// must never end up in the extension build.
//
//   npm run demo:build   -> demo/dist/
//   npm run demo:serve   -> serves demo/dist on http://127.0.0.1:5178
const demoRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * Draft.js 0.11.7 was built for React 16-18: under React 19 its selection handling throws as soon as
 * the agent types ("Got unexpected null or undefined"), so keys never reach its model. The rest of
 * the project is on React 19. The demo's Draft.js mount and Draft.js itself get React 18 from
 * the aliased devDependencies `react-18` and `react-dom-18`; nothing else does.
 */
function draftjsOnReact18(): Plugin {
  const react18: Record<string, string> = { react: 'react-18', 'react-dom': 'react-dom-18' };
  const usesReact18 = (importer: string) =>
    /[\\/]node_modules[\\/](?:draft-js|react-dom-18)[\\/]/.test(importer) || /[\\/]demo[\\/]src[\\/]editors[\\/]draftjs\.ts$/.test(importer);
  return {
    name: 'rapport-demo-draftjs-react18',
    enforce: 'pre',
    resolveId(source, importer, options) {
      if (!importer || !usesReact18(importer)) return null;
      const match = /^(react|react-dom)(\/.*)?$/.exec(source);
      if (!match) return null;
      return this.resolve(`${react18[match[1]!]}${match[2] ?? ''}`, importer, { ...options, skipSelf: true });
    },
  };
}

/**
 * CKEditor 4 is not an ES module: it loads its plugins, skin and language files from the folder its
 * script came from. Copy that folder (without samples) next to the built page.
 */
function copyCkeditor4(): Plugin {
  const from = fileURLToPath(new URL('../node_modules/ckeditor4/', import.meta.url));
  return {
    name: 'rapport-demo-copy-ckeditor4',
    apply: 'build',
    writeBundle(options) {
      const to = `${options.dir ?? fileURLToPath(new URL('./dist', import.meta.url))}/ckeditor4`;
      for (const part of ['ckeditor.js', 'config.js', 'contents.css', 'styles.js', 'LICENSE.md', 'lang', 'plugins', 'skins']) {
        cpSync(`${from}${part}`, `${to}/${part}`, { recursive: true });
      }
    },
  };
}

export default defineConfig({
  root: demoRoot,
  // Relative asset URLs, so the build works wherever it is served from
  // (site root, a sub-path, or the test server on a random port).
  base: './',
  publicDir: false,
  plugins: [draftjsOnReact18(), copyCkeditor4()],
  // Draft.js's helpers (fbjs) read Node's `global`.
  define: { global: 'globalThis' },
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
        freshdesk: fileURLToPath(new URL('./freshdesk.html', import.meta.url)),
        helpscout: fileURLToPath(new URL('./helpscout.html', import.meta.url)),
        intercom: fileURLToPath(new URL('./intercom.html', import.meta.url)),
        front: fileURLToPath(new URL('./front.html', import.meta.url)),
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5178,
    strictPort: false,
  },
});
