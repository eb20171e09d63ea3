/**
 * The literal trigger must never skip a text its regex matches: checked on generated regexes and texts built from
 * their own pieces in odd forms (capitals, 'ſ' and the Kelvin sign, accents, punctuation), and on every mood cue.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haystackOf, literalTrigger, mayMatch } from './literal-gate';
import { CUES } from './mood/cues';
import { readMood } from './mood';

describe('literalTrigger', () => {
  it.each([
    [/\b(?:frustrat(?:ed|ing)|angry|fed up)\b/gi, ['frustrat', 'angry', 'fed up']],
    [/\b(?:foo|bar)baz\b/, ['baz']],
    [/a?bcd/, ['bcd']],
    [/(?:ab|cd)efgh/, ['efgh']],
    [/foo(?=bar)bazz/, ['bazz']],
    [/(?<!no )\bsorry\b/i, ['sorry']],
    [/\.{3}done/, ['done']],
    [/\{([0-9]+)?(, *[0-9]*)?\}/, null],
    [/x{0,2}yz/, null],
    [/[abc]+def?/, null], // eslint-disable-line regexp/no-super-linear-move -- a pattern read, never run on text here
    [/(?:abc|)xyz?/, null],
    [/\bwon't\b/i, ["won't"]],
    [/caf\u00e9s/, ['caf']],
    [/\p{L}+ing/u, ['ing']], // eslint-disable-line regexp/no-super-linear-move -- a pattern read, never run on text here
  ] as const)('%s needs %j', (regex, needles) => {
    expect(literalTrigger(regex)).toEqual(needles);
  });

  it('reads every mood cue, and gates most of them', () => {
    const gated = CUES.filter((c) => literalTrigger(c.pattern) !== null).length;
    expect(gated).toBeGreaterThan(CUES.length * 0.8);
  });
});

/** Pieces of texts: the regex's own letters and words, then the same in odd forms. */
const ODD = ['ſ', 'K', 'É', 'é', 'İ', 'ı', '’', "'", '-', ' ', ',', '.', '!', '?', '\n', '😡', '1', '23', 'ß', 'ﬀ'];
function textsFrom(source: string): fc.Arbitrary<string> {
  const words = [...new Set(source.match(/[A-Za-z' ]{2,}/g) ?? [])];
  const piece = fc.oneof(
    fc.constantFrom(...(words.length ? words : ['x'])),
    fc.constantFrom(...ODD),
    fc.string({ maxLength: 3 }),
  );
  const oddCase = (s: string, mask: number) =>
    [...s].map((ch, i) => ((mask >> i % 30) & 1 ? (ch === 's' ? 'ſ' : ch === 'k' ? 'K' : ch.toUpperCase()) : ch)).join('');
  return fc.array(fc.tuple(piece, fc.integer({ min: 0, max: 2 ** 30 - 1 }), fc.boolean()), { maxLength: 12 }).map((parts) =>
    parts.map(([p, mask, odd]) => (odd ? oddCase(p, mask) : p)).join(''),
  );
}

/** A gate may let a text through that the regex does not match; it may never stop one the regex does. */
function gateIsSound(regex: RegExp, text: string): boolean {
  const fresh = new RegExp(regex.source, regex.flags.replace(/[gy]/g, ''));
  return mayMatch(literalTrigger(regex), haystackOf(text)) || !fresh.test(text);
}

describe('the gate never skips a match', () => {
  it('through the characters /iu folds to ASCII letters', () => {
    // 'ſ' (long s) folds to 's' and the Kelvin sign to 'k' under /iu: "ſorry", "\u212Ait" match.
    expect(/\bsorry\b/iu.test('ſorry')).toBe(true);
    expect(gateIsSound(/\bsorry\b/iu, 'ſorry')).toBe(true);
    expect(/kit/iu.test('\u212Ait')).toBe(true);
    expect(gateIsSound(/kit/iu, '\u212Ait')).toBe(true);
    expect(gateIsSound(/\bfed up\b/i, 'FED UP!')).toBe(true);
  });

  it('on every mood cue, over texts made of its own words in odd forms', () => {
    for (const cue of CUES) {
      fc.assert(fc.property(textsFrom(cue.pattern.source), (text) => gateIsSound(cue.pattern, text)), { numRuns: 150 });
    }
  });

  /** Small regexes: literals (in both cases), classes, groups, alternations, quantifiers, assertions and lookarounds. */
  const regexSource: fc.Arbitrary<string> = fc.letrec<{ alt: string; seq: string; atom: string }>((tie) => ({
    alt: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((b) => b.join('|')),
    seq: fc.array(fc.tuple(tie('atom'), fc.constantFrom('', '', '', '?', '*', '+', '{2}', '{0,2}', '{1,3}', '+?')), { maxLength: 5 }).map((parts) =>
      parts.map(([a, q]) => (/^(?:\\b|\^|\$)$/.test(a) ? a : a + q)).join(''),
    ),
    atom: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('a', 'b', 's', 'k', 'S', 'K', 'e', ' ', "'", '\\.', '\\-', '-', 'é') },
      { weight: 2, arbitrary: fc.constantFrom('[ab]', '[^a]', '.', '\\w', '\\s', '\\d', '\\p{L}', '\\b', '^', '$') },
      { weight: 2, arbitrary: tie('alt').map((a) => `(?:${a})`) },
      { weight: 1, arbitrary: tie('alt').map((a) => `(${a})`) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('?=', '?!', '?<=', '?<!'), tie('alt')).map(([k, a]) => `(${k}${a})`) },
    ),
  })).alt;
  const alphabet = fc.constantFrom('a', 'A', 'b', 'B', 's', 'S', 'ſ', 'k', 'K', 'K', 'e', 'é', 'É', ' ', "'", '.', '-', 'x');

  it('on generated regexes and texts, with and without the i and u flags', () => {
    fc.assert(
      fc.property(regexSource, fc.constantFrom('', 'i', 'u', 'iu', 'gi'), fc.array(alphabet, { maxLength: 14 }), (source, flags, chars) => {
        let regex: RegExp;
        try {
          regex = new RegExp(source, flags);
        } catch {
          return true; // not a valid pattern under these flags
        }
        return gateIsSound(regex, chars.join(''));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('the mood reader', () => {
  it('does not run a cue whose words the message lacks', () => {
    const cue = CUES[0]!.pattern;
    const runs = { n: 0 };
    const matchAll = RegExp.prototype[Symbol.matchAll];
    Object.defineProperty(cue, Symbol.matchAll, {
      configurable: true,
      value(this: RegExp, text: string) {
        runs.n++;
        return matchAll.call(this, text);
      },
    });
    try {
      readMood('The parcel came today, thanks for checking on it.');
      expect(runs.n).toBe(0);
      readMood('I am so frustrated with this parcel.');
      expect(runs.n).toBe(1);
    } finally {
      delete (cue as unknown as Record<symbol, unknown>)[Symbol.matchAll];
    }
  });
});
