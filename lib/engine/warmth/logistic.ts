/**
 * L2-regularised logistic regression, small and deterministic (full-batch Adam, a fixed number of
 * steps, no randomness), and k-fold cross-validation with a seeded shuffle. Used by
 * scripts/train-warmth.ts to fit the warmth model's weights; pure, so it is tested in Node.
 */
import type { FeatureVector } from './features';

export interface Example {
  features: FeatureVector;
  /** 1 = polite / warm, 0 = impolite / cold. */
  label: 0 | 1;
  /** How much the example counts in the loss (default 1): short, clean examples can count for less than real sentences. */
  weight?: number;
}

export interface FitOptions {
  /** L2 strength on every weight (not the bias). */
  lambda: number;
  /** Extra L2 factor for word features (`w:`, `start:`): strong regularisation for many small weights. */
  wordLambdaFactor: number;
  steps?: number;
  learningRate?: number;
  /** Features present in fewer training examples than this are left out. */
  minCount?: number;
}

export interface LinearModel {
  bias: number;
  weights: Map<string, number>;
}

const isWordFeature = (name: string) => name.startsWith('w:') || name.startsWith('start:');
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function predict(model: LinearModel, features: FeatureVector): number {
  let z = model.bias;
  for (const [name, value] of features) z += (model.weights.get(name) ?? 0) * value;
  return sigmoid(z);
}

export function fitLogistic(examples: readonly Example[], options: FitOptions): LinearModel {
  const minCount = options.minCount ?? 3;
  const counts = new Map<string, number>();
  for (const e of examples) for (const name of e.features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts].filter(([, c]) => c >= minCount).map(([n]) => n).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [name, value] of e.features) {
      const i = index.get(name);
      if (i !== undefined) {
        idx.push(i);
        val.push(value);
      }
    }
    return { idx, val, y: e.label, weight: e.weight ?? 1 };
  });
  const n = Math.max(1, rows.reduce((sum, r) => sum + r.weight, 0));
  const dims = names.length + 1; // last = bias
  const lambdas = Float64Array.from(names, (name) => options.lambda * (isWordFeature(name) ? options.wordLambdaFactor : 1));
  const w = new Float64Array(dims);
  const m = new Float64Array(dims);
  const v = new Float64Array(dims);
  const grad = new Float64Array(dims);
  const steps = options.steps ?? 400;
  const lr = options.learningRate ?? 0.05;
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= steps; t++) {
    grad.fill(0);
    for (const r of rows) {
      let z = w[dims - 1]!;
      for (let k = 0; k < r.idx.length; k++) z += w[r.idx[k]!]! * r.val[k]!;
      const err = (sigmoid(z) - r.y) * r.weight;
      for (let k = 0; k < r.idx.length; k++) grad[r.idx[k]!]! += (err * r.val[k]!) / n;
      grad[dims - 1]! += err / n;
    }
    for (let j = 0; j < dims - 1; j++) grad[j]! += lambdas[j]! * w[j]!;
    for (let j = 0; j < dims; j++) {
      m[j] = b1 * m[j]! + (1 - b1) * grad[j]!;
      v[j] = b2 * v[j]! + (1 - b2) * grad[j]! * grad[j]!;
      const mHat = m[j]! / (1 - b1 ** t);
      const vHat = v[j]! / (1 - b2 ** t);
      w[j]! -= (lr * mHat) / (Math.sqrt(vHat) + eps);
    }
  }
  return { bias: w[dims - 1]!, weights: new Map(names.map((name, i) => [name, w[i]!])) };
}

/** Mulberry32: a tiny seeded generator, so folds are the same on every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function foldsOf(count: number, k: number, seed: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  const random = seededRandom(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const fold = new Array<number>(count);
  order.forEach((exampleIndex, position) => (fold[exampleIndex] = position % k));
  return fold;
}

export interface CrossValidation {
  accuracy: number;
  auc: number;
}

/** k-fold cross-validated accuracy (at p = 0.5) and ROC AUC of out-of-fold predictions. */
export function crossValidate(
  examples: readonly Example[],
  options: FitOptions,
  k: number,
  seed: number,
  auc: (positives: number[], negatives: number[]) => number,
): CrossValidation {
  const fold = foldsOf(examples.length, k, seed);
  const predictions = new Array<number>(examples.length);
  for (let f = 0; f < k; f++) {
    const model = fitLogistic(examples.filter((_, i) => fold[i] !== f), options);
    examples.forEach((e, i) => {
      if (fold[i] === f) predictions[i] = predict(model, e.features);
    });
  }
  const right = examples.filter((e, i) => (predictions[i]! >= 0.5 ? 1 : 0) === e.label).length;
  const pos = predictions.filter((_, i) => examples[i]!.label === 1);
  const neg = predictions.filter((_, i) => examples[i]!.label === 0);
  return { accuracy: right / examples.length, auc: auc(pos, neg) };
}
