import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { defaultPack } from '../../rules/default';
import type { StructureRule } from '../../rules/schema';
import { sentenceMarkers } from '../markers';
import { segment } from '../segment';
import { SentenceDoc } from '../sentence-doc';
import { sentenceKeys } from '../words';
import { abstainReason } from './abstain';
import { sentenceFeatures, TAG_FEATURE_NAMES } from './features';
import { classify, probabilityCeiling, shippedClassifier } from './model';

const devSentences = readFileSync(new URL('../../../data/replies/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .flatMap((line) => segment((JSON.parse(line) as { text: string }).text).sentences.map((s) => s.text))
  .slice(0, 300);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the learned check’s ceiling (read before tagging)', () => {
  it('is never below the probability the tags give, on dev sentences', () => {
    const model = shippedClassifier();
    let under = 0;
    for (const text of devSentences) {
      const doc = new SentenceDoc(text, sentenceKeys(text));
      const sentence = { text, markers: sentenceMarkers(text, text.split(/\s+/).length), tagged: () => doc.get() };
      const ceiling = probabilityCeiling(model, sentenceFeatures(sentence, false), TAG_FEATURE_NAMES);
      const exact = classify(model, sentenceFeatures(sentence)).probability;
      expect(ceiling).toBeGreaterThanOrEqual(exact - 1e-12);
      if (ceiling < model.threshold) under += 1;
    }
    // The bound pays only if many sentences fall under it.
    expect(under).toBeGreaterThan(devSentences.length / 4);
  });

  it('leaves a sentence that cannot reach the threshold untagged, and still flags one that can', () => {
    const rule = defaultPack.rules.find((r): r is StructureRule => r.kind === 'structure' && r.check === 'learned-sentence')!;
    const tagged: string[] = [];
    const get = SentenceDoc.prototype.get;
    vi.spyOn(SentenceDoc.prototype, 'get').mockImplementation(function (this: SentenceDoc) {
      tagged.push(this.text);
      return get.call(this);
    });
    const warm = 'I have booked the engineer for Friday morning and he will bring the new router with him.';
    const cold = 'Our GPS data shows otherwise. Please stop contacting us about this matter.';
    // Read by the check (no abstention), yet unable to reach the threshold whatever its tags.
    expect(abstainReason(warm, sentenceMarkers(warm, 17))).toBeNull();
    const ceiling = probabilityCeiling(shippedClassifier(), sentenceFeatures({ text: warm, markers: sentenceMarkers(warm, 17), tagged: () => { throw new Error('tagged'); } }, false), TAG_FEATURE_NAMES);
    expect(ceiling).toBeLessThan(0.5);
    const analysis = createAnalyzer([{ ...rule, options: { minProbability: 0.5, maxPerReply: 20 } }]).analyze(`${warm} ${cold}`);
    expect(tagged).not.toContain(warm);
    expect(analysis.findings.some((f) => f.ruleId === rule.id && cold.includes(f.text))).toBe(true);
  });
});
