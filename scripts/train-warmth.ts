/**
 * `npm run train:warmth`: fits the warmth model's weights and writes lib/engine/warmth/model.json.
 *
 * Data: the Stanford Politeness Corpus (data/politeness/wikipedia.csv), EVEN ids only — the odd ids
 * stay unseen for `npm run eval`'s held-out figures. Examples: the top quartile (polite, 1) and the
 * bottom quartile (impolite, 0) by human score, quartiles taken over the whole corpus as in the eval.
 * Model: logistic regression with L2 (stronger on word features), chosen by 10-fold cross-validation
 * (seeded folds) over a small grid, then refitted on all training examples.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { sentencesOf, warmthFeatures } from '../lib/engine/warmth/features';
import { crossValidate, fitLogistic, type Example, type FitOptions } from '../lib/engine/warmth/logistic';
import { rocAuc } from '../lib/eval/metrics';

export const SEED = 18;
export const FOLDS = 10;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function politenessQuartiles(csv: string) {
  const rows = Papa.parse<{ id: string; request: string; score: string }>(csv, { header: true, skipEmptyLines: true })
    .data.map((r) => ({ id: Number(r.id), text: r.request, score: Number(r.score) }))
    .sort((a, b) => a.score - b.score);
  const quarter = Math.floor(rows.length / 4);
  return { impolite: rows.slice(0, quarter), polite: rows.slice(rows.length - quarter) };
}

function examplesOf(rows: { text: string }[], label: 0 | 1): Example[] {
  return rows.map((r) => {
    const { sentences, totals } = sentencesOf(r.text);
    return { features: warmthFeatures(sentences, totals), label };
  });
}

function main() {
  const { polite, impolite } = politenessQuartiles(readFileSync(join(root, 'data/politeness/wikipedia.csv'), 'utf8'));
  const even = (r: { id: number }) => r.id % 2 === 0;
  const examples = [...examplesOf(polite.filter(even), 1), ...examplesOf(impolite.filter(even), 0)];
  const grid: FitOptions[] = [];
  for (const lambda of [0.001, 0.003, 0.01]) for (const wordLambdaFactor of [1, 3, 10]) grid.push({ lambda, wordLambdaFactor, steps: 400, minCount: 3 });
  let best: { options: FitOptions; cv: { accuracy: number; auc: number } } | null = null;
  for (const options of grid) {
    const cv = crossValidate(examples, options, FOLDS, SEED, rocAuc);
    console.log(`  lambda ${options.lambda} word×${options.wordLambdaFactor}: CV accuracy ${cv.accuracy.toFixed(3)} AUC ${cv.auc.toFixed(3)}`);
    if (!best || cv.auc > best.cv.auc) best = { options, cv };
  }
  const model = fitLogistic(examples, best!.options);
  const weights = Object.fromEntries(
    [...model.weights].filter(([, w]) => Math.abs(w) >= 0.005).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0].localeCompare(b[0])).map(([n, w]) => [n, Number(w.toFixed(4))]),
  );
  const file = {
    format: 'rapport-warmth-model',
    version: 1,
    trainedOn: `data/politeness/wikipedia.csv, even ids, top vs bottom quartile (${examples.length} requests)`,
    script: 'scripts/train-warmth.ts',
    seed: SEED,
    folds: FOLDS,
    ...best!.options,
    crossValidated: { accuracy: Number(best!.cv.accuracy.toFixed(4)), auc: Number(best!.cv.auc.toFixed(4)) },
    bias: Number(model.bias.toFixed(4)),
    weights,
  };
  writeFileSync(join(root, 'lib/engine/warmth/model.json'), `${JSON.stringify(file, null, 1)}\n`);
  console.log(`chosen lambda ${best!.options.lambda} word×${best!.options.wordLambdaFactor}; ${Object.keys(weights).length} weights written to lib/engine/warmth/model.json`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
