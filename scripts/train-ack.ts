/**
 * `npm run train:ack`: fits the acknowledgement check's learned fallback and writes
 * lib/engine/checks/acknowledges-model.json.
 *
 * Data, dev only (never an untouched split, never a check batch: lib/eval/check-batches.ts). One item per sentence:
 * - data/classify/acknowledgements-s32.jsonl: sentences written for this model that acknowledge the customer in many
 *   shapes and voices (positives) and near-misses that do not (bare thanks, "I understand you want a refund", "noted",
 *   blame, formulas, steps: negatives). Batched in WRITTEN_CHUNKS chunks of consecutive lines.
 * - the replies of data/replies/dev*.jsonl and data/layouts/dev*.jsonl: every sentence of a reply with an
 *   `acknowledgement-missing` structural must-flag is a negative (a lead read the reply as not acknowledging), and so
 *   is the reply as a whole (a "flagged reply": the fallback must almost never read one as acknowledging). A sentence
 *   of a warm reply to a customer the mood reader reads upset (or that the hand check cards) that the hand families already read as acknowledging
 *   (acknowledgesFeelings, or the warmth markers' acknowledgement outside a formula) is a positive; the warm reply's
 *   other sentences are not trained on (unknown), but the reply is counted as a "warm upset reply" read or not.
 *   One batch per file (data/replies/dev.jsonl in DEV_CHUNKS chunks).
 * Sentences are split as the engine splits them (segment.ts) and read as the fallback reads them (acknowledges-
 * learned.ts ackReadable: formulas out, at least two words left).
 * Model: L2 logistic regression (lib/engine/warmth/logistic.ts) on words, word pairs and the first word; a word feature
 * is weighed only if it occurs in at least MIN_BATCHES batches. Cross-validation grouped by batch (classify/folds.ts);
 * the setting is chosen by out-of-fold recall of the written positives at its threshold, and the threshold is the
 * lowest at which at most FLAGGED_BUDGET of the flagged replies and WRITTEN_BUDGET of the written near-misses read as
 * acknowledging out of fold; the figure with the threshold chosen on the other folds is given too. Deterministic.
 *
 *   npx tsx scripts/train-ack.ts [--dry-run]
 */
import { createAnalyzer, messageForMood } from '../lib/engine/analyzer';
import { isChannel } from '../lib/engine/channel';
import { defaultPack } from '../lib/rules/default';
import { readMood } from '../lib/engine/mood/read';
import { segment, countWords } from '../lib/engine/segment';
import { sentenceMarkers } from '../lib/engine/markers';
import { acknowledgesFeelings, withoutFormulas } from '../lib/engine/checks/acknowledges';
import { coldPhrase, learnedMayRead } from '../lib/engine/checks/acknowledgement';
import { agentOnlyText } from '../lib/engine/structure/mask';
import { readStructure } from '../lib/engine/structure/read-structure';
import { ACK_MODEL_FORMAT, ackFeatures, ackReadable, type AckModelFile } from '../lib/engine/checks/acknowledges-learned';
import { groupedFolds } from '../lib/engine/classify/folds';
import { fitLogistic, type Example, type FitOptions, type LinearModel } from '../lib/engine/warmth/logistic';
import type { FeatureVector } from '../lib/engine/warmth/features';
import { argNumber, keepSpreadFeatures, readJsonl, replyFiles, fallbackFile, searchSettings, writeModel } from './dev-training';

const SEED = 32;
const WRITTEN_FILE = 'data/classify/acknowledgements-s32.jsonl';
const WRITTEN_CHUNKS = 6;
const FOLDS = 5;
const MIN_BATCHES = 3;
const MIN_COUNT = 2;
const STEPS = 400;
const DEV_CHUNKS = 3;
/** Flagged replies (a lead asked for the acknowledgement) the fallback may read as acknowledging out of fold. */
const FLAGGED_BUDGET = argNumber('--flagged-budget', 0.005);
/** Flagged replies the hand check gives its card (a card the fallback would hide) it may read as acknowledging out of fold. */
const FIRED_BUDGET = argNumber('--fired-budget', 0.001);
/** Written near-misses the fallback may read as acknowledging out of fold. */
const WRITTEN_BUDGET = argNumber('--written-budget', 0.02);
const SETTINGS: Pick<FitOptions, 'lambda' | 'wordLambdaFactor'>[] = [0.001, 0.003, 0.01, 0.03].flatMap((lambda) => [1, 3, 10].map((wordLambdaFactor) => ({ lambda, wordLambdaFactor })));
const dryRun = process.argv.includes('--dry-run');

