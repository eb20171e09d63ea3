import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../lib/rules/default';
import { dataLiterals, dataLiteralsAsJson, dataProperties, jsonModuleSource, LAZY_VALUE_CHARS } from './data-literals';

const RULES_DIR = new URL('../lib/rules/default/', import.meta.url);

/** Evaluates a rule file's text (imports stubbed: `defineRule` returns its argument), as the bundle would. */
function evaluateRule(code: string): unknown {
  const body = code
    .replace(/^import .*$/gm, '')
    .replace(/export default /, 'return ');
  return new Function('defineRule', body)((rule: unknown) => rule);
}

const ruleFiles = readdirSync(RULES_DIR).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'index.ts' && name !== 'titles.ts');

describe('dataLiteralsAsJson', () => {
  it('rewrites a large plain-data property as JSON.parse of the same value', () => {
    const long = 'x'.repeat(1_200);
    const code = `export default defineRule({ id: 'a', examples: { flag: [{ text: '${long}', becomes: null, n: -1.5, 'k-2': [true, false] }], pass: [\`t\`] } });`;
    const out = dataLiteralsAsJson(code);
    expect(out).toContain('JSON.parse(');
    expect(out).not.toContain(`'${long}'`);
    expect(evaluateRule(out!)).toEqual(evaluateRule(code));
  });

  it('leaves small literals and anything that is not plain data as written', () => {
    const long = 'y'.repeat(1_200);
    expect(dataLiteralsAsJson(`export default defineRule({ id: 'a', examples: { flag: ['short'] } });`)).toBeNull();
    expect(dataLiteralsAsJson(`export default defineRule({ id: 'a', examples: { flag: [SOME_CONSTANT, '${long}'] } });`)).toBeNull();
    expect(dataLiteralsAsJson(`export default defineRule({ id: 'a', examples: { ...more, flag: ['${long}'] } });`)).toBeNull();
    expect(dataLiteralsAsJson(`export default defineRule({ id: 'a', examples: { flag: [\`\${x}${long}\`] } });`)).toBeNull();
    expect(dataLiteralsAsJson(`export const other = { examples: { flag: ['${long}'] } };`)).toBeNull();
  });

  it('gives every rule of the default pack exactly its own values', async () => {
    expect(ruleFiles.length).toBe(defaultPack.rules.length);
    let rewritten = 0;
    for (const name of ruleFiles) {
      const rule = ((await import(`../lib/rules/default/${name.replace(/\.ts$/, '')}.ts`)) as { default: Record<string, unknown> }).default;
      for (const property of dataProperties(readFileSync(new URL(name, RULES_DIR), 'utf8'), name)) {
        rewritten += 1;
        expect(JSON.parse(property.json), `${name} ${property.name}`).toStrictEqual(rule[property.name]);
      }
    }
    // Every rule has examples, most of them over the threshold.
    expect(rewritten).toBeGreaterThan(ruleFiles.length / 2);
  });

  it('reads our JSON files with one JSON.parse, and leaves other files to Vite', () => {
    const transform = dataLiterals().transform as (code: string, id: string) => { code: string } | null;
    const json = '{ "bias": -0.5, "classes": [{ "principle": "empathy", "weights": { "w:sorry": 0.9 } }] }';
    const out = transform(json, '/repo/lib/engine/classify/model.json');
    expect(out?.code).toMatch(/^export default \/\* @__PURE__ \*\/ JSON\.parse\(/);
    expect(new Function(out!.code.replace('export default', 'return'))()).toStrictEqual(JSON.parse(json));
    expect(transform(json, '/repo/node_modules/pkg/data.json')).toBeNull();
    expect(transform('export const a = 1;', '/repo/lib/engine/score.ts')).toBeNull();
  });

  it('parses a large top-level value of a JSON file when it is first read, giving the same keys, order and values', () => {
    const weights = Object.fromEntries(Array.from({ length: LAZY_VALUE_CHARS / 10 }, (_, i) => [`w:${i}`, i / 7]));
    const file = { format: 'f', threshold: 0.86, detector: { bias: -1, weights }, classes: [{ principle: 'empathy', weights }], note: null };
    const code = jsonModuleSource(JSON.stringify(file, null, 1));
    const module = new Function(code.replace('export default', 'return'))() as Record<string, unknown>;
    // Small values are plain properties from the start; large ones getters until read.
    expect(Object.getOwnPropertyDescriptor(module, 'threshold')?.value).toBe(0.86);
    expect(Object.getOwnPropertyDescriptor(module, 'classes')?.get).toBeTypeOf('function');
    expect(Object.keys(module)).toEqual(Object.keys(file));
    const classes = module.classes;
    expect(classes).toStrictEqual(file.classes);
    // Read once: the getter gave way to the value itself, so a second read is the same array.
    expect(Object.getOwnPropertyDescriptor(module, 'classes')).toEqual({ value: classes, writable: true, enumerable: true, configurable: true });
    expect(module.classes).toBe(classes);
    expect(JSON.parse(JSON.stringify(module))).toStrictEqual(file);
  });

  it('keeps a small JSON file, an array, or one with a __proto__ key as one JSON.parse', () => {
    const big = 'z'.repeat(LAZY_VALUE_CHARS);
    for (const json of ['{ "bias": 1 }', `[${JSON.stringify(big)}]`, `{ "__proto__": { "a": 1 }, "big": ${JSON.stringify(big)} }`]) {
      const code = jsonModuleSource(json);
      expect(code).toMatch(/^export default \/\* @__PURE__ \*\/ JSON\.parse\(/);
      expect(JSON.stringify(new Function(code.replace('export default', 'return'))())).toBe(JSON.stringify(JSON.parse(json)));
    }
  });

  it('reads the shipped classifier model as the JSON it is', () => {
    const text = readFileSync(new URL('../lib/engine/classify/model.json', import.meta.url), 'utf8');
    const code = jsonModuleSource(text);
    expect(code).toContain('get "classes"()');
    expect(JSON.stringify(new Function(code.replace('export default', 'return'))())).toBe(JSON.stringify(JSON.parse(text)));
  });
});
