/**
 * The fields every trained model file shipped with the engine carries about its training (the learned sentence check's
 * model.json, the structure pass's line-roles.json): which script wrote it on what, and the settings cross-validation
 * chose. Spread into each file's zod schema beside its own fields.
 */
import { z } from 'zod';
import type { Dictionary } from './untrusted';

export const TRAINING_FIELDS = {
  version: z.literal(1),
  trainedOn: z.string(),
  script: z.string(),
  seed: z.number().int(),
  folds: z.number().int().min(2),
  lambda: z.number().positive(),
  wordLambdaFactor: z.number().positive(),
};

/** A linear model's weights by feature name, at most `max` of them. */
export const weightsOf = (max: number, message: string) =>
  z.record(z.string().min(1).max(200), z.number().finite()).refine((w) => Object.keys(w).length <= max, message);

/**
 * The fields of a thresholded fallback's file (the mood reader's upset fallback, the acknowledgement check's): how it
 * was fitted, the probability it needs (chosen by cross-validation on dev), what cross-validation counted, and its
 * weights. Spread into each file's schema beside its `format` and TRAINING_FIELDS.
 */
export const THRESHOLDED_FIELDS = {
  steps: z.number().int().positive(),
  minCount: z.number().int().min(1),
  /** A word feature had to occur in this many batches of the training data to be weighed. */
  minBatches: z.number().int().min(1),
  /** The probability an input needs for the fallback to answer, chosen by cross-validation on dev. */
  threshold: z.number().min(0).max(1),
  crossValidated: z.record(z.string(), z.union([z.number(), z.string()])),
  bias: z.number().finite(),
  weights: weightsOf(10_000, 'at most 10,000 weights'),
};

/** A thresholded fallback as the engine reads it: the weights in a Map, read once. */
export interface ThresholdedModel {
  threshold: number;
  bias: number;
  weights: Map<string, number>;
}

/** A thresholded fallback's file as far as the engine reads it. */
interface ThresholdedFile {
  threshold: number;
  bias: number;
  weights: Readonly<Dictionary<number>>;
}

export const readThresholded = (file: ThresholdedFile): ThresholdedModel => ({
  threshold: file.threshold,
  bias: file.bias,
  weights: new Map(Object.entries(file.weights)),
});

/** Validates a thresholded fallback's file; bad data gets a message naming the model and the field. */
export function loadThresholded<T extends ThresholdedFile>(schema: z.ZodType<T>, data: unknown, name: string): ThresholdedModel {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${name}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return readThresholded(parsed.data);
}
