/**
 * The fitted warmth model (model.json, written by scripts/train-warmth.ts) and its linear score:
 * z = bias + Σ weight × feature. Each feature's share of z is kept so the score can be explained.
 */
import modelFile from './model.json';
import type { FeatureVector } from './features';

export interface WarmthModelFile {
  format: string;
  version: number;
  trainedOn: string;
  script?: string;
  seed: number;
  folds: number;
  lambda: number;
  wordLambdaFactor: number;
  crossValidated: { accuracy: number; auc: number };
  bias: number;
  /** Feature name → weight (read into a Map below, never indexed by text). */
  weights: object;
}

export const WARMTH_MODEL = modelFile as WarmthModelFile;
const WEIGHTS = new Map<string, number>(Object.entries(WARMTH_MODEL.weights) as [string, number][]);

export interface LinearScore {
  z: number;
  /** Each feature's weight × value, for the features the model knows. */
  contributions: Map<string, number>;
}

export function linearScore(features: FeatureVector): LinearScore {
  let z = WARMTH_MODEL.bias;
  const contributions = new Map<string, number>();
  for (const [name, value] of features) {
    const w = WEIGHTS.get(name);
    if (w === undefined) continue;
    z += w * value;
    contributions.set(name, w * value);
  }
  return { z, contributions };
}