type Source = 'written' | 'flagged' | 'warm';
interface Item {
  text: string;
  /** 1 acknowledges, 0 does not, null unknown (a warm reply's sentence no hand family reads: scored, not trained on). */
  label: 0 | 1 | null;
  source: Source;
  batch: string;
  /** The reply it is a sentence of (flagged and warm replies), for reply-level counts. */
  reply: string;
  /** The acknowledgement check (without this fallback) gives the reply its card: where the fallback decides anything. */
  fires: boolean;
  features: FeatureVector;
}

interface ReplyRow {
  id?: string;
  channel?: string;
  tone?: string;
  customerMessage?: string;
  text: string;
  mustFlag?: { structural?: string }[];
  notAgentText?: string[];
}

/** The hand families' reading of one sentence, outside the check's context: a sentence they already count. */
const handMet = (s: string) => acknowledgesFeelings(s) || (withoutFormulas(s) === null && sentenceMarkers(s, countWords(s)).acknowledgement > 0);

/** The default pack with the fallback switched off: which replies the hand-written check alone gives a card. */
const handOnly = createAnalyzer({
  ...defaultPack,
  rules: defaultPack.rules.map((r) => (r.id === 'acknowledge-feelings' && r.kind === 'structure' ? { ...r, options: { ...r.options, learned: false } } : r)),
});
/**
 * The reply as the fallback reads it: the agent's own sentences (signature, footer and quoted text out) that pass the
 * check's gate (learnedMayRead, and no phrase rule flags them as cold), and whether the hand check gives its card.
 */
function asRead(r: ReplyRow): { sentences: string[]; fired: boolean } {
  const { findings } = handOnly.analyze(r.text, { customerMessage: r.customerMessage, channel: isChannel(r.channel) ? r.channel : undefined });
  const fired = findings.some((f) => f.ruleId === 'acknowledge-feelings');
  const agent = agentOnlyText(r.text, readStructure(r.text, { customerMessage: r.customerMessage }));
  const cold = (s: { start: number; end: number }) => coldPhrase(findings.filter((f) => f.start < s.end && s.start < f.end && f.ruleId !== 'acknowledge-feelings').map((f) => f.principle));
  const sentences = segment(agent).sentences.filter((s) => learnedMayRead(s.text) && !cold(s)).map((s) => s.text);
  return { sentences, fired };
}

function collect(): { items: Item[]; counts: Record<string, number> } {
  const items: Item[] = [];
  const counts: Record<string, number> = { writtenPositive: 0, writtenNegative: 0, flaggedReplies: 0, flaggedFired: 0, warmUpsetReplies: 0, warmFired: 0, warmSentencesMet: 0, warmSentencesUnknown: 0 };
  const push = (text: string, label: 0 | 1 | null, source: Source, batch: string, reply: string, fired = false) => {
    const readable = ackReadable(text);
    if (readable !== null) items.push({ text, label, source, batch, reply, fires: fired, features: ackFeatures(readable) });
  };
  const written = readJsonl<{ id: string; acknowledges: boolean; text: string }>(WRITTEN_FILE);
  written.forEach((w, i) => {
    if (!learnedMayRead(w.text)) return;
    counts[w.acknowledges ? 'writtenPositive' : 'writtenNegative']!++;
    push(w.text, w.acknowledges ? 1 : 0, 'written', `written#${Math.floor((i * WRITTEN_CHUNKS) / written.length)}`, w.id);
  });
  for (const file of replyFiles()) {
    const rows = readJsonl<ReplyRow>(file);
    rows.forEach((r, i) => {
      if (!r.customerMessage?.trim()) return;
      const batch = file === 'data/replies/dev.jsonl' ? `${file}#${Math.floor((i * DEV_CHUNKS) / rows.length)}` : file;
      const reply = `${file}:${r.id ?? i}`;
      if ((r.mustFlag ?? []).some((f) => f.structural === 'acknowledgement-missing')) {
        const { sentences, fired } = asRead(r);
        counts.flaggedReplies!++;
        if (fired) counts.flaggedFired!++;
        for (const s of sentences) push(s, 0, 'flagged', batch, reply, fired);
        return;
      }
      if (r.tone !== 'warm') return;
      const { sentences, fired } = asRead(r);
      if (fired || readMood(messageForMood(r.customerMessage))?.needsAcknowledgement) {
        counts.warmUpsetReplies!++;
        if (fired) counts.warmFired!++;
        for (const s of sentences) {
          const met = handMet(s);
          counts[met ? 'warmSentencesMet' : 'warmSentencesUnknown']!++;
          push(s, met ? 1 : null, 'warm', batch, reply, fired);
        }
      }
    });
  }
  return { items, counts };
}

