/**
 * Build step (issue #12, cold start): compromise's lexicon ships already unpacked and expanded. As it loads,
 * compromise unpacks its compressed word lists (efrt) and grows them with every verb's conjugations, every
 * noun's plural and every adjective's comparatives (`preTagger/model/index.js`): a few hundred ms of CPU
 * in the engine worker before it can check anything, the same result every time. Here the bundler's copy
 * of that module is replaced by one that imports the same sibling modules and reads the computed words
 * (lexicon, switches, multi-word cache, frozen and uncountable words) as one JSON.parse, computed at build
 * time by the installed compromise itself, so the data can never drift from the code that reads it.
 * Node (tests, `npm run eval`, the benches) runs compromise unchanged; `compromise-lexicon.test.ts` bundles
 * compromise both ways and compares its whole model after set-up.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/** The module that builds compromise's pre-tagger model (lexicon and all) as it is first imported. */
export const MODEL_FILE = /[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/;

/** The lines of that module that unpack and expand the lexicon; the build fails if compromise changes them. */
const LEXICON_IMPORT = "import { lexicon, switches, frozenLex } from './lexicon/index.js'";
const EXPAND_IMPORT = "import expandLexicon from './_expand/index.js'";
const MODEL_START = 'let model = {';
const MODEL_END = 'model = expandLexicon(model)\nexport default model';

type Model = Record<'one' | 'two', Record<string, unknown>>;

/**
 * The replacement source of `file` (compromise's `preTagger/model/index.js`): its own imports but the
 * lexicon's, and the model object with the same keys in the same order, each key that module wrote in
 * shorthand (an import of that name) still the import, every other one (the words it computes) the
 * value it computed, read from JSON.
 */
export async function expandedModelSource(file: string): Promise<string> {
  const source = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  const start = source.indexOf(MODEL_START);
  const end = source.indexOf(MODEL_END);
  if (!source.includes(LEXICON_IMPORT) || !source.includes(EXPAND_IMPORT) || start < 0 || end < start) {
    throw new Error(`compromise-lexicon: ${file} is not the module this build step knows; update scripts/compromise-lexicon.ts`);
  }
  const imports = source.slice(0, start).replace(LEXICON_IMPORT, '').replace(EXPAND_IMPORT, '');
  const imported = new Set([...imports.matchAll(/^import (\w+) from /gm)].map((m) => m[1]!));
  const model = ((await import(pathToFileURL(file).href)) as { default: Model }).default;
  const data: Model = { one: {}, two: {} };
  const parts: string[] = [];
  for (const level of ['one', 'two'] as const) {
    const keys = Object.keys(model[level]).map((key) => {
      if (imported.has(key)) return `${key}`;
      data[level][key] = model[level][key];
      return `${JSON.stringify(key)}: data.${level}[${JSON.stringify(key)}]`;
    });
    parts.push(`${level}: { ${keys.join(', ')} }`);
  }
  const json = JSON.stringify(data);
  // A value JSON would not keep (a RegExp, a function, undefined) must not be among the computed words.
  if (JSON.stringify(JSON.parse(json)) !== json || !sameData(JSON.parse(json), data)) throw new Error('compromise-lexicon: a computed value is not plain data');
  // A few words share one tag array in compromise's lexicon ("his", "hers", "their"): shared again here.
  const shared = sharedPaths(data).map(([path, first]) => `data${path.map((k) => `[${JSON.stringify(k)}]`).join('')} = data${first.map((k) => `[${JSON.stringify(k)}]`).join('')}\n`);
  return `${imports}const data = /* @__PURE__ */ JSON.parse(${JSON.stringify(json)})\n${shared.join('')}const model = { ${parts.join(', ')} }\nexport default model\n`;
}

/** Each place where `data` holds an object or array it already holds elsewhere: [its path, the first path]. */
function sharedPaths(data: unknown): [string[], string[]][] {
  const first = new Map<object, string[]>();
  const out: [string[], string[]][] = [];
  // Depth is the lexicon's nesting (a few levels): compromise's own data, not user text.
  const walk = (value: unknown, path: string[]): void => {
    if (value === null || typeof value !== 'object') return;
    const seen = first.get(value);
    if (seen) {
      out.push([path, seen]);
      return;
    }
    first.set(value, path);
    for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], [...path, key]);
  };
  walk(data, []);
  return out;
}

/** Deep equality of plain data, key order included (JSON.stringify drops what JSON cannot hold). */
function sameData(a: unknown, b: unknown): boolean {
  if (typeof a !== typeof b) return false;
  if (a === null || typeof a !== 'object') return Object.is(a, b);
  if (b === null || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(b) !== Object.getPrototypeOf(a)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** compromise's plugin merge (`API/extend.js`), which copies each word of the lexicon into its model. */
export const EXTEND_FILE = /[\\/]compromise[\\/]src[\\/]API[\\/]extend\.js$/;
const MERGE_ONE = 'Object.assign(model, { [key]: plugin[key] })';

/**
 * The merge with each value set directly: `Object.assign(model, { [key]: v })` is `model[key] = v` (Assign
 * sets each own key of its source with [[Set]]), without a new object per word; half the merge's time.
 */
export function leanMergeSource(source: string): string {
  if (source.split(MERGE_ONE).length !== 2) throw new Error('compromise-lexicon: API/extend.js is not the module this build step knows; update scripts/compromise-lexicon.ts');
  return source.replace(MERGE_ONE, 'model[key] = plugin[key]');
}

/** The Vite side: compromise's model module, wherever compromise is resolved from, loads as the expanded one. */
export function compromiseLexicon(): Plugin {
  const built = new Map<string, Promise<string>>();
  return {
    name: 'rapport-compromise-lexicon',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      return id === file && EXTEND_FILE.test(file) ? { code: leanMergeSource(code), map: null } : null;
    },
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (id !== file || !MODEL_FILE.test(file)) return null;
      let code = built.get(file);
      if (!code) built.set(file, (code = expandedModelSource(file)));
      return code;
    },
  };
}
