/**
 * `npm run eval` sections for the learned warmth score: how the model was fitted (script, seed,
 * cross-validated accuracy and AUC, from model.json), its heaviest weights, and the engaged vs
 * deflecting reply pairs on both halves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WARMTH_MODEL } from '../engine/warmth/model';
import type { Analysis, AnalyzeOptions } from '../engine/types';

export function modelSection(top = 12): void {
  const m = WARMTH_MODEL;
  console.log(`Warmth model (${m.format} v${m.version}, fitted by ${m.script ?? 'scripts/train-warmth.ts'})`);
  console.log(`  trained on ${m.trainedOn}`);
  console.log(`  logistic regression, L2 lambda ${m.lambda} (word features ×${m.wordLambdaFactor}), seed ${m.seed}, ${m.folds}-fold CV`);
  console.log(`  cross-validated accuracy ${m.crossValidated.accuracy.toFixed(3)}  ROC AUC ${m.crossValidated.auc.toFixed(3)}  (${Object.keys(m.weights).length} weights)`);
  const entries = (Object.entries(m.weights) as [string, number][]).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  const fmt = (list: [string, number][]) => list.map(([k, w]) => `${k} ${w >= 0 ? '+' : ''}${w.toFixed(2)}`).join(', ');
  console.log(`  heaviest warm: ${fmt(entries.filter(([, w]) => w > 0).slice(0, top))}`);
  console.log(`  heaviest cold: ${fmt(entries.filter(([, w]) => w < 0).slice(0, top))}`);
}

interface PairRow {
  pair: string;
  kind: 'engaged' | 'deflecting';
  customerMessage: string;
  text: string;
}

export interface PairResult {
  split: string;
  ordered: number;
  pairs: number;
  misses: { pair: string; engaged: number; deflecting: number }[];
  deflectingWarm: number;
  engagedCold: number;
}

function engagementPairs(root: string, split: 'dev' | 'untouched', analyze: (text: string, options: AnalyzeOptions) => Analysis): PairResult {
  const rows: PairRow[] = readFileSync(join(root, 'data/engagement-pairs', `${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const warmth = (r: PairRow) => analyze(r.text, { customerMessage: r.customerMessage }).scores.warmth;
  const ids = [...new Set(rows.map((r) => r.pair))];
  const result: PairResult = { split, ordered: 0, pairs: ids.length, misses: [], deflectingWarm: 0, engagedCold: 0 };
  for (const id of ids) {
    const engaged = warmth(rows.find((r) => r.pair === id && r.kind === 'engaged')!);
    const deflecting = warmth(rows.find((r) => r.pair === id && r.kind === 'deflecting')!);
    if (engaged > deflecting) result.ordered++;
    else result.misses.push({ pair: id, engaged, deflecting });
    if (deflecting >= 60) result.deflectingWarm++;
    if (engaged < 40) result.engagedCold++;
  }
  return result;
}

export function engagementSection(root: string, analyze: (text: string, options: AnalyzeOptions) => Analysis): PairResult[] {
  console.log('Engaged vs deflecting reply pairs (data/engagement-pairs; equal politeness markers; target ≥ 95% engaged above)');
  return (['dev', 'untouched'] as const).map((split) => {
    const r = engagementPairs(root, split, analyze);
    console.log(
      `  ${split.padEnd(10)} engaged above deflecting ${r.ordered}/${r.pairs} (${((100 * r.ordered) / r.pairs).toFixed(0)}%)  deflecting scored warm: ${r.deflectingWarm}  engaged scored cold: ${r.engagedCold}`,
    );
    for (const m of r.misses) console.log(`    miss ${m.pair}: engaged ${m.engaged} ≤ deflecting ${m.deflecting}`);
    return r;
  });
}

/** The reply corpus (data/replies, if present): does the score order warm replies above cold ones? */
export function replyCorpusSection(root: string, analyze: (text: string, options: AnalyzeOptions) => Analysis, auc: (p: number[], n: number[]) => number): void {
  console.log('Reply corpus (data/replies): warmth by the label people gave; warm must score above cold');
  for (const split of ['dev', 'untouched'] as const) {
    let text: string;
    try {
      text = readFileSync(join(root, 'data/replies', `${split}.jsonl`), 'utf8');
    } catch {
      console.log(`  ${split}: not present`);
      continue;
    }
    const by = new Map<string, number[]>([['cold', []], ['neutral', []], ['warm', []]]);
    for (const line of text.split('\n').filter((l) => l.trim())) {
      const r = JSON.parse(line) as { tone: string; text: string; customerMessage?: string };
      by.get(r.tone)?.push(analyze(r.text, { customerMessage: r.customerMessage }).scores.warmth);
    }
    const mean = (x: number[]) => (x.reduce((s, v) => s + v, 0) / Math.max(1, x.length)).toFixed(1);
    const cold = by.get('cold')!;
    const warm = by.get('warm')!;
    console.log(
      `  ${split.padEnd(10)} mean cold ${mean(cold)}  neutral ${mean(by.get('neutral')!)}  warm ${mean(warm)}  ROC AUC warm vs cold ${auc(warm, cold).toFixed(3)}  cold scored warm ${cold.filter((v) => v >= 60).length}/${cold.length}  warm scored cold ${warm.filter((v) => v < 40).length}/${warm.length}`,
    );
  }
}
