/**
 * The learned sentence classifier's weights (model.json, written by scripts/train-classifier.ts) and
 * its linear scores, in two steps: the detector says how likely the sentence shows a cold habit at all,
 * p = σ(bias + Σ weight × feature), trained on every dev sentence; then one model per principle, trained
 * on the cold sentences only (one-vs-rest), says whose habit it is. The file is
 * data shipped with the engine: validated whole (zod) by a unit test and by loadClassifier for any other
 * file, and read into Maps, never indexed by a sentence's words.
 */
import { z } from 'zod';
import { PRINCIPLE_IDS, type PrincipleId } from '../principles';
import type { FeatureVector } from '../warmth/features';
import modelFile from './model.json';
import { TRAINING_FIELDS, weightsOf } from '../trained-file';

export const CLASSIFIER_FORMAT = 'rapport-sentence-classifier';

const weightsSchema = weightsOf(20_000, 'at most 20,000 weights per principle');

const classifierFileSchema = z.strictObject({
  format: z.literal(CLASSIFIER_FORMAT),
  ...TRAINING_FIELDS,
  /** The principle models' own regularisation, chosen by how often they name the right principle out of fold. */
  principleLambda: z.number().positive(),
  principleWordLambdaFactor: z.number().positive(),
  /** A word feature had to occur in this many batches of the training data to be weighed (detector, principle models). */
  minBatches: z.number().int().min(1).optional(),
  principleMinBatches: z.number().int().min(1).optional(),
  /** How much a rule's example counted beside a real sentence (detector, principle models). */
  ruleWeight: z.number().min(0).optional(),
  principleRuleWeight: z.number().min(0).optional(),
  steps: z.number().int().positive(),
  minCount: z.number().int().min(1),
  /** The probability a sentence needs to be flagged, chosen by cross-validation on dev. */
  threshold: z.number().min(0).max(1),
  crossValidated: z.record(z.string(), z.union([z.number(), z.string()])),
  detector: z.strictObject({ bias: z.number().finite(), weights: weightsSchema }),
  classes: z
    .array(z.strictObject({ principle: z.enum(PRINCIPLE_IDS), bias: z.number().finite(), weights: weightsSchema }))
    .min(1)
    .max(PRINCIPLE_IDS.length),
});

export type ClassifierFile = z.infer<typeof classifierFileSchema>;

export interface LinearClass {
  principle: PrincipleId;
  bias: number;
  weights: Map<string, number>;
}

export interface SentenceClassifier {
  threshold: number;
  detector: { bias: number; weights: Map<string, number> };
  classes: LinearClass[];
}

export interface Verdict {
  principle: PrincipleId;
  probability: number;
}

/** Validates a classifier file; bad data gets a message naming the field. */
export function loadClassifier(data: unknown): SentenceClassifier {
  const parsed = classifierFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`sentence classifier model: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return readClassifier(parsed.data);
}

/** A classifier file already valid, read into Maps. */
function readClassifier(file: ClassifierFile): SentenceClassifier {
  return { threshold: file.threshold, detector: readDetector(file), classes: readClasses(file) };
}

const readDetector = (file: ClassifierFile) => ({ bias: file.detector.bias, weights: new Map(Object.entries(file.detector.weights)) });
const readClasses = (file: ClassifierFile): LinearClass[] =>
  file.classes.map((c) => ({ principle: c.principle, bias: c.bias, weights: new Map(Object.entries(c.weights)) }));

/**
 * The same classifier as readClassifier, its principle models read when first used: most sentences stay under the
 * detector's ceiling and never need them (four fifths of the weights; issue #12, the engine's first answer).
 */
function readClassifierLazily(file: ClassifierFile): SentenceClassifier {
  let classes: LinearClass[] | null = null;
  return {
    threshold: file.threshold,
    detector: readDetector(file),
    get classes() {
      return (classes ??= readClasses(file));
    },
  };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function linear(bias: number, weights: Map<string, number>, features: FeatureVector): number {
  let z = bias;
  for (const [name, value] of features) z += (weights.get(name) ?? 0) * value;
  return z;
}

/** How likely the sentence shows a cold habit, and the principle whose habit it most likely is. */
export function classify(model: SentenceClassifier, features: FeatureVector): Verdict {
  const probability = sigmoid(linear(model.detector.bias, model.detector.weights, features));
  let best = { principle: model.classes[0]!.principle, z: -Infinity };
  for (const c of model.classes) {
    const z = linear(c.bias, c.weights, features);
    if (z > best.z) best = { principle: c.principle, z };
  }
  return { principle: best.principle, probability };
}

/**
 * The highest probability the detector can give a sentence with these features plus any of `unknown`
 * (features not yet read, each 0 or 1): every unknown feature of positive weight counted as present.
 */
export function probabilityCeiling(model: SentenceClassifier, features: FeatureVector, unknown: readonly string[]): number {
  let z = linear(model.detector.bias, model.detector.weights, features);
  for (const name of unknown) z += Math.max(0, model.detector.weights.get(name) ?? 0);
  return sigmoid(z);
}

let shipped: SentenceClassifier | null = null;
/**
 * The model shipped with the engine, read once on first use, its principle models when first needed (in the
 * extension's build the file's large values are also parsed only when read: scripts/data-literals.ts). Not
 * validated here (zod took about a quarter of the engine's first analysis): model-shipped.test.ts validates
 * the file and compares the result.
 */
export function shippedClassifier(): SentenceClassifier {
  shipped ??= readClassifierLazily(modelFile as unknown as ClassifierFile);
  return shipped;
}
