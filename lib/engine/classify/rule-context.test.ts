import { describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { sentenceMarkers } from '../markers';
import { countWords } from '../segment';
import { SentenceDoc } from '../sentence-doc';
import { sentenceKeys } from '../words';
import { defaultPack } from '../../rules/default';
import type { StructureRule } from '../../rules/schema';
import { learnedSentence } from './check';
import { sentenceFeatures } from './features';
import { classify, shippedClassifier } from './model';
import { ruleContextFeatures, type RuleFlag } from './rule-context';

const LEARNED = 'learned-cold-sentence';

describe('what the rules flagged elsewhere in the reply (r: features)', () => {
  it('names each principle flagged outside the sentence once, and nothing flagged inside it', () => {
    const flags = [
      { start: 0, end: 10, principle: 'respect' },
      { start: 12, end: 20, principle: 'respect' },
      { start: 30, end: 40, principle: 'ownership' },
      { start: 50, end: 60, principle: 'empathy' },
    ];
    expect(ruleContextFeatures(flags, 25, 55)).toEqual([
      ['r:any', 1],
      ['r:respect', 1],
    ]);
    expect(ruleContextFeatures(flags.slice(2, 3), 25, 55)).toEqual([]);
    expect(ruleContextFeatures([], 0, 5)).toEqual([]);
  });
});

describe('the learned check beside a sentence a rule flagged', () => {
  // Written for this test: a flat sentence no rule flags, and one a phrase rule flags for talking down to the customer.
  const sentence = 'The warehouse team handles every parcel that comes back to us.';
  const flaggedOne = 'As I already told you, you should read the instructions.';
  const base = createAnalyzer(defaultPack.rules);
  const beside = `${flaggedOne} ${sentence}`;
  // The findings the check reads as flagged: phrase rules and sentence checks, not the checks of the reply as a whole.
  const wholeReply = new Set(['greeting', 'closing', 'acknowledgement', 'wall-of-text', 'learned-sentence']);
  const checkOf = new Map(defaultPack.rules.flatMap((r) => (r.kind === 'structure' ? [[r.id, r.check] as const] : [])));
  const ruleFlags = (text: string) => base.analyze(text).findings.filter((f) => !wholeReply.has(checkOf.get(f.ruleId) ?? ''));

  it('scores the same sentence higher beside a rule-flagged sentence than alone, and may then flag it', () => {
    const others = ruleFlags(beside);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((f) => f.end <= flaggedOne.length)).toBe(true);
    expect(ruleFlags(sentence)).toEqual([]);
    const features = sentenceFeatures({ text: sentence, markers: sentenceMarkers(sentence, countWords(sentence)), tagged: () => new SentenceDoc(sentence, sentenceKeys(sentence)).get() });
    const at = beside.length - sentence.length;
    const context = ruleContextFeatures(
      others.map(({ start, end, principle }) => ({ start, end, principle })),
      at,
      beside.length,
    );
    const model = shippedClassifier();
    const alone = classify(model, features).probability;
    const besideIt = classify(model, new Map([...features, ...context])).probability;
    expect(besideIt).toBeGreaterThan(alone);

    // The analyzer gives the check those findings: with a threshold between the two, it speaks only beside them.
    const between = (alone + besideIt) / 2;
    const rules = defaultPack.rules.map((r) => (r.id === LEARNED ? ({ ...r, options: { ...(r as StructureRule).options, minProbability: between } } as StructureRule) : r));
    const analyzer = createAnalyzer(rules);
    expect(analyzer.analyze(sentence).findings.filter((f) => f.ruleId === LEARNED)).toEqual([]);
    expect(analyzer.analyze(beside).findings.filter((f) => f.ruleId === LEARNED).map((f) => f.text)).toEqual([sentence]);
  });
});

describe('the stage the r: features are read at (session 43)', () => {
  // Written for this test: the customer asks whether a thing is normal and the reply says yes, which the analyzer's last
  // filters excuse (asked-if-normal); before them, a rule flagged it.
  const customerMessage = 'Is it normal that the light on my router blinks at night?';
  const reply = 'Yes, that is normal. The light blinks while the router installs its nightly update.';

  it('the analyzer reports what the learned check reads as flagged elsewhere, the findings before its last filters', () => {
    const seen: RuleFlag[][] = [];
    const run = vi.spyOn(learnedSentence, 'run').mockImplementation((ctx) => {
      seen.push([...(ctx.ruleFlags?.() ?? [])]);
      return [];
    });
    try {
      const analysis = createAnalyzer(defaultPack.rules).analyze(reply, { customerMessage, reportRuleFlags: true });
      expect(seen).toHaveLength(1);
      // One stage for the check and for training (scripts/train-classifier.ts reads Analysis.ruleFlags).
      expect(analysis.ruleFlags).toEqual(seen[0]);
      // Before the last filters: a finding they drop still counts as flagged elsewhere.
      expect(analysis.ruleFlags!.length).toBeGreaterThan(0);
      expect(analysis.ruleFlags!.some((f) => !analysis.findings.some((g) => g.start === f.start && g.end === f.end && g.principle === f.principle))).toBe(true);
    } finally {
      run.mockRestore();
    }
  });

  it('reports them only when asked, and never the hints of the learned check itself', () => {
    const analyzer = createAnalyzer(defaultPack.rules);
    expect(analyzer.analyze(reply, { customerMessage }).ruleFlags).toBeUndefined();
    const learned = defaultPack.rules.map((r) => (r.id === LEARNED ? ({ ...r, options: { ...(r as StructureRule).options, minProbability: 0.05 } } as StructureRule) : r));
    const eager = createAnalyzer(learned).analyze(`As I already told you, you should read the instructions. ${reply}`, { reportRuleFlags: true });
    const hints = eager.findings.filter((f) => f.ruleId === LEARNED);
    expect(hints.length).toBeGreaterThan(0);
    expect(eager.ruleFlags!.some((f) => hints.some((h) => h.start === f.start && h.end === f.end))).toBe(false);
  });
});
