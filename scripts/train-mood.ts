/**
 * `npm run train:mood`: fits the mood reader's learned upset fallback and writes lib/engine/mood/learned-model.json.
 *
 * Data, dev only (never an untouched split, never a check batch: lib/eval/check-batches.ts):
 * - data/customer-messages/dev.jsonl: a message labelled with an upset mood (frustrated, worried, disappointed, urgent)
 *   is a positive; one labelled otherwise (neutral, confused, happy) is a negative. Batched by id hundred (cm0xx,
 *   cm5xx, cm6xx…: the sittings they were written in).
 * - the customer messages of data/replies/dev*.jsonl and data/layouts/dev*.jsonl: a reply with an
 *   `acknowledgement-missing` structural must-flag means a lead read the customer as upset (a positive). A negative
 *   needs the lead to have looked and found the customer calm: a cold or neutral reply that carries other must-flags
 *   but no acknowledgement-missing, and that does not itself acknowledge feelings (REPLY_ACKNOWLEDGES: a reply that says
 *   sorry may have been spared the flag because it met an upset customer). Every other reply (warm ones, cold ones
 *   with no must-flag, ones that acknowledge) says nothing of the customer's mood and is left out. One batch per file
 *   (data/replies/dev.jsonl in DEV_CHUNKS chunks). A message seen twice is kept once, upset if any lead read it so.
 * Only messages the cues read calm (and that are no thanks alone, "no rush" or feature wish: read.ts cueView) are
 * trained on and scored: the model is a fallback and never sees the rest.
 * Model: L2 logistic regression (lib/engine/warmth/logistic.ts) on words, word pairs and cue weights
 * (lib/engine/mood/learned.ts); a word feature is weighed only if it occurs in at least MIN_BATCHES batches.
 * Cross-validation by batch (lib/engine/classify/folds.ts groupedFolds: whole batches per fold, seeded); the setting
 * is chosen by out-of-fold upset recall at the threshold, and the threshold is the lowest at which no calm-labelled
 * customer message and at most REPLY_CALM_BUDGET of the reply negatives read upset out of fold, the figure also given
 * chosen on the other folds and scored on the one left out. Deterministic.
 *
 *   npx tsx scripts/train-mood.ts [--dry-run] [--calm-only]
 */
import { messageForMood } from '../lib/engine/analyzer';
import { cueView, UPSET_MOODS } from '../lib/engine/mood/read';
import { MOOD_MODEL_FORMAT, type MoodModelFile } from '../lib/engine/mood/learned';
import { groupedFolds } from '../lib/engine/classify/folds';
import { normalizedWords } from '../lib/engine/classify/features';
import { fitLogistic, type Example, type FitOptions, type LinearModel } from '../lib/engine/warmth/logistic';
import type { FeatureVector } from '../lib/engine/warmth/features';
import type { Mood } from '../lib/engine/types';
import { argNumber, keepSpreadFeatures, readJsonl, replyFiles, fallbackFile, searchSettings, writeModel } from './dev-training';

const SEED = 31;
/**
 * Labelled customer messages: dev.jsonl, and near-calm messages written for this model (calm ones with a partial cue: a
 * loyalty told beside a request, a fault put right, a parcel early, a deposit paid, an error code asked about).
 */
const MESSAGE_FILES = ['data/customer-messages/dev.jsonl', 'data/customer-messages/dev-near-calm31.jsonl'];
const FOLDS = 5;
const MIN_BATCHES = 3;
const MIN_COUNT = 2;
const STEPS = 400;
const DEV_CHUNKS = 3;
/** Reply negatives (a lead's silence, noisier than a label) the fallback may read upset out of fold. */
const REPLY_CALM_BUDGET = 0.02;
const SETTINGS: Pick<FitOptions, 'lambda' | 'wordLambdaFactor'>[] = [0.001, 0.003, 0.01].flatMap((lambda) => [1, 3, 10].map((wordLambdaFactor) => ({ lambda, wordLambdaFactor })));
const dryRun = process.argv.includes('--dry-run');
/** Messages the cues read upset are trained on too (not scored: the fallback never reads them); `--calm-only` leaves them out. */
const TRAIN_ALL = !process.argv.includes('--calm-only');
const NO_CUES = process.argv.includes('--no-cues');
const BALANCED = process.argv.includes('--balanced');
/** Messages of fewer words are left to the cues: a word model has too little to go on (and never reads them). */
const MIN_WORDS = argNumber('--min-words', 0);

