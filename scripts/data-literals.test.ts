import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../lib/rules/default';
import { dataLiterals, dataLiteralsAsJson, dataProperties } from './data-literals';

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
});
