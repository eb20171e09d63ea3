/**
 * `npm run train:classifier`: fits the learned sentence classifier and writes lib/engine/classify/model.json.
 *
 * Data, dev only (never an untouched split, never data/politeness — its README keeps it for measuring perception):
 * - data/replies/dev.jsonl, dev-extra-*.jsonl and data/layouts/dev.jsonl (warm replies in real layouts): each sentence of the agent's own text (as the analyzer reads it:
 *   body and list items, at least MIN_WORDS words), labelled with the principles of the must-flag phrases inside it;
 *   a sentence with none is a negative; a sentence holding only a may-flag phrase is left out;
 * - data/engagement-pairs/dev.jsonl: a sentence only the deflecting reply has is an `interaction` positive, the
 *   engaged reply's sentences are negatives;
 * - data/support-pairs/dev.jsonl: the warm replies' sentences are negatives (the cold ones' phrases name no principle);
 * - data/classify/*.jsonl, written for the classifier: kind and neutral replies in social, chat, e-mail and SMS voices
 *   (every sentence a negative, folded with the dev replies so cross-validation counts their false alarms) and
 *   cold-*.jsonl (one cold sentence each, with its principle: positives, always in the training folds).
 * Sentences the check abstains on (thanks, apology, offer of help: lib/engine/classify/abstain.ts) are neither trained
 * on nor flagged.
 * Model: one L2 logistic regression per principle (one-vs-rest, lib/engine/warmth/logistic.ts), features from
 * lib/engine/classify/features.ts. Chosen by k-fold cross-validation over the dev replies (folds by reply, seeded):
 * first the principle models' setting, by how often they name a principle of a cold dev sentence out of fold; then,
 * with those, the detector's: for each setting, the threshold is the lowest whose out-of-fold hints stay within every budget (WARM_HINT_BUDGET per
 * warm dev reply and KIND_HINT_BUDGET per kind reply of data/classify where no rule fired, and at least MIN_PRECISION of
 * its hints on cold and neutral dev replies on a phrase a lead flagged or accepts), and the setting that then catches
 * the most must-flag phrases the rules miss wins (ties: the more precise). Deterministic.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../lib/engine/analyzer';
import { isChannel } from '../lib/engine/channel';
import { CLASSIFIER_FORMAT, classify, type SentenceClassifier } from '../lib/engine/classify/model';
import { labelSentences, replySentences, type LabelledSentence, type Span } from '../lib/engine/classify/training';
import { learnedSentenceOptions } from '../lib/engine/classify/check';
import { PRINCIPLE_IDS, type PrincipleId } from '../lib/engine/principles';
import { fitLogistic, foldsOf, type Example, type FitOptions } from '../lib/engine/warmth/logistic';
import type { FeatureVector } from '../lib/engine/warmth/features';
import { evaluateReplies, locate, parseReplies, type ReplyCase } from '../lib/eval/replies';
import { defaultPack } from '../lib/rules/default';

export const SEED = 15;
export const FOLDS = 5;
/** Hints the learned check may add per warm reply in cross-validation (the eval's target is ≤ 0.2 in all). */
export const WARM_HINT_BUDGET = 0.02;
/** Hints per kind or neutral reply written for the classifier (data/classify), out of fold. */
export const KIND_HINT_BUDGET = 0.01;
/** Of its hints on cold and neutral dev replies, the share that must land on a phrase a lead flagged or accepts. */
export const MIN_PRECISION = 0.8;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHECK_DEFAULTS = learnedSentenceOptions.parse({});
const WHOLE_REPLY = new Set(['greeting', 'closing', 'acknowledgement', 'wall-of-text']);

interface DevReply {
  reply: ReplyCase;
  sentences: (LabelledSentence & { flagged: boolean; eligible: boolean })[];
  must: { phrase: string; span: Span; principle: PrincipleId; caughtByRules: boolean }[];
  may: Span[];
  /** One of the kind and neutral replies of data/classify: none of its sentences should be flagged. */
  forClassifier: boolean;
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];
const eligible = (s: { part: string; words: number; abstains: boolean }) => (s.part === 'body' || s.part === 'list-item') && s.words >= CHECK_DEFAULTS.minWords && !s.abstains;

