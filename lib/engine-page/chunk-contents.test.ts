/**
 * What each page-side chunk may carry. The watcher runs in every frame and the coach in the frame where
 * the agent writes: neither may bundle compromise (the NLP and its lexicon, most of the extension's
 * weight) or the rule pack's parsing; those live in the engine and in the fallback chunk only.
 * esbuild (the bundler under vite and tsx) bundles each chunk's module with a metafile; it keeps every
 * module imported, used or not, so this is stricter than the real build's tree-shaking.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function bundledModules(entry: string): Promise<string[]> {
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
  });
  return Object.keys(result.metafile.inputs);
}

/** Modules the page must never evaluate: the NLP, the pack's schema and parsing, the analyzer. */
const ENGINE_ONLY = [/node_modules\/compromise\//, /^lib\/nlp\//, /^lib\/rules\/schema\.ts$/, /^lib\/rules\/pattern-safety\.ts$/, /^lib\/engine\/analyzer\.ts$/];

const offenders = (modules: string[]) => modules.filter((m) => ENGINE_ONLY.some((pattern) => pattern.test(m)));

describe('page-side chunks', () => {
  it('the watcher (every frame) carries no engine', async () => {
    expect(offenders(await bundledModules('lib/engine-page/page-watcher.ts'))).toEqual([]);
  });

  it('the coach (the frame where the agent writes) carries no engine and parses no pack', async () => {
    const modules = await bundledModules('lib/engine-page/page-coach.ts');
    expect(modules).toContain('lib/engine-page/page-coach.ts');
    expect(offenders(modules)).toEqual([]);
  });

  it('the fallback chunk does carry the engine (so the check above can fail)', async () => {
    expect(offenders(await bundledModules('lib/engine-page/page-engine.ts'))).toContain('lib/nlp/nlp.ts');
  });
});
