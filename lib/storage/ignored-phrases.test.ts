// "Don't flag this again": validation, caps, per-site lists, the v1 → v2 migration in storage, and
// an analysis whose cost does not grow with the number of stored phrases.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(() => import('./testing/fake-browser-global'));

import { createAnalyzer } from '../engine/analyzer';
import { defaultPack } from '../rules/default';
import {
  cleanIgnored,
  cleanPhrase,
  emptyIgnored,
  getIgnoredPhrases,
  IGNORED_LIMITS,
  ignorePhrase,
  normalizePhrase,
  phrasesFor,
  siteOf,
  withIgnoredPhrase,
  type IgnoredPhrases,
} from './ignored-phrases';

beforeEach(() => {
  fakeBrowser.reset();
});

const add = (list: IgnoredPhrases, phrase: string, site?: string) => {
  const outcome = withIgnoredPhrase(list, phrase, site ? { site } : 'everywhere');
  return outcome.list;
};

describe('a phrase to ignore', () => {
  it('is normalised the way the engine compares phrases', () => {
    expect(normalizePhrase('  You’re\n RIGHT ')).toBe("you're right");
    expect(cleanPhrase('  Per  our RECORDS ')).toEqual({ phrase: 'per our records' });
  });

  it.each([
    ['', 'empty'],
    ['   \n ', 'empty'],
    [42, 'empty'],
    [null, 'empty'],
    ['x'.repeat(IGNORED_LIMITS.phraseChars + 1), 'too-long'],
    ['word '.repeat(5000), 'too-long'],
  ])('refuses %j (%s)', (raw, problem) => {
    expect(cleanPhrase(raw)).toEqual({ problem });
  });

  it('keeps a phrase of exactly the length cap', () => {
    expect(cleanPhrase('y'.repeat(IGNORED_LIMITS.phraseChars))).toEqual({ phrase: 'y'.repeat(IGNORED_LIMITS.phraseChars) });
  });
});

describe('per-site lists', () => {
  it('keeps a phrase for one site only, unless it is added for every site', () => {
    let list = add(emptyIgnored(), 'Per our records', 'acme.zendesk.com');
    expect(phrasesFor(list, 'acme.zendesk.com')).toEqual(['per our records']);
    expect(phrasesFor(list, 'mail.google.com')).toEqual([]);
    list = add(list, 'Per our records');
    expect(phrasesFor(list, 'mail.google.com')).toEqual(['per our records']);
    // Hidden everywhere now: the site's own copy is gone, not kept twice.
    expect(list.sites).toEqual([]);
  });

  it('does not add a duplicate (any case, spacing or apostrophe)', () => {
    const list = add(emptyIgnored(), "I'm afraid", 'a.example');
    const outcome = withIgnoredPhrase(list, '  I’M   afraid', { site: 'a.example' });
    expect(outcome).toMatchObject({ added: false, reason: 'already' });
    expect(withIgnoredPhrase(add(list, 'noted'), 'NOTED', { site: 'b.example' })).toMatchObject({ added: false, reason: 'already' });
  });

  it('caps each list, letting the oldest phrase go (and saying which)', () => {
    let list = emptyIgnored();
    for (let i = 0; i < IGNORED_LIMITS.phrasesPerList; i++) list = add(list, `phrase ${i}`, 'a.example');
    const outcome = withIgnoredPhrase(list, 'one more', { site: 'a.example' });
    expect(outcome).toMatchObject({ added: true, dropped: 'phrase 0' });
    const own = outcome.list.sites[0]!.phrases;
    expect(own).toHaveLength(IGNORED_LIMITS.phrasesPerList);
    expect(own.at(-1)).toBe('one more');
  });

  it('caps the number of sites, letting the least recently used go', () => {
    let list = emptyIgnored();
    for (let i = 0; i <= IGNORED_LIMITS.sites; i++) list = add(list, 'noted', `site${i}.example`);
    expect(list.sites).toHaveLength(IGNORED_LIMITS.sites);
    expect(list.sites.some((s) => s.site === 'site0.example')).toBe(false);
  });

  it('refuses a site that is not a hostname', () => {
    expect(withIgnoredPhrase(emptyIgnored(), 'noted', { site: 'a b/c' })).toMatchObject({ added: false, reason: 'bad-site' });
  });

  it('reads the site of a page as its hostname', () => {
    expect(siteOf('https://Acme.Zendesk.com/agent/tickets/1')).toBe('acme.zendesk.com');
    expect(siteOf('file:///tmp/x.html')).toBe('local');
    expect(siteOf('not a url')).toBe('local');
  });
});