function readJsonl<T>(path: string): T[] {
  return readFileSync(join(root, path), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

/** data/classify: kind and neutral replies (negatives, folded with the dev replies) and cold-*.jsonl (labelled cold sentences). */
function classifyFiles(): string[] {
  return readdirSync(join(root, 'data/classify')).filter((f) => f.endsWith('.jsonl')).sort();
}

function devReplies(): DevReply[] {
  const files = [
    'data/replies/dev.jsonl',
    ...readdirSync(join(root, 'data/replies')).filter((f) => /^dev-extra-[a-z0-9-]+\.jsonl$/.test(f)).sort().map((f) => `data/replies/${f}`),
    'data/layouts/dev.jsonl',
    // Kind and neutral replies written for the classifier (data/classify/README.md): every sentence a negative.
    ...classifyFiles().filter((f) => !f.startsWith('cold-')).map((f) => `data/classify/${f}`),
  ];
  // The rules as they are, without the learned check: what it adds is measured against them.
  const rules = defaultPack.rules.filter((r) => !(r.kind === 'structure' && r.check === 'learned-sentence'));
  const analyzer = createAnalyzer(rules);
  const checkOf = new Map(rules.flatMap((r) => (r.kind === 'structure' ? [[r.id, r.check] as const] : [])));
  return files.flatMap((f) => parseReplies(readFileSync(join(root, f), 'utf8')).map((reply) => ({ ...reply, mustFlag: reply.mustFlag ?? [], forClassifier: f.startsWith('data/classify/') }))).map(({ forClassifier, ...reply }) => {
    const { findings } = analyzer.analyze(reply.text, { customerMessage: reply.customerMessage, channel: isChannel(reply.channel) ? reply.channel : undefined });
    const missed = new Set(evaluateReplies(analyzer, rules, [reply]).missed.map((m) => `${m.principle}\u0000${m.phrase}`));
    const must = reply.mustFlag
      .filter((m) => !m.structural && m.phrase)
      .map((m) => {
        const at = locate(reply, m.phrase);
        return { phrase: m.phrase, span: [at, at + m.phrase.length] as Span, principle: m.principle as PrincipleId, caughtByRules: !missed.has(`${m.principle}\u0000${m.phrase}`) };
      });
    const may = (reply.mayFlag ?? []).map((p) => {
      const at = locate(reply, p);
      return [at, at + p.length] as Span;
    });
    const sentences = labelSentences(replySentences(reply.text), must, may).map((s) => ({
      ...s,
      flagged: findings.some((f) => !WHOLE_REPLY.has(checkOf.get(f.ruleId) ?? '') && overlaps([f.start, f.end], [s.start, s.end])),
      eligible: eligible(s),
    }));
    return { reply, sentences, must, may, forClassifier };
  });
}

interface Labelled {
  features: FeatureVector;
  labels: Set<PrincipleId>;
}

/** Dev material beside the replies, always in the training folds. */
function extraExamples(): Labelled[] {
  const out: Labelled[] = [];
  const sentencesOf = (text: string) => replySentences(text).filter(eligible);
  const pairs = readJsonl<{ pair: string; kind: string; text: string }>('data/engagement-pairs/dev.jsonl');
  for (const deflecting of pairs.filter((p) => p.kind === 'deflecting')) {
    const engaged = pairs.find((p) => p.pair === deflecting.pair && p.kind === 'engaged');
    const kept = new Set(engaged ? sentencesOf(engaged.text).map((s) => s.text) : []);
    for (const s of sentencesOf(deflecting.text)) if (!kept.has(s.text)) out.push({ features: s.features, labels: new Set(['interaction']) });
    if (engaged) for (const s of sentencesOf(engaged.text)) out.push({ features: s.features, labels: new Set() });
  }
  for (const warm of readJsonl<{ kind: string; text: string }>('data/support-pairs/dev.jsonl').filter((p) => p.kind === 'warm')) {
    for (const s of sentencesOf(warm.text)) out.push({ features: s.features, labels: new Set() });
  }
  // Cold habits written for the classifier, one sentence each with its principle (data/classify/README.md).
  for (const file of classifyFiles().filter((f) => f.startsWith('cold-'))) {
    for (const row of readJsonl<{ principle: string; text: string }>(`data/classify/${file}`)) {
      if (!(PRINCIPLE_IDS as readonly string[]).includes(row.principle)) throw new Error(`data/classify/${file}: unknown principle ${JSON.stringify(row.principle)}`);
      for (const s of sentencesOf(row.text)) out.push({ features: s.features, labels: new Set([row.principle as PrincipleId]) });
    }
  }
  return out;
}

function trainingSet(replies: readonly DevReply[]): Labelled[] {
  return replies.flatMap((r) => r.sentences.filter((s) => s.eligible && !s.ambiguous).map((s) => ({ features: s.features, labels: s.labels })));
}

/** The detector: every sentence, cold or not. */
function fitDetector(examples: readonly Labelled[], options: FitOptions) {
  return fitLogistic(examples.map((e) => ({ features: e.features, label: e.labels.size ? 1 : 0 })), options);
}

/** One model per principle, on the cold sentences only (one-vs-rest): the highest names the principle. */
function fitClasses(examples: readonly Labelled[], options: FitOptions): SentenceClassifier['classes'] {
  const cold = examples.filter((e) => e.labels.size);
  return PRINCIPLE_IDS.filter((p) => cold.some((e) => e.labels.has(p))).map((principle) => {
    const data: Example[] = cold.map((e) => ({ features: e.features, label: e.labels.has(principle) ? 1 : 0 }));
    const model = fitLogistic(data, options);
    return { principle, bias: model.bias, weights: model.weights };
  });
}

interface Outcome {
  threshold: number;
  gainedAimed: number;
  gainedAny: number;
  warmHints: number;
  neutralHints: number;
  coldHints: number;
  /** Hints on the kind and neutral replies written for the classifier (data/classify). */
  kindHints: number;
  /** Hints on a cold or neutral dev reply that land on a must-flag or may-flag phrase, and all such hints. */
  wanted: number;
  onColdOrNeutral: number;
}

/** What the learned check would add at a threshold, from each sentence's out-of-fold verdict. */
function outcomeAt(replies: readonly DevReply[], verdicts: Map<object, { principle: PrincipleId; probability: number }>, threshold: number): Outcome {
  const o: Outcome = { threshold, gainedAimed: 0, gainedAny: 0, warmHints: 0, neutralHints: 0, coldHints: 0, kindHints: 0, wanted: 0, onColdOrNeutral: 0 };
  for (const r of replies) {
    const hints = r.sentences
      .filter((s) => s.eligible && !s.flagged && verdicts.get(s)!.probability >= threshold)
      .sort((a, b) => verdicts.get(b)!.probability - verdicts.get(a)!.probability)
      .slice(0, CHECK_DEFAULTS.maxPerReply);
    if (r.forClassifier) {
      o.kindHints += hints.length;
      continue;
    }
    for (const m of r.must) {
      if (m.caughtByRules) continue;
      const on = hints.filter((s) => overlaps(m.span, [s.start, s.end]));
      if (on.length) o.gainedAny++;
      if (on.some((s) => verdicts.get(s)!.principle === m.principle)) o.gainedAimed++;
    }
    const accepted = (s: { start: number; end: number }) => r.may.some((m) => overlaps(m, [s.start, s.end])) || r.must.some((m) => overlaps(m.span, [s.start, s.end]));
    const unaccepted = hints.filter((s) => !accepted(s)).length;
    if (r.reply.tone === 'warm') o.warmHints += unaccepted;
    else {
      if (r.reply.tone === 'neutral') o.neutralHints += unaccepted;
      else o.coldHints += hints.length;
      o.onColdOrNeutral += hints.length;
      o.wanted += hints.length - unaccepted;
    }
  }
  return o;
}

/** A threshold ships only if its out-of-fold hints stay within every budget. */
function meetsBudgets(o: Outcome, warm: number, kind: number): boolean {
  return o.warmHints / warm <= WARM_HINT_BUDGET && o.kindHints / kind <= KIND_HINT_BUDGET && (o.onColdOrNeutral === 0 || o.wanted / o.onColdOrNeutral >= MIN_PRECISION);
}

/** Weights smaller than this change no verdict worth having and only grow the file the engine ships. */
const MIN_WEIGHT = 0.02;

/** Weights as the file keeps them: the tiny ones dropped, three decimals, largest first. */
function rounded(weights: Map<string, number>) {
  return Object.fromEntries(
    [...weights].filter(([, w]) => Math.abs(w) >= MIN_WEIGHT).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0].localeCompare(b[0])).map(([n, w]) => [n, Number(w.toFixed(3))]),
  );
}

