/**
 * Every name a JavaScript object answers to, run through every place the pure part takes a name from
 * outside: a word of the draft, the customer's message and name, an ignored phrase, a rule id, a
 * capture name, and a site and rule id in the daily history. Each either works like any other name
 * or is refused with a message; nothing throws, nothing is inherited, no day is dropped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { PACK_FORMAT, PACK_FORMAT_VERSION, validatePack } from '../rules/schema';
import { mergeRecords } from '../stats/aggregate';
import { replyRecordFromFindings } from '../stats/record';
import { parseHistory, replyRecordSchema } from '../stats/schema';
import { emptyHistory } from '../stats/aggregate';
import { createAnalyzer } from './analyzer';
import { applySuggestion } from './apply';
import type { Analysis } from './types';
import { dictionary, isReservedName, own } from './untrusted';

const protoNames = [Object.prototype, Function.prototype, Array.prototype].flatMap((o) => Object.getOwnPropertyNames(o));
const NAMES = [...new Set([...protoNames, ...protoNames.map((n) => n.toLowerCase()), '__proto__', 'prototype'])];
const name = fc.constantFrom(...NAMES);
const SEED = 17;
const analyzer = createAnalyzer(defaultPack);

function expectWellFormed(text: string, analysis: Analysis) {
  for (const f of analysis.findings) {
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(typeof f.ruleId).toBe('string');
    for (const s of f.suggestions) expect(typeof s).toBe('string');
  }
  expect(Number.isFinite(analysis.scores.warmth)).toBe(true);
}

const pack = (rules: unknown[]) => ({ format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, id: 'team', name: 'Team', version: '1.0.0', rules });
const rule = (over: object) => ({
  id: 'need-to',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: asking politely keeps the customer on your side.',
  patterns: ['^you need to [<action>#Verb .*]'],
  rewrites: ['Could you {action}?'],
  examples: { flag: [{ text: 'You need to restart the router.', becomes: 'Could you restart the router?' }], pass: ['Thanks.'] },
  ...over,
});

describe('names every object has, as untrusted text', () => {
  it('covers the names the issue found (constructor, toString, __proto__) and the Array ones', () => {
    for (const n of ['constructor', 'toString', 'tostring', '__proto__', 'hasOwnProperty', 'map', 'length', 'apply']) expect(NAMES).toContain(n);
  });

  it('as words of a draft: analysed like any word, offsets exact', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const text = `Hi ${a},\n\nYou need to ${a} the ${b}. Per our policy, ${b} is ${a}.\n${a}\n\nThanks, ${b}`;
        expectWellFormed(text, analyzer.analyze(text));
      }),
      { seed: SEED, numRuns: NAMES.length },
    );
  });

  it('"constructor" in a draft is checked, not a crash (the issue\'s first defect)', () => {
    const text = 'You need to call the constructor. Per our policy, constructor parts take 14 days.';
    const analysis = analyzer.analyze(text);
    expect(analysis.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['you-need-to']));
    expectWellFormed(text, analysis);
  });

  it('as the customer message and the customer name', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const text = 'Hi there, you need to restart the router.';
        const analysis = analyzer.analyze(text, { customerMessage: `${a}!!! Why is ${b} broken?\n\nThanks,\n${a}`, customerName: b });
        expectWellFormed(text, analysis);
      }),
      { seed: SEED, numRuns: NAMES.length },
    );
  });

  it('as ignored phrases and ignored rule ids: ignored only when they are the flagged text', () => {
    const text = 'Per our policy, returns take 14 days.';
    const flagged = analyzer.analyze(text).findings.find((f) => f.ruleId === 'per-our-policy')!;
    expect(flagged).toBeDefined();
    fc.assert(
      fc.property(fc.array(name, { maxLength: 8 }), (names) => {
        const analysis = analyzer.analyze(text, { ignored: { phrases: names, ruleIds: names } });
        expect(analysis.findings.some((f) => f.ruleId === 'per-our-policy')).toBe(true);
        const muted = analyzer.analyze(text, { ignored: { phrases: [...names, flagged.text], ruleIds: names } });
        expect(muted.findings.some((f) => f.start === flagged.start && f.ruleId === 'per-our-policy')).toBe(false);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('as rule ids: refused with a message, or a rule like any other', () => {
    fc.assert(
      fc.property(name, (id) => {
        const result = validatePack(pack([rule({ id })]));
        if (!result.ok) {
          expect(result.problems[0]!.where).toMatch(/› id$/);
          expect(result.problems[0]!.message).toMatch(/kebab-case|reserved/);
          return;
        }
        expect(isReservedName(id)).toBe(false);
        const text = 'You need to restart the router.';
        const analysis = createAnalyzer(result.pack).analyze(text);
        expect(analysis.findings.map((f) => f.ruleId)).toEqual([id]);
        expect(applySuggestion(text, analysis.findings[0]!)).toBe('Could you restart the router?');
      }),
      { seed: SEED, numRuns: NAMES.length },
    );
  });

  it('as capture names: refused with a message, or captured like any other', () => {
    fc.assert(
      fc.property(name, (capture) => {
        const result = validatePack(pack([rule({ patterns: [`^you need to [<${capture}>#Verb .*]`], rewrites: [`Could you {${capture}}?`] })]));
        if (!result.ok) {
          expect(result.problems.map((p) => p.message).join('\n')).toMatch(/capture name|placeholder|no pattern captures/);
          return;
        }
        const text = 'You need to restart the router.';
        const [finding] = createAnalyzer(result.pack).analyze(text).findings;
        expect(finding && applySuggestion(text, finding)).toBe('Could you restart the router?');
      }),
      { seed: SEED, numRuns: NAMES.length },
    );
  });

  it('the issue\'s capture names: [<toString> …] and [<__proto__> …] are refused, never "[object Object]"', () => {
    for (const capture of ['toString', '__proto__', 'constructor']) {
      const result = validatePack(pack([rule({ patterns: [`[<${capture}>#Verb *]`], rewrites: [] })]));
      expect(result.ok).toBe(false);
    }
  });

  it('as sites and rule ids in the daily history: counted, stored and read back, no day dropped', () => {
    fc.assert(
      fc.property(name, name, (site, ruleId) => {
        const at = Date.UTC(2026, 11, 1, 12);
        const raw = JSON.parse(
          JSON.stringify({ ...replyRecordFromFindings({ id: 'aaaaaaaa-1', at, site, warmth: 60, findings: [] }), findingsByRule: { [ruleId]: 1 } }),
        );
        const parsed = replyRecordSchema.safeParse(raw);
        if (!parsed.success) {
          // Only names that are not hostnames / rule ids are refused, and with a message.
          expect(parsed.error.issues[0]!.message).toMatch(/hostname|rule id/);
          return;
        }
        const second = { ...parsed.data, id: 'aaaaaaaa-2' };
        const { state } = mergeRecords(emptyHistory(), [parsed.data, second], { timeZone: 'UTC', now: at });
        const reread = parseHistory(JSON.parse(JSON.stringify(state)));
        expect(reread.droppedDays).toBe(0);
        const day = own(reread.value.days, '2026-12-01')!;
        expect(day.replies).toBe(2);
        expect(own(day.sites, site.toLowerCase())).toBe(2);
        expect(own(day.findingsByRule, ruleId)).toBe(2);
        expect(Object.keys(day.sites)).toEqual([site.toLowerCase()]);
      }),
      { seed: SEED, numRuns: NAMES.length },
    );
  });

  it('a stored day with findingsByRule {constructor: 1} and site "constructor" survives the next read and merge', () => {
    const at = Date.UTC(2026, 11, 1, 12);
    const record = { ...replyRecordFromFindings({ id: 'bbbbbbbb-1', at, site: 'constructor', warmth: 50, findings: [] }), findingsByRule: { constructor: 1 } };
    const first = mergeRecords(emptyHistory(), [record], { timeZone: 'UTC', now: at }).state;
    const stored = parseHistory(JSON.parse(JSON.stringify(first))).value;
    const second = mergeRecords(stored, [{ ...record, id: 'bbbbbbbb-2' }], { timeZone: 'UTC', now: at }).state;
    const reread = parseHistory(JSON.parse(JSON.stringify(second)));
    expect(reread.droppedDays).toBe(0);
    expect(reread.value.days['2026-12-01']).toMatchObject({ replies: 2, sites: { constructor: 2 }, findingsByRule: { constructor: 2 } });
  });
});

describe('dictionary helpers', () => {
  it('never answer inherited names and keep __proto__ as an ordinary key', () => {
    const d = dictionary<number>([['__proto__', 1]]);
    expect(own(d, 'constructor')).toBeUndefined();
    expect(own(d, '__proto__')).toBe(1);
    expect(own({} as Record<string, number>, 'toString')).toBeUndefined();
    expect(JSON.parse(JSON.stringify(d))).toEqual(JSON.parse('{"__proto__":1}'));
  });
});
