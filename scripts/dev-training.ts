/**
 * What the learned fallbacks' trainers share (scripts/train-mood.ts, scripts/train-ack.ts): reading a data file, the
 * dev reply and layout files they may train on (never a check batch: lib/eval/check-batches.ts), a numeric flag, and
 * the rule that a feature seen in fewer than a number of batches is one hand's wording, not a sign.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureVector } from '../lib/engine/warmth/features';
import { predict, type FitOptions, type LinearModel } from '../lib/engine/warmth/logistic';
import { chosenElsewhere } from '../lib/engine/classify/folds';
import { isCheckBatch } from '../lib/eval/check-batches';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const readJsonl = <T>(path: string): T[] => readFileSync(join(root, path), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

/** A dev reply or layout file (`data/replies/dev*.jsonl`, `data/layouts/dev*.jsonl`) that is no check batch. */
export function trainableFile(path: string): boolean {
  const tail = path.split('/').slice(-2).join('/');
  return /^(?:replies|layouts)\/dev(?:-extra-[a-z0-9-]+)?\.jsonl$/.test(tail) && !isCheckBatch(path);
}

/** The dev reply and layout files a trainer may read, sorted, as `data/…` paths. */
export function replyFiles(): string[] {
  return ['replies', 'layouts'].flatMap((dir) => readdirSync(join(root, 'data', dir)).sort().map((f) => `data/${dir}/${f}`).filter(trainableFile));
}

/** The number after a flag on the command line (`--min-words 4`), or the fallback. */
export const argNumber = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};

/**
 * A filter for feature vectors that drops the features `judged` picks (word features, say) seen in fewer than
 * `minBatches` batches of `items`.
 */
export function keepSpreadFeatures(
  items: readonly { features: FeatureVector; batch: string }[],
  minBatches: number,
  judged: (name: string) => boolean,
): (f: FeatureVector) => FeatureVector {
  const batches = new Map<string, Set<string>>();
  for (const it of items) for (const name of it.features.keys()) if (judged(name)) (batches.get(name) ?? batches.set(name, new Set()).get(name)!).add(it.batch);
  return (f) => new Map([...f].filter(([name]) => !judged(name) || (batches.get(name)?.size ?? 0) >= minBatches));
}

/**
 * Out-of-fold probabilities: for each fold, a model fitted on the other folds' items scores that fold's items.
 * Folds with no item (fewer groups than folds) are skipped.
 */
export function outOfFold<T extends { features: FeatureVector }>(items: readonly T[], folds: readonly number[], k: number, fit: (train: T[]) => LinearModel): number[] {
  const p = new Array<number>(items.length);
  for (let f = 0; f < k; f++) {
    if (!folds.includes(f)) continue;
    const model = fit(items.filter((_, i) => folds[i] !== f));
    items.forEach((it, i) => {
      if (folds[i] === f) p[i] = predict(model, it.features);
    });
  }
  return p;
}

/** A fitted model's weights for its file: sorted by name, rounded to 4 places, the near-zero ones left out. */
export function roundedWeights(model: LinearModel): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const [name, w] of [...model.weights].sort(([a], [b]) => (a < b ? -1 : 1))) if (Math.abs(w) >= 0.005) weights[name] = Number(w.toFixed(4));
  return weights;
}

type Setting = Pick<FitOptions, 'lambda' | 'wordLambdaFactor'>;

/**
 * The fallbacks' search: for each setting the out-of-fold probabilities, the threshold `choose` picks on them and the
 * `tally` at it (printed); the setting whose tally is `better` wins. Then the threshold chosen on all folds but one and
 * tallied on that one, fold by fold (classify/folds.ts chosenElsewhere): what the threshold earns unseen.
 */
export function searchSettings<T extends { features: FeatureVector }, R>(search: {
  items: readonly T[];
  folds: readonly number[];
  k: number;
  settings: readonly Setting[];
  fit: (train: T[], setting: Setting) => LinearModel;
  choose: (p: readonly number[], only?: (i: number) => boolean) => number;
  tally: (p: readonly number[], t: number, only?: (i: number) => boolean) => R;
  better: (a: R, b: R) => boolean;
  show: (r: R) => string;
}): { setting: Setting; p: number[]; t: number; r: R; elsewhere: { choice: number; score: R }[] } {
  const { items, folds, k } = search;
  let best: { setting: Setting; p: number[]; t: number; r: R } | null = null;
  for (const setting of search.settings) {
    const p = outOfFold(items, folds, k, (train) => search.fit(train, setting));
    const t = search.choose(p);
    const r = search.tally(p, t);
    console.log(`  lambda ${setting.lambda} word×${setting.wordLambdaFactor}: threshold ${t.toFixed(3)}: ${search.show(r)}`);
    if (!best || search.better(r, best.r)) best = { setting, p, t, r };
  }
  const { setting, p, t, r } = best!;
  const elsewhere = chosenElsewhere(
    k,
    (held) => search.choose(p, (i) => folds[i] !== held),
    (choice, f) => search.tally(p, choice, (i) => folds[i] === f),
  );
  console.log(`chosen: lambda ${setting.lambda} word×${setting.wordLambdaFactor}, threshold ${t.toFixed(3)}`);
  console.log(`  CV (threshold chosen on all folds): ${search.show(r)}`);
  return { setting, p, t, r, elsewhere };
}

/** Writes a model file (unless a dry run) and says how big it is. */
export function writeModel(path: string, file: { weights: Readonly<Record<string, number>> }, dryRun: boolean): void {
  const json = `${JSON.stringify(file)}\n`;
  console.log(`model: ${Object.keys(file.weights).length} weights, ${(json.length / 1024).toFixed(0)} KB`);
  if (!dryRun) writeFileSync(join(root, path), json);
}

/** A thresholded fallback's file, every field but its format: how it was fitted, what CV counted, its weights. */
export function fallbackFile(fit: {
  trainedOn: string;
  script: string;
  seed: number;
  folds: number;
  setting: Setting;
  steps: number;
  minCount: number;
  minBatches: number;
  threshold: number;
  crossValidated: Record<string, number>;
  model: LinearModel;
}) {
  return {
    version: 1 as const,
    trainedOn: fit.trainedOn,
    script: fit.script,
    seed: fit.seed,
    folds: fit.folds,
    lambda: fit.setting.lambda,
    wordLambdaFactor: fit.setting.wordLambdaFactor,
    steps: fit.steps,
    minCount: fit.minCount,
    minBatches: fit.minBatches,
    threshold: Number(fit.threshold.toFixed(4)),
    crossValidated: fit.crossValidated,
    bias: Number(fit.model.bias.toFixed(4)),
    weights: roundedWeights(fit.model),
  };
}
