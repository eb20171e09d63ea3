/**
 * The pack-wide variant test (issue #10 item 1): every phrase rule catches its phrase however the sentence around it is
 * phrased (an introductory clause, contractions, an apostrophe typed otherwise, an adverb, a trailing courtesy, chat
 * style, other end punctuation), with only safe rewordings, and no variant of a near miss is flagged.
 *
 * The full product (every rule × example × transform, ~50,000 cases) takes minutes: the test runs a seeded sample of it
 * (the same cases on every run; `npx tsx scripts/variants-report.ts` runs any share of it and lists the failures).
 * Each transform holds a floor on its pass rate: the floors only go up as the matcher and the rules learn variants.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from './default';
import type { PhraseRule } from './schema';
import { checkRuleVariants, passRates, type VariantCase } from './testing/variants-check';
import { stableHash, TRANSFORMS } from './testing/variants';

/** The share of the product the test runs (about 1,300 cases). */
const SHARE = 0.025;
const inSample = (key: string) => stableHash(key) / 2 ** 32 < SHARE;

/**
 * Per transform, the least share of sampled flag cases that must still be flagged (session 18's end figures rounded
 * down; before its matcher changes the sample stood at 89% overall, 20% for "dont"/"cant", 46% for an adverb after the
 * subject). Near misses must stay unflagged under every transform (NEAR_MISS_FLOOR).
 */
const FLAG_FLOORS: ReadonlyMap<string, number> = new Map([
  ['intro:unfortunately', 0.95],
  ['intro:to-be-honest', 0.95],
  ['intro:as-discussed', 0.95],
  // "Just so you know, …": a rule's unless reads the main clause only (session 19; it stood at 59/64 before).
  ['intro:just-so-you-know', 0.95],
  ['greeting-line', 0.95],
  ['after-clause', 0.95],
  ['contract', 0.95],
  ['expand', 0.95],
  ['no-apostrophe', 0.95],
  ['curly-apostrophe', 0.95],
  // Adverbs inside a multi-word choice ("(will not|are not going to)") are read since session 19 (the gaps' choices
  // spelled out); some shapes are still not (session 19's sample: 9/11 and 39/42, from 8/11 and 35/41).
  ['adverb-after-subject', 0.8],
  ['adverb-after-auxiliary', 0.9],
  ['trailing:thanks', 0.95],
  ['trailing:for-now', 0.95],
  ['chat-style', 0.95],
  ['end:exclamation', 0.95],
  ['end:ellipsis', 0.95],
]);
const NEAR_MISS_FLOOR = 0.98;

const rules = defaultPack.rules.filter((r): r is PhraseRule => r.kind === 'phrase');
let cases: VariantCase[] | null = null;
const sampled = () => (cases ??= rules.flatMap((rule) => checkRuleVariants(rule, { sample: inSample })));

describe('variants of every phrase rule\'s examples', () => {
  it('names a floor for every transform', () => {
    expect(TRANSFORMS.map((t) => t.id).filter((id) => !FLAG_FLOORS.has(id))).toEqual([]);
  });

  it('still flag the phrase, with safe rewordings, at least at each transform\'s floor', { timeout: 120_000 }, () => {
    const flagCases = sampled().filter((c) => c.kind === 'flag');
    expect(flagCases.length).toBeGreaterThan(400);
    const below = [...passRates(flagCases, (c) => c.transform)]
      .filter(([transform, { passed, total }]) => passed / total < FLAG_FLOORS.get(transform)!)
      .map(([transform, { passed, total }]) => {
        const misses = flagCases.filter((c) => c.transform === transform && c.problem).slice(0, 5);
        return `${transform} ${passed}/${total}: ${misses.map((c) => `[${c.ruleId}] ${JSON.stringify(c.variant)} ${c.problem}`).join(' | ')}`;
      });
    expect(below).toEqual([]);
  });

  it('of near misses stay unflagged', { timeout: 120_000 }, () => {
    const passCases = sampled().filter((c) => c.kind === 'pass');
    expect(passCases.length).toBeGreaterThan(250);
    const rates = passRates(passCases, (c) => c.transform);
    const below = [...rates].filter(([, { passed, total }]) => passed / total < NEAR_MISS_FLOOR).map(([transform]) => transform);
    expect(below, passCases.filter((c) => c.problem).map((c) => `[${c.ruleId} · ${c.transform}] ${JSON.stringify(c.variant)} ${c.problem}`).join('\n')).toEqual([]);
  });

  it('never turns a rewording unsafe', { timeout: 120_000 }, () => {
    expect(sampled().filter((c) => c.problem?.startsWith('unsafe rewording')).map((c) => `[${c.ruleId}] ${c.problem}`)).toEqual([]);
  });
});
