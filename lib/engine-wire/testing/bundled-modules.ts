/**
 * For tests of what a chunk carries: esbuild (the bundler under vite and tsx) bundles one module with a
 * metafile and lists every module it took in. It keeps every module imported, used or not, so this is
 * stricter than the real build's tree-shaking; `switches` sets WXT's build-time ones (import.meta.env.FIREFOX).
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export async function bundledModules(entry: string, switches: { firefox?: boolean } = {}): Promise<string[]> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
    loader: { '.css': 'empty' },
    define: switches.firefox === undefined ? {} : { 'import.meta.env.FIREFOX': String(switches.firefox) },
  });
  if (!result.metafile) throw new Error('esbuild returned no metafile');
  return Object.keys(result.metafile.inputs);
}

/** Modules only the engine may evaluate: the NLP, the pack's schema and parsing, the default pack, the analyzer. */
const ENGINE_ONLY = [
  /node_modules\/compromise\//,
  /^lib\/nlp\//,
  /^lib\/rules\/schema\.ts$/,
  /^lib\/rules\/pattern-safety\.ts$/,
  /^lib\/rules\/default\/index\.ts$/,
  /^lib\/engine\/analyzer\.ts$/,
];

export const engineOnlyModules = (modules: string[]) => modules.filter((m) => ENGINE_ONLY.some((pattern) => pattern.test(m)));