/** Features seen in fewer than MIN_BATCHES batches of `items` are dropped (one hand's wording is not a sign). */
const keepSpreadWords = (items: readonly Item[]) => keepSpreadFeatures(items, MIN_BATCHES, () => true);

function fit(items: readonly Item[], setting: Pick<FitOptions, 'lambda' | 'wordLambdaFactor'>): LinearModel {
  const labelled = items.filter((it) => it.label !== null);
  const keep = keepSpreadWords(labelled);
  // The classes weigh the same in all (negatives outnumber positives many to one).
  const positives = labelled.filter((it) => it.label === 1).length;
  const weightOf = (it: Item) => (it.label === 1 ? labelled.length / (2 * positives) : labelled.length / (2 * (labelled.length - positives)));
  const examples: Example[] = labelled.map((it) => ({ features: keep(it.features), label: it.label!, weight: weightOf(it) }));
  return fitLogistic(examples, { ...setting, steps: STEPS, minCount: MIN_COUNT });
}

interface Tally {
  writtenPositive: number;
  writtenPositiveN: number;
  writtenNegative: number;
  writtenNegativeN: number;
  flagged: number;
  flaggedN: number;
  warmMet: number;
  warmMetN: number;
  /** Warm replies to upset customers with no sentence the hand families read, read as acknowledging by the model. */
  warmUnmet: number;
  warmUnmetN: number;
  /** Flagged replies the hand check gives a card, read as acknowledging: a wanted card the fallback would hide. */
  flaggedFired: number;
  flaggedFiredN: number;
  /** Warm replies the hand check gives a card (a false alarm), read as acknowledging: a card the fallback would spare. */
  warmFired: number;
  warmFiredN: number;
}

function tally(items: readonly Item[], p: readonly number[], t: number, only: (i: number) => boolean = () => true): Tally {
  const r: Tally = { writtenPositive: 0, writtenPositiveN: 0, writtenNegative: 0, writtenNegativeN: 0, flagged: 0, flaggedN: 0, warmMet: 0, warmMetN: 0, warmUnmet: 0, warmUnmetN: 0, flaggedFired: 0, flaggedFiredN: 0, warmFired: 0, warmFiredN: 0 };
  const replies = new Map<string, { source: Source; read: boolean; met: boolean; fires: boolean }>();
  items.forEach((it, i) => {
    if (!only(i)) return;
    const read = p[i]! >= t;
    if (it.source === 'written') {
      if (it.label === 1) {
        r.writtenPositiveN++;
        if (read) r.writtenPositive++;
      } else {
        r.writtenNegativeN++;
        if (read) r.writtenNegative++;
      }
      return;
    }
    if (it.source === 'warm' && it.label === 1) {
      r.warmMetN++;
      if (read) r.warmMet++;
    }
    const seen = replies.get(it.reply) ?? { source: it.source, read: false, met: false, fires: it.fires };
    seen.read ||= read;
    seen.met ||= it.label === 1;
    replies.set(it.reply, seen);
  });
  for (const reply of replies.values()) {
    if (reply.fires) {
      if (reply.source === 'flagged') {
        r.flaggedFiredN++;
        if (reply.read) r.flaggedFired++;
      } else {
        r.warmFiredN++;
        if (reply.read) r.warmFired++;
      }
    }
    if (reply.source === 'flagged') {
      r.flaggedN++;
      if (reply.read) r.flagged++;
    } else if (!reply.met) {
      r.warmUnmetN++;
      if (reply.read) r.warmUnmet++;
    }
  }
  return r;
}

