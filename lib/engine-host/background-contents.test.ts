/**
 * What Chrome's service worker carries: it only relays to the offscreen engine and passes it the stored
 * rule values raw, so it bundles no compromise, no rule schema, no default pack and no analyzer (the
 * engine validates and compiles the rules). Firefox's background page is the engine and carries them.
 */
import { describe, expect, it } from 'vitest';
import { bundledModules, engineOnlyModules } from '../engine-wire/testing/bundled-modules';

const background = (firefox: boolean) => bundledModules('entrypoints/background.ts', { firefox });

describe('the background bundle', () => {
  it('in Chrome (the service worker) carries no engine and no rule code', async () => {
    const modules = await background(false);
    expect(modules).toContain('lib/engine-host/background.ts');
    expect(modules).toContain('lib/storage/rule-sources.ts');
    expect(engineOnlyModules(modules)).toEqual([]);
  });

  it('in Firefox (the background page is the engine) carries it, so the check above can fail', async () => {
    expect(engineOnlyModules(await background(true))).toEqual(expect.arrayContaining(['lib/nlp/nlp.ts', 'lib/rules/schema.ts', 'lib/engine/analyzer.ts']));
  });
});
