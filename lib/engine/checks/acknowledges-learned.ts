/**
 * The learned acknowledgement fallback: a small logistic regression (scripts/train-ack.ts, weights in
 * acknowledges-model.json) that reads one sentence of a reply and says whether it meets the customer's feelings or
 * situation in words the hand-written families (acknowledges.ts, the warmth markers, names-situation.ts) do not know:
 * a grievance said back ("Three weeks is far too long"), a feeling named in a voice of its own ("what a rubbish start
 * to your holiday", "Sorry madam for the trouble you are facing since last week").
 *
 * Features: the sentence's lower-cased words and word pairs (classify/features.ts normalizedWords: contractions
 * expanded, digits folded) and its first word. A formula ("We apologise for any inconvenience", "Thank you for your
 * patience") is taken out first (acknowledges.ts withoutFormulas), as the hand check does: only what the sentence says
 * besides it is read. The check asks it only when the hand families found nothing (acknowledgement.ts), and it answers
 * only above a threshold chosen by grouped cross-validation so that almost no reply a lead flagged
 * `acknowledgement-missing` reads as acknowledging. Pure and bounded: at most MAX_SENTENCES sentences of at most
 * MAX_CHARS characters are read; the weights are read into a Map once.
 */
import { z } from 'zod';
import type { FeatureVector } from '../warmth/features';
import { normalizedWords } from '../classify/features';
import { loadThresholded, readThresholded, THRESHOLDED_FIELDS, TRAINING_FIELDS, type ThresholdedModel } from '../trained-file';
import { predict } from '../warmth/logistic';
import { withoutFormulas } from './acknowledges';
import modelFile from './acknowledges-model.json';

export const ACK_MODEL_FORMAT = 'rapport-acknowledgement-fallback';
const MAX_SENTENCES = 40;
const MAX_CHARS = 600;
/** Fewer words than this, once the formulas are out, say nothing of their own ("Sorry.", "Noted."). */
const MIN_WORDS = 2;

export const ackModelSchema = z.strictObject({
  format: z.literal(ACK_MODEL_FORMAT),
  ...TRAINING_FIELDS,
  ...THRESHOLDED_FIELDS,
});

export type AckModelFile = z.infer<typeof ackModelSchema>;

export type AckModel = ThresholdedModel;

/** Validates a model file; bad data gets a message naming the field. */
export const loadAckModel = (data: unknown): AckModel => loadThresholded(ackModelSchema, data, 'acknowledgement fallback model');

let shipped: AckModel | null = null;
/** The model shipped with the engine, read once (validated by acknowledges-learned.test.ts, not here). */
export function shippedAckModel(): AckModel {
  shipped ??= readThresholded(modelFile as unknown as AckModelFile);
  return shipped;
}

/** What of a sentence the model reads: the sentence without its formulas, or null when too little is left. */
export function ackReadable(sentence: string): string | null {
  const clipped = sentence.slice(0, MAX_CHARS);
  const rest = withoutFormulas(clipped) ?? clipped;
  return normalizedWords(rest).filter((w) => /\p{L}/u.test(w)).length >= MIN_WORDS ? rest : null;
}

/** The features of one (readable) sentence: its words, each pair of neighbours, and its first word. */
export function ackFeatures(text: string): FeatureVector {
  const features: FeatureVector = new Map();
  const words = normalizedWords(text);
  if (words[0]) features.set(`start:${words[0]}`, 1);
  for (let i = 0; i < words.length; i++) {
    features.set(`w:${words[i]}`, 1);
    if (i > 0) features.set(`w:${words[i - 1]} ${words[i]}`, 1);
  }
  return features;
}

/** The probability the sentence acknowledges the customer, or 0 when nothing of its own is left to read. */
export function ackProbability(sentence: string, model: AckModel = shippedAckModel()): number {
  const readable = ackReadable(sentence);
  return readable === null ? 0 : predict(model, ackFeatures(readable));
}

/** The index of the first sentence the model reads as acknowledging (at its threshold), or -1. */
export function learnedAcknowledgement(sentences: readonly string[], model: AckModel = shippedAckModel()): number {
  const n = Math.min(sentences.length, MAX_SENTENCES);
  for (let i = 0; i < n; i++) if (ackProbability(sentences[i]!, model) >= model.threshold) return i;
  return -1;
}
