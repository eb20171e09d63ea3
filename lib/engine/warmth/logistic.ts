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

/** The features seen in at least `minCount` examples, sorted, each example read as sparse indices into them. */
function sparseRows(examples: readonly { features: FeatureVector }[], minCount: number) {
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
    return { idx, val };
  });
  return { names, rows };
}

/** Full-batch Adam over `w` for `steps` steps; `gradient` fills `grad` (same length) at the current `w`. */
function adam(w: Float64Array, steps: number, lr: number, gradient: (grad: Float64Array) => void): void {
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  const grad = new Float64Array(w.length);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= steps; t++) {
    grad.fill(0);
    gradient(grad);
    for (let j = 0; j < w.length; j++) {
      m[j] = b1 * m[j]! + (1 - b1) * grad[j]!;
      v[j] = b2 * v[j]! + (1 - b2) * grad[j]! * grad[j]!;
      const mHat = m[j]! / (1 - b1 ** t);
      const vHat = v[j]! / (1 - b2 ** t);
      w[j]! -= (lr * mHat) / (Math.sqrt(vHat) + eps);
    }
  }
}

/** Each feature's L2 strength: `lambda`, times `wordLambdaFactor` for a word feature. */
const lambdasOf = (names: readonly string[], options: FitOptions) => Float64Array.from(names, (name) => options.lambda * (isWordFeature(name) ? options.wordLambdaFactor : 1));

export function fitLogistic(examples: readonly Example[], options: FitOptions): LinearModel {
  const { names, rows } = sparseRows(examples, options.minCount ?? 3);
  const n = Math.max(1, examples.reduce((sum, e) => sum + (e.weight ?? 1), 0));
  const dims = names.length + 1; // last = bias
  const lambdas = lambdasOf(names, options);
  const w = new Float64Array(dims);
  adam(w, options.steps ?? 400, options.learningRate ?? 0.05, (grad) => {
    rows.forEach((r, i) => {
      const e = examples[i]!;
      let z = w[dims - 1]!;
      for (let k = 0; k < r.idx.length; k++) z += w[r.idx[k]!]! * r.val[k]!;
      const err = (sigmoid(z) - e.label) * (e.weight ?? 1);
      for (let k = 0; k < r.idx.length; k++) grad[r.idx[k]!]! += (err * r.val[k]!) / n;
      grad[dims - 1]! += err / n;
    });
    for (let j = 0; j < dims - 1; j++) grad[j]! += lambdas[j]! * w[j]!;
  });
  return { bias: w[dims - 1]!, weights: new Map(names.map((name, i) => [name, w[i]!])) };
}

export interface SoftExample {
  features: FeatureVector;
  /** The example's share in each class (length = the number of classes, summing to 1: a sentence of two classes is ½ each). */
  targets: readonly number[];
  /** How much the example counts in the loss (default 1). */
  weight?: number;
}

/**
 * Multinomial (softmax) logistic regression: one linear model per class, fitted together so their scores compete
 * (cross-entropy of softmax(z) against the targets), the same L2 and optimiser as fitLogistic. The argmax of the
 * linear scores is the softmax's most likely class, so a reader of one-vs-rest models reads these alike.
 */
export function fitSoftmax(examples: readonly SoftExample[], classes: number, options: FitOptions): LinearModel[] {
  const { names, rows } = sparseRows(examples, options.minCount ?? 3);
  const n = Math.max(1, examples.reduce((sum, e) => sum + (e.weight ?? 1), 0));
  const dims = names.length + 1; // per class, last = bias
  const lambdas = lambdasOf(names, options);
  const w = new Float64Array(dims * classes);
  const z = new Float64Array(classes);
  adam(w, options.steps ?? 400, options.learningRate ?? 0.05, (grad) => {
    rows.forEach((r, i) => {
      const e = examples[i]!;
      let max = -Infinity;
      for (let c = 0; c < classes; c++) {
        const base = c * dims;
        let s = w[base + dims - 1]!;
        for (let k = 0; k < r.idx.length; k++) s += w[base + r.idx[k]!]! * r.val[k]!;
        z[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += (z[c] = Math.exp(z[c]! - max));
      const weight = (e.weight ?? 1) / n;
      for (let c = 0; c < classes; c++) {
        const err = (z[c]! / sum - (e.targets[c] ?? 0)) * weight;
        if (err === 0) continue;
        const base = c * dims;
        for (let k = 0; k < r.idx.length; k++) grad[base + r.idx[k]!]! += err * r.val[k]!;
        grad[base + dims - 1]! += err;
      }
    });
    for (let c = 0; c < classes; c++) for (let j = 0; j < dims - 1; j++) grad[c * dims + j]! += lambdas[j]! * w[c * dims + j]!;
  });
  return Array.from({ length: classes }, (_, c) => ({ bias: w[c * dims + dims - 1]!, weights: new Map(names.map((name, j) => [name, w[c * dims + j]!])) }));
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