/** A sorry, an understanding or a feeling named back: the reply may have met an upset customer, so its silence says nothing. */
const REPLY_ACKNOWLEDGES =
  /\b(?:sorry|apolog\w*|regret\w*|understand\w*|frustrat\w*|worr\w*|upset\w*|annoy\w*|disappoint\w*|inconvenien\w*|stress\w*|concern\w*|must (?:have )?been|hear (?:that|this|about)|patience|unacceptable|not good enough|should(?: not|n't) have)\b/i;

interface Item {
  text: string;
  upset: boolean;
  source: 'messages' | 'replies';
  batch: string;
  features: FeatureVector;
  /** Calm by the cues: the fallback reads it (the others, with --train-all, are trained on only). */
  fallback: boolean;
}

interface ReplyRow {
  tone?: string;
  customerMessage?: string;
  text: string;
  mustFlag?: { structural?: string }[];
}

function collect(): { items: Item[]; counts: Record<string, number> } {
  const byText = new Map<string, Omit<Item, 'features' | 'fallback'>>();
  const counts: Record<string, number> = { messagesUpset: 0, messagesCalm: 0, repliesUpset: 0, repliesCalm: 0, repliesSilent: 0, duplicates: 0 };
  const add = (item: Omit<Item, 'features' | 'fallback'>) => {
    const key = item.text.trim().toLowerCase();
    const seen = byText.get(key);
    if (seen) {
      counts.duplicates!++;
      if (item.upset) seen.upset = true;
      return;
    }
    byText.set(key, item);
  };
  for (const file of MESSAGE_FILES) {
    for (const m of readJsonl<{ id: string; moods: Mood[]; text: string }>(file)) {
      const upset = m.moods.some((x) => UPSET_MOODS.includes(x));
      counts[upset ? 'messagesUpset' : 'messagesCalm']!++;
      const batch = file.endsWith('/dev.jsonl') ? `cm#${Math.floor(Number(m.id.replace(/\D/g, '')) / 100)}` : file;
      add({ text: m.text, upset, source: 'messages', batch });
    }
  }
  for (const file of replyFiles()) {
    const rows = readJsonl<ReplyRow>(file);
    rows.forEach((r, i) => {
      if (!r.customerMessage?.trim()) return;
      const must = r.mustFlag ?? [];
      const batch = file === 'data/replies/dev.jsonl' ? `${file}#${Math.floor((i * DEV_CHUNKS) / rows.length)}` : file;
      if (must.some((f) => f.structural === 'acknowledgement-missing')) {
        counts.repliesUpset!++;
        add({ text: r.customerMessage, upset: true, source: 'replies', batch });
      } else if ((r.tone === 'cold' || r.tone === 'neutral') && must.length > 0 && !REPLY_ACKNOWLEDGES.test(r.text)) {
        counts.repliesCalm!++;
        add({ text: r.customerMessage, upset: false, source: 'replies', batch });
      } else counts.repliesSilent!++;
    });
  }
  const items: Item[] = [];
  let readUpset = 0;
  let excluded = 0;
  for (const item of byText.values()) {
    const view = cueView(messageForMood(item.text));
    // What the cues weigh means something only below the line: a message the cues read upset teaches words alone.
    if (NO_CUES || view.upsetByCues) for (const name of [...view.features.keys()]) if (!name.startsWith('w:')) view.features.delete(name);
    if (normalizedWords(item.text).length < MIN_WORDS) view.mayFallBack = false;
    if (view.upsetByCues) readUpset++;
    else if (!view.mayFallBack) excluded++;
    if (view.mayFallBack || (TRAIN_ALL && view.upsetByCues)) items.push({ ...item, features: view.features, fallback: view.mayFallBack });
  }
  counts.readUpsetByCues = readUpset;
  counts.calmBySayingSo = excluded;
  return { items, counts };
}

/** Word features seen in fewer than MIN_BATCHES batches of `items` are dropped (one hand's wording is not a sign). */
const keepSpreadWords = (items: readonly Item[]) => keepSpreadFeatures(items, MIN_BATCHES, (name) => name.startsWith('w:'));

function fit(items: readonly Item[], setting: Pick<FitOptions, 'lambda' | 'wordLambdaFactor'>): LinearModel {
  const keep = keepSpreadWords(items);
  // The classes weigh the same in all (upset messages outnumber calm ones six to one), so the bias says nothing by itself.
  const upset = items.filter((it) => it.upset).length;
  const weightOf = (it: Item) => (BALANCED ? (it.upset ? items.length / (2 * upset) : items.length / (2 * (items.length - upset))) : 1);
  const examples: Example[] = items.map((it) => ({ features: keep(it.features), label: it.upset ? 1 : 0, weight: weightOf(it) }));
  return fitLogistic(examples, { ...setting, steps: STEPS, minCount: MIN_COUNT });
}

interface Tally {
  upset: number;
  upsetN: number;
  calmMessages: number;
  calmMessagesN: number;
  calmReplies: number;
  calmRepliesN: number;
}

function tally(items: readonly Item[], p: readonly number[], t: number, only: (i: number) => boolean = () => true): Tally {
  const r: Tally = { upset: 0, upsetN: 0, calmMessages: 0, calmMessagesN: 0, calmReplies: 0, calmRepliesN: 0 };
  items.forEach((it, i) => {
    if (!only(i) || !it.fallback) return;
    const read = p[i]! >= t;
    if (it.upset) {
      r.upsetN++;
      if (read) r.upset++;
    } else if (it.source === 'messages') {
      r.calmMessagesN++;
      if (read) r.calmMessages++;
    } else {
      r.calmRepliesN++;
      if (read) r.calmReplies++;
    }
  });
  return r;
}

const withinBudget = (r: Tally) => r.calmMessages === 0 && r.calmReplies <= REPLY_CALM_BUDGET * r.calmRepliesN;

/** The lowest threshold (of the scores seen, above 0.5) at which the calm stay calm, on the items `only` keeps. */
function chooseThreshold(items: readonly Item[], p: readonly number[], only: (i: number) => boolean = () => true): number {
  const candidates = [...new Set(p.filter((x, i) => only(i) && items[i]!.fallback && x >= 0.5).map((x) => x + 1e-9)), 0.5, 1].sort((a, b) => a - b);
  for (const t of candidates) if (withinBudget(tally(items, p, t, only))) return t;
  return 1;
}

const show = (r: Tally) =>
  `upset read ${r.upset}/${r.upsetN}, calm messages read upset ${r.calmMessages}/${r.calmMessagesN}, calm reply messages read upset ${r.calmReplies}/${r.calmRepliesN}`;

function main(): void {
  const { items, counts } = collect();
  console.log('data:', JSON.stringify(counts));
  console.log(`trained and scored on ${items.length} messages the cues read calm: ${items.filter((i) => i.upset).length} upset, ${items.filter((i) => !i.upset).length} calm`);
  const folds = groupedFolds(items.map((i) => i.batch), FOLDS, SEED);
  const { setting, t, r, elsewhere } = searchSettings({
    items,
    folds,
    k: FOLDS,
    settings: SETTINGS,
    fit,
    choose: (p, only) => chooseThreshold(items, p, only),
    tally: (p, threshold, only) => tally(items, p, threshold, only),
    better: (x, y) => x.upset > y.upset,
    show,
  });
  const sum = elsewhere.reduce(
    (a, e) => ({
      upset: a.upset + e.score.upset,
      upsetN: a.upsetN + e.score.upsetN,
      calmMessages: a.calmMessages + e.score.calmMessages,
      calmMessagesN: a.calmMessagesN + e.score.calmMessagesN,
      calmReplies: a.calmReplies + e.score.calmReplies,
      calmRepliesN: a.calmRepliesN + e.score.calmRepliesN,
    }),
    { upset: 0, upsetN: 0, calmMessages: 0, calmMessagesN: 0, calmReplies: 0, calmRepliesN: 0 },
  );
  console.log(`  CV (threshold chosen on the other folds): ${show(sum)}; thresholds ${elsewhere.map((e) => e.choice.toFixed(3)).join(' ')}`);
  const file: MoodModelFile = {
    format: MOOD_MODEL_FORMAT,
    ...fallbackFile({
      trainedOn: `data/customer-messages/dev.jsonl and the customer messages of ${replyFiles().length} dev reply files (check batches left out): ${items.length} messages the cues read calm`,
      script: 'scripts/train-mood.ts',
      seed: SEED,
      folds: FOLDS,
      setting,
      steps: STEPS,
      minCount: MIN_COUNT,
      minBatches: MIN_BATCHES,
      threshold: t,
      model: fit(items, setting),
      crossValidated: {
        upsetRead: r.upset,
        upset: r.upsetN,
        calmMessagesReadUpset: r.calmMessages,
        calmMessages: r.calmMessagesN,
        calmReplyMessagesReadUpset: r.calmReplies,
        calmReplyMessages: r.calmRepliesN,
        upsetReadChosenElsewhere: sum.upset,
        calmMessagesReadUpsetChosenElsewhere: sum.calmMessages,
        calmReplyMessagesReadUpsetChosenElsewhere: sum.calmReplies,
      },
    }),
  };
  writeModel('lib/engine/mood/learned-model.json', file, dryRun);
}

main();
