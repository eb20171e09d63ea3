/**
 * The learned check: a sentence of the agent's own text that the trained classifier reads as a cold
 * habit of one principle, where no rule has flagged anything. A hint with advice only (no rewording):
 * the model knows the sentence reads cold, not how the agent should say it.
 */
import { z } from 'zod';
import { PRINCIPLES } from '../principles';
import type { CheckedSentence, CheckHit, StructureCheck } from '../checks/context';
import { abstainReason } from './abstain';
import type { FeatureVector } from '../warmth/features';
import { sentenceFeatures, TAG_FEATURE_NAMES } from './features';
import { flaggedSentence, ruleContextFeatures } from './rule-context';
import { classify, probabilityCeiling, shippedClassifier, type SentenceClassifier, type Verdict } from './model';

export const learnedSentenceOptions = z.object({
  /** Flag at most this many sentences per reply, so a guess never paints the whole draft. */
  maxPerReply: z.number().int().min(1).max(20).default(2),
  /** The probability a sentence needs; unset, the threshold chosen by cross-validation (model.json). */
  minProbability: z.number().min(0.05).max(0.99).optional(),
  /** Sentences shorter than this many words are left alone ("Noted.", "Thanks!"). */
  minWords: z.number().int().min(1).max(30).default(4),
});

// The analyzer keeps one SentenceDoc per sentence text, so a verdict kept beside it is read again, not
// recomputed, when the agent edits another sentence (as the phrase rules' findings are). The verdict also depends on
// what the rules flagged elsewhere in the reply (rule-context.ts), so it is kept per such context, a few at most.
// The sentence's own features (tags left out) are the same in every context: computed once, copied per context.
const verdicts = new WeakMap<object, { model: SentenceClassifier; untagged: FeatureVector; byContext: Map<string, Kept> }>();
interface Kept {
  ceiling: number;
  verdict: Verdict | null;
}
/** The contexts kept per sentence: a sentence seldom sits beside more than a few sets of other findings at once. */
const CONTEXTS_KEPT = 8;

/** Margin for the order of floating-point sums: the ceiling is summed in another order than the verdict. */
const CEILING_MARGIN = 1e-9;

/**
 * The sentence's verdict, or null when it cannot reach `threshold`: the tag features can raise the
 * probability at most to the ceiling, so a sentence under it is neither tagged nor matched for them.
 * `context` holds the sentence's `r:` features (what the rules flagged in the reply's other sentences).
 */
function verdictOf(model: SentenceClassifier, s: CheckedSentence, context: readonly [string, number][], threshold: number): Verdict | null {
  const sentence = { text: s.text, markers: s.markers, tagged: () => s.doc.get() };
  let perDoc = verdicts.get(s.doc);
  if (perDoc?.model !== model) {
    perDoc = { model, untagged: sentenceFeatures(sentence, false), byContext: new Map() };
    verdicts.set(s.doc, perDoc);
  }
  const withContext = (f: FeatureVector) => {
    for (const [name, value] of context) f.set(name, value);
    return f;
  };
  const key = context.map(([name]) => name).join(' ');
  let kept = perDoc.byContext.get(key);
  if (!kept) {
    if (perDoc.byContext.size >= CONTEXTS_KEPT) perDoc.byContext.clear();
    kept = { ceiling: probabilityCeiling(model, withContext(new Map(perDoc.untagged)), TAG_FEATURE_NAMES), verdict: null };
    perDoc.byContext.set(key, kept);
  }
  if (kept.ceiling + CEILING_MARGIN < threshold) return null;
  kept.verdict ??= classify(model, withContext(sentenceFeatures(sentence)));
  return kept.verdict;
}

export const learnedSentence: StructureCheck<z.output<typeof learnedSentenceOptions>> = {
  run(ctx, options) {
    const model = shippedClassifier();
    const threshold = options.minProbability ?? model.threshold;
    const scored: (CheckHit & { probability: number })[] = [];
    const flags = ctx.ruleFlags?.() ?? [];
    for (const s of ctx.sentences) {
      if (s.part !== 'body' && s.part !== 'list-item') continue;
      if (s.markers.words < options.minWords) continue;
      // Where a rule spoke, from the findings training reads too (rule-context.ts), not the analyzer's final ones.
      if (flaggedSentence(flags, s.start, s.end)) continue;
      if (abstainReason(s.text, s.markers)) continue;
      const verdict = verdictOf(model, s, ruleContextFeatures(flags, s.start, s.end), threshold);
      if (!verdict || verdict.probability < threshold) continue;
      const principle = PRINCIPLES[verdict.principle];
      scored.push({
        start: s.start,
        end: s.end,
        suggestions: [],
        principle: verdict.principle,
        message: `${principle.name}: this sentence may read as cold — ${principle.summary.charAt(0).toLowerCase()}${principle.summary.slice(1)}`,
        probability: verdict.probability,
      });
    }
    // The surest guesses when there are more than the cap, shown in text order.
    return scored
      .sort((a, b) => b.probability - a.probability)
      .slice(0, options.maxPerReply)
      .sort((a, b) => a.start - b.start)
      .map(({ probability: _p, ...hit }) => hit);
  },
};
