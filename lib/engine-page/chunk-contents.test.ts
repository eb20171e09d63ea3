/**
 * What each page-side chunk may carry. The watcher runs in every frame and the coach in the frame where
 * the agent writes: neither may bundle compromise (the NLP and its lexicon, most of the extension's
 * weight) or the rule pack's parsing; those live in the engine and in the fallback chunk only.
 */
import { describe, expect, it } from 'vitest';
import { bundledModules, engineOnlyModules as offenders } from '../engine-wire/testing/bundled-modules';

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