const STEPS = 300;
/** A feature seen in fewer training sentences than this gets no weight (it keeps the file small). */
const MIN_COUNT = 2;
const THRESHOLDS = Array.from({ length: 37 }, (_, i) => Number((0.3 + i * 0.0175).toFixed(4)));

/** The training folds' examples for each fold (folds by reply, seeded), with the extras always in. */
function foldTraining(replies: readonly DevReply[], extras: readonly Labelled[]) {
  const fold = foldsOf(replies.length, FOLDS, SEED);
  return { fold, training: Array.from({ length: FOLDS }, (_, f) => [...trainingSet(replies.filter((_, i) => fold[i] !== f)), ...extras]) };
}

/**
 * Naming the principle, cross-validated on its own: how often the out-of-fold principle models name one of the
 * principles of a cold dev sentence (every one, caught by a rule or not: the held-out phrases are all new to it).
 */
function crossValidateNaming(replies: readonly DevReply[], folds: ReturnType<typeof foldTraining>, options: FitOptions) {
  const classes = folds.training.map((examples) => fitClasses(examples, options));
  let right = 0;
  let cold = 0;
  replies.forEach((r, i) => {
    for (const s of r.sentences) {
      if (!s.eligible || s.ambiguous || !s.labels.size) continue;
      cold++;
      if (s.labels.has(classify({ threshold: 0.5, detector: { bias: 0, weights: new Map() }, classes: classes[folds.fold[i]!]! }, s.features).principle)) right++;
    }
  });
  return { classes, right, cold };
}