describe('stored lists are untrusted', () => {
  it('cleans whatever is stored: wrong types, duplicates, long phrases, odd sites, prototype names', () => {
    const raw = {
      everywhere: ['Noted', 'noted', 7, 'x'.repeat(600), '  '],
      sites: [
        { site: '__proto__', phrases: ['ok'] },
        { site: 'constructor', phrases: ['fine'] },
        { site: 'a.example', phrases: ['Per our records', 'NOTED'] },
        { site: 'bad site', phrases: ['x'] },
        null,
        { site: 'a.example', phrases: ['older copy'] },
      ],
    };
    const cleaned = cleanIgnored(raw);
    expect(cleaned.everywhere).toEqual(['noted']);
    // The later entry for a site wins; a phrase hidden everywhere is not kept for a site too.
    expect(cleaned.sites).toEqual([
      { site: 'constructor', phrases: ['fine'] },
      { site: 'a.example', phrases: ['older copy'] },
    ]);
    expect(phrasesFor(cleaned, 'toString')).toEqual(['noted']);
  });

  it.each([null, undefined, 'text', 12, { everywhere: 'x', sites: {} }])('reads %j as empty lists', (raw) => {
    expect(cleanIgnored(raw)).toEqual(emptyIgnored());
  });

  it('keeps at most the newest phrases of an oversized stored list', () => {
    const raw = Array.from({ length: 17_000 }, (_, i) => `phrase number ${i}`);
    const cleaned = cleanIgnored({ everywhere: raw, sites: [] });
    expect(cleaned.everywhere).toHaveLength(IGNORED_LIMITS.phrasesPerList);
    expect(cleaned.everywhere.at(-1)).toBe('phrase number 16999');
  });
});

describe('in storage', () => {
  const KEY = 'rapport:ignoredPhrases';

  it('migrates the v1 global list to v2, cleaned and kept for every site', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: ['Per our records', 'per  OUR records', 'x'.repeat(601), 'I’m afraid'] });
    const lists = await getIgnoredPhrases();
    expect(lists).toEqual({ everywhere: ['per our records', "i'm afraid"], sites: [] });
    const stored = await fakeBrowser.storage.local.get([KEY, `${KEY}$`]);
    expect(stored[`${KEY}$`]).toEqual({ v: 2 });
    expect(stored[KEY]).toEqual(lists);
  });

  it('adds per site and everywhere, and writes nothing for a refused phrase', async () => {
    expect(await ignorePhrase('Per our records', { site: 'acme.zendesk.com' })).toMatchObject({ added: true });
    expect(await ignorePhrase('Kindly', 'everywhere')).toMatchObject({ added: true });
    expect(await ignorePhrase('x'.repeat(300), 'everywhere')).toMatchObject({ added: false, reason: 'too-long' });
    expect(await getIgnoredPhrases()).toEqual({ everywhere: ['kindly'], sites: [{ site: 'acme.zendesk.com', phrases: ['per our records'] }] });
  });
});

describe('analysis with many stored phrases', () => {
  it('reads an ignored-phrase list once, not on every analysis', () => {
    const analyzer = createAnalyzer(defaultPack.rules);
    let reads = 0;
    const phrases = new Proxy(
      Array.from({ length: 2_000 }, (_, i) => `stored phrase ${i}`).concat(['PER our records, there']),
      {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
          return Reflect.get(target, key, receiver) as unknown;
        },
      },
    );
    const text = 'Per our records, there are no outages. You need to restart your router.';
    expect(analyzer.analyze(text).findings.map((f) => f.ruleId)).toContain('per-our-policy');
    const first = analyzer.analyze(text, { ignored: { phrases } });
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThanOrEqual(2_001);
    const second = analyzer.analyze(text + ' Thanks.', { ignored: { phrases } });
    expect(reads).toBe(afterFirst);
    for (const result of [first, second]) {
      expect(result.findings.map((f) => f.ruleId)).not.toContain('per-our-policy');
      expect(result.findings.some((f) => f.ruleId === 'you-need-to')).toBe(true);
    }
  });
});
