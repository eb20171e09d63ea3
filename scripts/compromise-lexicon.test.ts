import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin as EsbuildPlugin } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { compromiseLexicon, expandedModelSource, EXTEND_FILE, leanMergeSource, MODEL_FILE } from './compromise-lexicon';

/** compromise's whole model after set-up and a few sentences' tags, as text (a RegExp as its source, a Set as its items, an object met again as 'seen'). */
const ENTRY = `
import nlp from 'compromise';
const seen = new WeakSet();
const text = (value) => JSON.stringify(value, (key, v) => {
  if (v instanceof RegExp) return 're:' + String(v);
  if (v instanceof Set) return ['set', ...v];
  if (typeof v === 'function') return 'fn:' + v.name;
  if (v && typeof v === 'object') { if (seen.has(v)) return 'seen'; seen.add(v); }
  return v;
});
const world = nlp.world();
export const model = text(world.model);
export const tags = JSON.stringify(['I have refunded the boxes you returned.', "We'll be sending a replacement by Friday, kindly bear with us.", 'The following items are not covered.'].map((s) => nlp(s).json()), (key, v) => (key === 'id' ? undefined : v)); // ids are random
`;

const dir = mkdtempSync(join(tmpdir(), 'rapport-lexicon-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** compromise bundled as the extension's build bundles it, with or without the expanded model. */
async function bundled(expanded: boolean): Promise<{ model: string; tags: string; code: string }> {
  const plugins: EsbuildPlugin[] = expanded
    ? [
        {
          name: 'expanded',
          setup: (b) => {
            b.onLoad({ filter: MODEL_FILE }, async (args) => ({ contents: await expandedModelSource(args.path), resolveDir: dirname(args.path), loader: 'js' }));
            b.onLoad({ filter: EXTEND_FILE }, (args) => ({ contents: leanMergeSource(readFileSync(args.path, 'utf8')), resolveDir: dirname(args.path), loader: 'js' }));
          },
        },
      ]
    : [];
  const outfile = join(dir, `${expanded ? 'expanded' : 'stock'}.mjs`);
  await build({ stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'js' }, bundle: true, format: 'esm', platform: 'neutral', outfile, plugins, logLevel: 'silent' });
  const code = readFileSync(outfile, 'utf8');
  return { ...((await import(pathToFileURL(outfile).href)) as { model: string; tags: string }), code };
}

describe('compromise-lexicon', () => {
  it('gives compromise the same whole model and tags as unpacking and expanding its lexicon at start', async () => {
    const [stock, expanded] = await Promise.all([bundled(false), bundled(true)]);
    expect(expanded.model.length).toBeGreaterThan(500_000);
    expect(expanded.model === stock.model).toBe(true);
    expect(expanded.tags).toBe(stock.tags);
    // The compressed word lists and their unpacking are gone from the bundle.
    expect(stock.code).toContain('preTagger/model/lexicon/_data.js');
    expect(expanded.code).not.toContain('preTagger/model/lexicon/_data.js');
    expect(expanded.code).not.toContain('preTagger/model/_expand/index.js');
    expect(expanded.code).not.toContain('Object.assign(model, { [key]');
  }, 60_000);

  it('replaces only compromise’s pre-tagger model module', async () => {
    const plugin = compromiseLexicon();
    const load = plugin.load as (id: string) => Promise<string> | null;
    expect(load('/x/node_modules/compromise/src/2-two/preTagger/model/lexicon/index.js')).toBeNull();
    expect(load('/x/lib/nlp/nlp.ts')).toBeNull();
  });

  it('fails the build when compromise changes the module it replaces', async () => {
    const file = join(dir, 'node_modules/compromise/src/2-two/preTagger/model/index.js');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, 'const model = {}\nexport default model\n');
    await expect(expandedModelSource(file)).rejects.toThrow(/not the module this build step knows/);
    expect(() => leanMergeSource('function mergeDeep() {}')).toThrow(/not the module this build step knows/);
  });
});