const withinBudget = (r: Tally) =>
  r.flagged <= FLAGGED_BUDGET * r.flaggedN && r.flaggedFired <= FIRED_BUDGET * r.flaggedFiredN && r.writtenNegative <= WRITTEN_BUDGET * r.writtenNegativeN;

/** The lowest threshold (of the scores seen, above 0.5) within both budgets, on the items `only` keeps. */
function chooseThreshold(items: readonly Item[], p: readonly number[], only: (i: number) => boolean = () => true): number {
  const candidates = [...new Set(p.filter((x, i) => only(i) && items[i]!.label !== 1 && x >= 0.5).map((x) => x + 1e-9)), 0.5, 1].sort((a, b) => a - b);
  for (const t of candidates) if (withinBudget(tally(items, p, t, only))) return t;
  return 1;
}

const show = (r: Tally) =>
  `written positives read ${r.writtenPositive}/${r.writtenPositiveN}, written near-misses read ${r.writtenNegative}/${r.writtenNegativeN}, flagged replies read ${r.flagged}/${r.flaggedN}; warm met sentences ${r.warmMet}/${r.warmMetN}, warm unmet replies ${r.warmUnmet}/${r.warmUnmetN}; carded: flagged ${r.flaggedFired}/${r.flaggedFiredN} (hidden), warm ${r.warmFired}/${r.warmFiredN} (spared)`;

const sumTallies = (all: readonly Tally[]): Tally =>
  all.reduce((a, e) => Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof Tally] + e[k as keyof Tally]])) as unknown as Tally, tally([], [], 1));

function main(): void {
  const { items, counts } = collect();
  console.log('data:', JSON.stringify(counts));
  console.log(`${items.length} readable sentences: ${items.filter((i) => i.label === 1).length} acknowledge, ${items.filter((i) => i.label === 0).length} do not, ${items.filter((i) => i.label === null).length} unknown`);
  const folds = groupedFolds(items.map((i) => i.batch), FOLDS, SEED);
  const worth = (x: Tally) => x.warmFired - x.flaggedFired + x.writtenPositive / 1000;
  const { setting, t, r, elsewhere } = searchSettings({
    items,
    folds,
    k: FOLDS,
    settings: SETTINGS,
    fit,
    choose: (p, only) => chooseThreshold(items, p, only),
    tally: (p, threshold, only) => tally(items, p, threshold, only),
    better: (x, y) => worth(x) > worth(y),
    show,
  });
  const sum = sumTallies(elsewhere.map((e) => e.score));
  console.log(`  CV (threshold chosen on the other folds): ${show(sum)}; thresholds ${elsewhere.map((e) => e.choice.toFixed(3)).join(' ')}`);
  const file: AckModelFile = {
    format: ACK_MODEL_FORMAT,
    ...fallbackFile({
      trainedOn: `${WRITTEN_FILE} and the sentences of ${replyFiles().length} dev reply files (check batches left out): ${items.filter((i) => i.label !== null).length} labelled sentences`,
      script: 'scripts/train-ack.ts',
      seed: SEED,
      folds: FOLDS,
      setting,
      steps: STEPS,
      minCount: MIN_COUNT,
      minBatches: MIN_BATCHES,
      threshold: t,
      model: fit(items, setting),
      crossValidated: {
        writtenPositiveRead: r.writtenPositive,
        writtenPositive: r.writtenPositiveN,
        writtenNearMissRead: r.writtenNegative,
        writtenNearMiss: r.writtenNegativeN,
        flaggedRepliesRead: r.flagged,
        flaggedReplies: r.flaggedN,
        warmUnmetRepliesRead: r.warmUnmet,
        warmUnmetReplies: r.warmUnmetN,
        writtenPositiveReadChosenElsewhere: sum.writtenPositive,
        writtenNearMissReadChosenElsewhere: sum.writtenNegative,
        flaggedRepliesReadChosenElsewhere: sum.flagged,
        warmUnmetRepliesReadChosenElsewhere: sum.warmUnmet,
        cardedFlaggedRead: r.flaggedFired,
        cardedFlagged: r.flaggedFiredN,
        cardedWarmRead: r.warmFired,
        cardedWarm: r.warmFiredN,
        cardedFlaggedReadChosenElsewhere: sum.flaggedFired,
        cardedWarmReadChosenElsewhere: sum.warmFired,
      },
    }),
  };
  writeModel('lib/engine/checks/acknowledges-model.json', file, dryRun);
}

main();
