/**
 * The learned upset fallback: a small logistic regression (scripts/train-mood.ts, weights in learned-model.json) that
 * reads a message every cue and situation found calm and says whether its words are those of customers who were upset
 * (a delivery that "still hasn't", a fee "again", a booking "gone"): the wording the hand-written cues do not know.
 *
 * Features: the message's lower-cased words and word pairs (classify/features.ts normalizedWords, contractions
 * expanded, digits folded) and what the cues found below the line (each mood's weight, each kind of evidence present).
 * The reader asks it only when the cues read calm (read.ts), and it answers only above a threshold chosen by
 * cross-validation so that no more calm dev messages read upset. Linear in the prepared text, which is clipped
 * (text.ts); the weights are read into a Map once.
 */
import { z } from 'zod';
import type { Mood } from '../types';
import type { FeatureVector } from '../warmth/features';
import { normalizedWords } from '../classify/features';
import { loadThresholded, readThresholded, THRESHOLDED_FIELDS, TRAINING_FIELDS, type ThresholdedModel } from '../trained-file';
import { predict } from '../warmth/logistic';
import modelFile from './learned-model.json';
import { endsSentence } from './text';

export const MOOD_MODEL_FORMAT = 'rapport-upset-fallback';

export const moodModelSchema = z.strictObject({
  format: z.literal(MOOD_MODEL_FORMAT),
  ...TRAINING_FIELDS,
  ...THRESHOLDED_FIELDS,
});

export type MoodModelFile = z.infer<typeof moodModelSchema>;

export type MoodModel = ThresholdedModel;

/** Validates a model file; bad data gets a message naming the field. */
export const loadMoodModel = (data: unknown): MoodModel => loadThresholded(moodModelSchema, data, 'upset fallback model');

let shipped: MoodModel | null = null;
/** The model shipped with the engine, read once (validated by learned-model.test.ts, not here). */
export function shippedMoodModel(): MoodModel {
  shipped ??= readThresholded(modelFile as unknown as MoodModelFile);
  return shipped;
}

const UPSET: readonly Mood[] = ['frustrated', 'worried', 'disappointed', 'urgent'];

/** The words of one stretch of text as features: each word and each pair of neighbours, once. */
function wordFeatures(text: string, into: FeatureVector): void {
  const words = normalizedWords(text);
  for (let i = 0; i < words.length; i++) {
    into.set(`w:${words[i]}`, 1);
    if (i > 0) into.set(`w:${words[i - 1]} ${words[i]}`, 1);
  }
}

/** The features of a prepared message: its words and word pairs, each mood's weight below the line, each evidence kind. */
export function moodFeatures(text: string, weights: Readonly<Record<Mood, number>>, hits: readonly { kind: string; weight: number }[]): FeatureVector {
  const features: FeatureVector = new Map();
  wordFeatures(text, features);
  for (const m of UPSET) if (weights[m] > 0) features.set(`c:${m}`, Math.min(weights[m], 1));
  if (weights.happy > 0) features.set('c:happy', 1);
  if (weights.confused > 0) features.set('c:confused', 1);
  for (const h of hits) if (h.weight > 0) features.set(`k:${h.kind}`, 1);
  return features;
}

/** Sentences of prepared text (endsSentence; a run such as "?!" ends one sentence): [start, end) trimmed, in one pass. */
function sentenceSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (endsSentence(text, i) && (ch === '\n' || !/[.!?]/.test(text[i + 1] ?? ''))) {
      push(ch === '\n' ? i : i + 1);
      start = i + 1;
    }
  }
  push(text.length);
  return out;
}

/**
 * Whether the model reads the calm-read message upset, and the sentence whose words weigh most for it (the evidence,
 * in prepared-text offsets), or null.
 */
export function learnedUpset(
  text: string,
  weights: Readonly<Record<Mood, number>>,
  hits: readonly { kind: string; weight: number }[],
  model: MoodModel = shippedMoodModel(),
): { start: number; end: number; probability: number } | null {
  const probability = predict(model, moodFeatures(text, weights, hits));
  if (probability < model.threshold) return null;
  let best: { start: number; end: number; score: number } | null = null;
  for (const s of sentenceSpans(text)) {
    const own: FeatureVector = new Map();
    wordFeatures(text.slice(s.start, s.end), own);
    let score = 0;
    for (const name of own.keys()) score += model.weights.get(name) ?? 0;
    if (!best || score > best.score) best = { ...s, score };
  }
  return best ? { start: best.start, end: best.end, probability } : null;
}
