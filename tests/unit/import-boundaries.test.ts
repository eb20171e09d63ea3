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

describe('the background and the pages share messages and storage, never code', () => {
  it.each([
    ['lib/coach/planted.ts', "import { startToolbarBadge } from '../background/toolbar-badge';\nexport const s = startToolbarBadge;"],
    ['lib/popup/planted.ts', "import { startActiveFrameTracker } from '../background/active-frame';\nexport const s = startActiveFrameTracker;"],
    ['lib/pages/planted.ts', "import { startHistoryHandler } from '../background/history-handler';\nexport const s = startHistoryHandler;"],
    ['components/popup/planted.tsx', "import { startToolbarBadge } from '../../lib/background/toolbar-badge';\nexport const s = startToolbarBadge;"],
    ['entrypoints/popup/planted.tsx', "import { startToolbarBadge } from '@/lib/background/toolbar-badge';\nexport const s = startToolbarBadge;"],
    ['entrypoints/coach.ts', "import { startEngineHost } from '@/lib/engine-host/background';\nexport const s = startEngineHost;"],
  ])('reports background code imported by %s', async (file, code) => {
    expect(await ruleIds(code, file)).toContain('import-x/no-restricted-paths');
  });

  it.each([
    ['lib/background/planted.ts', "import { startCoach } from '../coach/start';\nexport const s = startCoach;"],
    ['lib/background/planted.ts', "import { createOptionsStore } from '../pages/options-store';\nexport const s = createOptionsStore;"],
    ['lib/engine-host/host.ts', "import { browserPopupClient } from '../popup/client';\nexport const s = browserPopupClient;"],
    ['entrypoints/background.ts', "import { startCoach } from '@/lib/coach/start';\nexport const s = startCoach;"],
  ])('reports page code imported by %s', async (file, code) => {
    expect(await ruleIds(code, file)).toContain('import-x/no-restricted-paths');
  });

  it('lets both sides use the messages, storage and pure code', async () => {
    const both = "import { FRAME_ACTIVE } from '../messages/tab-status';\nimport { activeFrame } from '../storage/active-frame';\nimport { localDay } from '../stats/local-day';\nexport const all = [FRAME_ACTIVE, activeFrame, localDay];";
    expect(await ruleIds(both, 'lib/coach/planted.ts')).toEqual([]);
    expect(await ruleIds(both, 'lib/background/planted.ts')).toEqual([]);
  });

  it('lets a test drive the background handler and a page client together', async () => {
    const code = "import { startHistoryHandler } from '../background/history-handler';\nexport const s = startHistoryHandler;";
    expect(await ruleIds(code, 'lib/pages/planted.test.ts')).toEqual([]);
  });
});

describe('no import cycles', () => {
  it('reports a module that imports one of its own importers', async () => {
    // lib/engine/analyzer.ts imports lib/engine/phrase.ts; planting the reverse import in phrase.ts closes a cycle.
    const code = "import { createAnalyzer } from './analyzer';\nexport const a = createAnalyzer;";
    expect(await ruleIds(code, 'lib/engine/phrase.ts')).toContain('import-x/no-cycle');
  });
});