function crossValidate(replies: readonly DevReply[], folds: ReturnType<typeof foldTraining>, classes: readonly SentenceClassifier['classes'][], options: FitOptions) {
  const verdicts = new Map<object, { principle: PrincipleId; probability: number }>();
  for (let f = 0; f < FOLDS; f++) {
    const detector = fitDetector(folds.training[f]!, options);
    const model: SentenceClassifier = { threshold: 0.5, detector, classes: classes[f]! };
    replies.forEach((r, i) => {
      if (folds.fold[i] === f) for (const s of r.sentences) verdicts.set(s, classify(model, s.features));
    });
  }
  const warm = replies.filter((r) => !r.forClassifier && r.reply.tone === 'warm').length;
  const kind = replies.filter((r) => r.forClassifier).length;
  const outcomes = THRESHOLDS.map((t) => outcomeAt(replies, verdicts, t));
  const chosen = outcomes.find((o) => meetsBudgets(o, warm, kind)) ?? outcomes[outcomes.length - 1]!;
  return { chosen, outcomes, warm, kind };
}

function main() {
  const replies = devReplies();
  const extras = extraExamples();
  const must = replies.reduce((n, r) => n + r.must.length, 0);
  const byRules = replies.reduce((n, r) => n + r.must.filter((m) => m.caughtByRules).length, 0);
  const warm = replies.filter((r) => !r.forClassifier && r.reply.tone === 'warm').length;
  const neutral = replies.filter((r) => !r.forClassifier && r.reply.tone === 'neutral').length;
  const kind = replies.filter((r) => r.forClassifier).length;
  const examples = trainingSet(replies);
  console.log(`dev replies ${replies.length} (${warm} warm, ${neutral} neutral, ${kind} written for the classifier); ${examples.length} sentences (${examples.filter((e) => e.labels.size).length} positive) + ${extras.length} from the pairs`);
  console.log(`must-flag phrases ${must}; caught by a rule aimed at them ${byRules} (${((100 * byRules) / must).toFixed(1)}%)`);
  const folds = foldTraining(replies, extras);
  const grid: FitOptions[] = [];
  for (const lambda of [0.001, 0.003, 0.01]) for (const wordLambdaFactor of [1, 3]) grid.push({ lambda, wordLambdaFactor, steps: STEPS, minCount: MIN_COUNT });
  // The principle models first, chosen by how often they name the right principle out of fold; the detector's
  // setting and threshold are then chosen with them, by what the check adds.
  let naming: { options: FitOptions; cv: ReturnType<typeof crossValidateNaming> } | null = null;
  for (const options of grid) {
    const cv = crossValidateNaming(replies, folds, options);
    console.log(`  naming, lambda ${options.lambda} word×${options.wordLambdaFactor}: right principle on ${cv.right}/${cv.cold} cold dev sentences out of fold (${((100 * cv.right) / cv.cold).toFixed(1)}%)`);
    if (!naming || cv.right > naming.cv.right) naming = { options, cv };
  }
  let best: { options: FitOptions; cv: ReturnType<typeof crossValidate> } | null = null;
  for (const options of grid) {
    const cv = crossValidate(replies, folds, naming!.cv.classes, options);
    const c = cv.chosen;
    console.log(`  detector, lambda ${options.lambda} word×${options.wordLambdaFactor}: threshold ${c.threshold} → +${c.gainedAimed} aimed (+${c.gainedAny} any), ${(c.warmHints / warm).toFixed(3)} hints/warm, ${(c.neutralHints / neutral).toFixed(3)} hints/neutral, ${(c.kindHints / kind).toFixed(3)} hints/kind, precision ${c.wanted}/${c.onColdOrNeutral}`);
    const precision = (o: Outcome) => (o.onColdOrNeutral ? o.wanted / o.onColdOrNeutral : 1);
    if (!best || c.gainedAimed > best.cv.chosen.gainedAimed || (c.gainedAimed === best.cv.chosen.gainedAimed && precision(c) > precision(best.cv.chosen))) best = { options, cv };
  }
  const { options, cv } = best!;
  const c = cv.chosen;
  const namingOptions = naming!.options;
  if (process.argv.includes('--curve')) for (const o of cv.outcomes) console.log(`    t ${o.threshold}: +${o.gainedAimed} aimed, ${o.warmHints} warm, ${o.neutralHints} neutral, ${o.coldHints} cold, ${o.kindHints} kind hints; ${o.wanted}/${o.onColdOrNeutral} wanted`);
  const all = [...examples, ...extras];
  const model: SentenceClassifier = { threshold: c.threshold, detector: fitDetector(all, options), classes: fitClasses(all, namingOptions) };
  const file = {
    format: CLASSIFIER_FORMAT,
    version: 1,
    trainedOn: `dev only: data/replies/dev*.jsonl and data/layouts/dev.jsonl (${replies.length} replies, ${examples.length} sentences), data/engagement-pairs/dev.jsonl, data/support-pairs/dev.jsonl warm replies (${extras.length} sentences); data/classify/*.jsonl (${kind} kind and neutral replies)`,
    script: 'scripts/train-classifier.ts',
    seed: SEED,
    folds: FOLDS,
    lambda: options.lambda,
    wordLambdaFactor: options.wordLambdaFactor,
    principleLambda: namingOptions.lambda,
    principleWordLambdaFactor: namingOptions.wordLambdaFactor,
    steps: options.steps!,
    minCount: options.minCount!,
    threshold: c.threshold,
    crossValidated: {
      mustFlagPhrases: must,
      aimedByRules: byRules,
      aimedWithLearned: byRules + c.gainedAimed,
      anyAddedByLearned: c.gainedAny,
      coldSentences: naming!.cv.cold,
      principleNamedRight: naming!.cv.right,
      warmReplies: warm,
      learnedHintsPerWarmReply: Number((c.warmHints / warm).toFixed(3)),
      learnedHintsPerNeutralReply: Number((c.neutralHints / neutral).toFixed(3)),
      kindReplies: kind,
      learnedHintsPerKindReply: Number((c.kindHints / kind).toFixed(3)),
      hintsOnColdOrNeutralReplies: c.onColdOrNeutral,
      ofThemOnAFlaggedOrAcceptedPhrase: c.wanted,
    },
    detector: { bias: Number(model.detector.bias.toFixed(4)), weights: rounded(model.detector.weights) },
    classes: model.classes.map((k) => ({ principle: k.principle, bias: Number(k.bias.toFixed(4)), weights: rounded(k.weights) })),
  };
  writeFileSync(join(root, 'lib/engine/classify/model.json'), `${JSON.stringify(file, null, 1)}\n`);
  const weights = file.classes.reduce((n, k) => n + Object.keys(k.weights).length, Object.keys(file.detector.weights).length);
  console.log(`chosen: detector lambda ${options.lambda} word×${options.wordLambdaFactor}, principles lambda ${namingOptions.lambda} word×${namingOptions.wordLambdaFactor}, threshold ${c.threshold}: dev aimed recall ${byRules}/${must} → ${byRules + c.gainedAimed}/${must} in ${FOLDS}-fold CV; ${weights} weights written to lib/engine/classify/model.json`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
