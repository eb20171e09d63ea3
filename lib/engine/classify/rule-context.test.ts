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
import { flaggedSentence, ruleContextFeatures, type RuleFlag } from './rule-context';

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

describe('which sentences the learned check leaves to the rules (session 44: one stage for training and the engine)', () => {
  it('a sentence is flagged by any finding on it but a word-only check\'s, a dismissed rule\'s included', () => {
    const flags: RuleFlag[] = [
      { start: 0, end: 10, principle: 'respect' },
      { start: 20, end: 25, principle: 'plain-language', wordOnly: true },
      { start: 40, end: 50, principle: 'ownership', dismissed: true },
    ];
    expect(flaggedSentence(flags, 5, 15)).toBe(true);
    expect(flaggedSentence(flags, 10, 20)).toBe(false);
    expect(flaggedSentence(flags, 18, 30)).toBe(false);
    expect(flaggedSentence(flags, 35, 45)).toBe(true);
    // A dismissed rule is no evidence of a cold reply; a word-only check's finding is.
    expect(ruleContextFeatures(flags, 60, 70)).toEqual([
      ['r:any', 1],
      ['r:plain-language', 1],
      ['r:respect', 1],
    ]);
  });

  // Written for these tests.
  const customerMessage = 'Is it normal that the light on my router blinks at night?';
  const yes = 'Yes, that is normal.';
  const reply = `${yes} The light blinks while the router installs its nightly update.`;
  const eager = (minProbability: number) =>
    createAnalyzer(defaultPack.rules.map((r) => (r.id === LEARNED ? ({ ...r, options: { ...(r as StructureRule).options, minProbability, maxPerReply: 20 } } as StructureRule) : r)));
  const features = (text: string) => sentenceFeatures({ text, markers: sentenceMarkers(text, countWords(text)), tagged: () => new SentenceDoc(text, sentenceKeys(text)).get() });

  it('reads a finding the analyzer\'s last filters drop as flagging its sentence, in the report training reads and in the check', () => {
    const wholeReply = new Set(['greeting', 'closing', 'acknowledgement', 'wall-of-text', 'learned-sentence']);
    const checkOf = new Map(defaultPack.rules.flatMap((r) => (r.kind === 'structure' ? [[r.id, r.check] as const] : [])));
    const analysis = createAnalyzer(defaultPack.rules).analyze(reply, { customerMessage, reportRuleFlags: true });
    // The yes is flagged before the last filters, which excuse it as the answer to the customer's own question.
    expect(flaggedSentence(analysis.ruleFlags!, 0, yes.length)).toBe(true);
    expect(analysis.findings.some((f) => f.start < yes.length && !wholeReply.has(checkOf.get(f.ruleId) ?? ''))).toBe(false);
    // Below this threshold the check would speak on the yes, were it not flagged: it does not.
    const probability = classify(shippedClassifier(), new Map([...features(yes), ...ruleContextFeatures(analysis.ruleFlags!, 0, yes.length)])).probability;
    const hints = eager(Math.max(0.05, probability - 0.01)).analyze(reply, { customerMessage }).findings.filter((f) => f.ruleId === LEARNED);
    expect(probability - 0.01).toBeGreaterThan(0.05);
    expect(hints.some((h) => h.start < yes.length)).toBe(false);
  });

  it('marks a word-only check\'s finding so its sentence stays the check\'s to read, and a dismissed rule\'s so it counts for no r: feature', () => {
    const coded = 'Your order is pending DCV and will ship once it clears.';
    // The codes check is shipped off: a lead turns it on.
    const withCodes = defaultPack.rules.map((r) => (r.id === 'unexplained-code' ? { ...r, enabled: true } : r));
    const flags = createAnalyzer(withCodes).analyze(coded, { reportRuleFlags: true }).ruleFlags!;
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((f) => f.wordOnly)).toBe(true);
    expect(flaggedSentence(flags, 0, coded.length)).toBe(false);

    const rude = 'As I already told you, you should read the instructions.';
    const text = `${rude} ${coded}`;
    // Every rule dismissed: the agent chose not to see them again.
    const ruleIds = defaultPack.rules.map((r) => r.id);
    const dismissed = createAnalyzer(defaultPack.rules).analyze(text, { reportRuleFlags: true, ignored: { ruleIds } }).ruleFlags!;
    const onRude = dismissed.filter((f) => f.end <= rude.length);
    expect(onRude.length).toBeGreaterThan(0);
    expect(onRude.every((f) => f.dismissed)).toBe(true);
    expect(flaggedSentence(dismissed, 0, rude.length)).toBe(true);
    expect(ruleContextFeatures(dismissed, rude.length + 1, text.length).some(([name]) => name === 'r:respect')).toBe(false);
  });
});
