/**
 * The fields every trained model file shipped with the engine carries about its training (the learned sentence check's
 * model.json, the structure pass's line-roles.json): which script wrote it on what, and the settings cross-validation
 * chose. Spread into each file's zod schema beside its own fields.
 */
import { z } from 'zod';

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
