/**
 * The lint rules that keep pure folders pure, lib/ free of components/, and the import graph free of
 * cycles, run through ESLint's Node API on planted violations: each must be reported, and the same
 * code in a browser folder (or a clean pure module) must not be.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('purity of pure folders, by import and by global', () => {
  it.each([
    ["import { browser } from 'wxt/browser';\nexport const id = browser.runtime.id;", 'no-restricted-imports'],
    ["import { storage } from 'wxt/utils/storage';\nexport const item = storage;", 'no-restricted-imports'],
    ["import { browser } from '#imports';\nexport const b = browser;", 'no-restricted-imports'],
    ["import browser from 'webextension-polyfill';\nexport const b = browser;", 'no-restricted-imports'],
    ["import { createRoot } from 'react-dom/client';\nexport const r = createRoot;", 'no-restricted-imports'],
    ["import { startCoach } from '../coach/start';\nexport const s = startCoach;", 'import-x/no-restricted-paths'],
    ["import { getSettings } from '../storage/settings';\nexport const g = getSettings;", 'import-x/no-restricted-paths'],
    ['export const title = () => globalThis.document.title;', 'no-restricted-properties'],
    ['export const width = () => window.innerWidth;', 'no-restricted-globals'],
  ])('reports %j in lib/engine', async (code, rule) => {
    expect(await ruleIds(code, 'lib/engine/planted.ts')).toContain(rule);
  });

  it('covers every pure folder, the new settings schema folder included', async () => {
    const code = "import { browser } from 'wxt/browser';\nexport const id = browser.runtime.id;";
    for (const folder of ['lib/engine', 'lib/rules', 'lib/nlp', 'lib/stats', 'lib/eval', 'lib/store-schema', 'lib/messages']) {
      expect(await ruleIds(code, `${folder}/planted.ts`), folder).toContain('no-restricted-imports');
    }
  });

  it('lets pure code use the pure match-pattern parser, and browser folders use the browser', async () => {
    expect(await ruleIds("import { MatchPattern } from 'wxt/utils/match-patterns';\nexport const p = new MatchPattern('https://a.example/*');", 'lib/store-schema/planted.ts')).toEqual([]);
    expect(await ruleIds("import { browser } from 'wxt/browser';\nexport const id = browser.runtime.id;", 'lib/background/planted.ts')).toEqual([]);
  });
});

describe('lib/ never depends on components/', () => {
  it('reports an import of a component from lib/', async () => {
    expect(await ruleIds("import { OptionsApp } from '../../components/options/OptionsApp';\nexport const a = OptionsApp;", 'lib/pages/planted.ts')).toContain(
      'import-x/no-restricted-paths',
    );
  });
});

describe('no import cycles', () => {
  it('reports a module that imports one of its own importers', async () => {
    // lib/engine/analyzer.ts imports lib/engine/phrase.ts; planting the reverse import in phrase.ts closes a cycle.
    const code = "import { createAnalyzer } from './analyzer';\nexport const a = createAnalyzer;";
    expect(await ruleIds(code, 'lib/engine/phrase.ts')).toContain('import-x/no-cycle');
  });
});
