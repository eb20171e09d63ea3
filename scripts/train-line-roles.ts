/**
 * `npm run train:lines`: fits the learned line-role fallback of the reply-structure pass and writes
 * lib/engine/structure/line-roles.json (session 31).
 *
 * Data, dev only: data/layouts/dev.jsonl and dev-extra-*.jsonl, data/replies/dev.jsonl and dev-extra-*.jsonl, leaving out
 * every check batch (lib/eval/check-batches.ts) and every untouched file. Each reply is read by the hand-written rules
 * (readLineKinds); the lines of its tail block (line-roles.ts: tailCandidates, the lines the fallback would score) are
 * the examples, labelled not-agent when the line's first visible character lies inside one of the reply's
 * `notAgentText` spans (signature, footer, quote, code), as the eval's "misread" figure reads them; a short line so
 * labelled in data/replies is left out (isSignedNameLabel: there a signed name is signature, in data/layouts the agent's).
 * The rules leave almost nothing there on dev, so each reply is also read with the rules' signature and footer taken
 * away (ablatedCandidates, counting ABLATED_WEIGHT each; `--ablate-sign-off` takes the sign-off away too), and the
 * figures say how much of those the fallback gives back out of fold.
 * Model: L2 logistic regression (lib/engine/warmth/logistic.ts). Cross-validated over folds of whole batches (one file,
 * or a third of data/replies/dev.jsonl: lib/engine/classify/folds.ts), seeded, so out of fold means a batch another
 * hand wrote. The threshold is the lowest on the grid at which the fallback, run out of fold, hides no line of the
 * agent's own text (MAX_FALSE_HIDES): a hidden line of agent text hides real findings. Deterministic.
 *
 *   npx tsx scripts/train-line-roles.ts [--dry] [--list] [--ablated=0.3] [--ablate-sign-off]
 *
 * The engine does not run the fallback (line-roles.ts: not shipped). `--list` prints the dev tail lines that are not the agent's or that the
 * model scores 0.5 or more out of fold (dev only: no check batch is read).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLineKinds } from '../lib/engine/structure/read-structure';
import { LINE_ROLES_FORMAT, lineRoleFeatures, tailCandidates, type FeatureVector, type LineKind } from '../lib/engine/structure/line-roles';
import type { Line } from '../lib/engine/structure/lines';
import { fitLogistic, predict, type Example, type LinearModel } from '../lib/engine/warmth/logistic';
import { chosenElsewhere, groupedFolds } from '../lib/engine/classify/folds';
import { isCheckBatch } from '../lib/eval/check-batches';
import { notAgentSpans, parseJsonl, type ReplyCase } from '../lib/eval/structure';

const SEED = 31;
const FOLDS = 5;
const LAMBDA = 0.001;
const WORD_LAMBDA_FACTOR = 3;
const STEPS = 300;
const MIN_COUNT = 3;
/** Lines of the agent's own text the fallback may hide out of fold, over all dev replies. */
const MAX_FALSE_HIDES = 0;
const GRID = Array.from({ length: 50 }, (_, i) => (50 + i) / 100);
/** Chosen by cross-validation among 0 (none), 0.3 and 1: the most lines found out of fold with the rules' signature and footer taken away, at a threshold hiding no agent line of a real tail. */
const ABLATED_DEFAULT = 0.3;
const ABLATE_SIGN_OFF = process.argv.includes('--ablate-sign-off');
/** How much a line of a reply read with the rules' signature and footer taken away counts beside a real tail line. */
const ABLATED_WEIGHT = Number(process.argv.find((a) => a.startsWith('--ablated='))?.slice('--ablated='.length) ?? ABLATED_DEFAULT);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const DEV_EXTRA = /^dev-extra-[a-z0-9-]+\.jsonl$/;

function files(folder: string): string[] {
  const extra = readdirSync(join(root, 'data', folder)).filter((f) => DEV_EXTRA.test(f) && !isCheckBatch(`${folder}/${f}`)).sort();
  return [`data/${folder}/dev.jsonl`, ...extra.map((f) => `data/${folder}/${f}`)];
}

interface Candidate {
  features: FeatureVector;
  notAgent: boolean;
  /** The line's text, for `--list` (dev lines only: no check batch is read). */
  head: string;
}
interface Reply {
  batch: string;
  /** The tail block, bottom up. */
  candidates: Candidate[];
  /** The tail block had the rules missed the signature and footer (ablatedCandidates). */
  ablated: Candidate[];
}

function lineLabels(c: ReplyCase, lines: readonly Line[]): boolean[] {
  const spans = notAgentSpans(c);
  return lines.map((l) => !l.blank && spans.some(([s, e]) => s <= l.contentStart && l.contentStart < e));
}

/** Words of a line short enough to be a signed name or a team's name ("Faith", "Ward 7 Team", "Tipi Co. Logistics"). */
const MAX_SIGNED_WORDS = 5;
const CONTACT = /@|https?:|www\.|\d{4,}/;

/**
 * data/replies marks a name signed under the body as signature; data/layouts reads it as the agent's signed name, a
 * sign-off the pack coaches (its README: "The Returns Team" is the agent's). A short line so labelled in data/replies is
 * neither a positive nor a negative: left out, so the two conventions do not fight in the model.
 */
const isSignedNameLabel = (file: string, head: string, notAgent: boolean) =>
  notAgent && file.startsWith('data/replies/') && head.split(/\s+/).length <= MAX_SIGNED_WORDS && !CONTACT.test(head);

function readReplies(): Reply[] {
  const out: Reply[] = [];
  for (const file of [...files('layouts'), ...files('replies')]) {
    const cases = parseJsonl(readFileSync(join(root, file), 'utf8'), file);
    cases.forEach((c, index) => {
      const batch = file === 'data/replies/dev.jsonl' ? `${file}#${Math.floor((index * 3) / cases.length)}` : file;
      const { lines, kinds, inline, inlineFooter } = readLineKinds(c.text, { customerMessage: c.customerMessage });
      const labels = lineLabels(c, lines);
      const candidates = tailCandidates(lines, kinds, inline?.line ?? inlineFooter?.line ?? null)
        .filter(({ line }) => !isSignedNameLabel(file, lines[line]!.head, labels[line]!))
        .map(({ line, fromEnd }) => ({ features: lineRoleFeatures(lines, kinds, line, fromEnd), notAgent: labels[line]!, head: lines[line]!.head }));
      const stop = inline?.line ?? inlineFooter?.line ?? null;
      const ablated = ablatedCandidates(lines, kinds, labels, stop).filter((c) => !isSignedNameLabel(file, c.head, c.notAgent));
      out.push({ batch, candidates, ablated });
    });
  }
  return out;
}

/**
 * The reply read as if the rules had missed its signature and footer (every line they marked so read as the agent's
 * again): the tail block the fallback would then see, with each line's label. What the rules catch on dev stands in
 * for what they miss on voices nobody tuned for.
 */
function ablatedCandidates(lines: readonly Line[], kinds: readonly LineKind[], labels: readonly boolean[], stopLine: number | null): Candidate[] {
  const taken = (k: LineKind) => k === 'signature' || k === 'footer' || (ABLATE_SIGN_OFF && k === 'sign-off');
  if (!kinds.some(taken)) return [];
  const asAgent = kinds.map((k): LineKind => (taken(k) ? 'agent' : k));
  return tailCandidates(lines, asAgent, stopLine).map(({ line, fromEnd }) => ({
    features: lineRoleFeatures(lines, asAgent, line, fromEnd),
    notAgent: labels[line]!,
    head: lines[line]!.head,
  }));
}

const examplesOf = (replies: readonly Reply[]): Example[] =>
  replies.flatMap((r) => [
    ...r.candidates.map((c): Example => ({ features: c.features, label: c.notAgent ? 1 : 0 })),
    ...(ABLATED_WEIGHT > 0 ? r.ablated.map((c): Example => ({ features: c.features, label: c.notAgent ? 1 : 0, weight: ABLATED_WEIGHT })) : []),
  ]);

const fit = (replies: readonly Reply[]): LinearModel => fitLogistic(examplesOf(replies), { lambda: LAMBDA, wordLambdaFactor: WORD_LAMBDA_FACTOR, steps: STEPS, minCount: MIN_COUNT });

interface Tally {
  hidden: number;
  falseHides: number;
  repliesHit: number;
  repliesWrong: number;
}

/** The fallback at `threshold` on scored tails (bottom up: it stops at the first line under the threshold). */
function tally(tails: readonly { p: number; notAgent: boolean }[][], threshold: number): Tally {
  const t: Tally = { hidden: 0, falseHides: 0, repliesHit: 0, repliesWrong: 0 };
  for (const tail of tails) {
    let k = 0;
    while (k < tail.length && tail[k]!.p >= threshold) k++;
    const marked = tail.slice(0, k);
    const right = marked.filter((m) => m.notAgent).length;
    t.hidden += right;
    t.falseHides += k - right;
    if (right) t.repliesHit++;
    if (k - right) t.repliesWrong++;
  }
  return t;
}

const replies = readReplies();
const groups = replies.map((r) => r.batch);
const fold = groupedFolds(groups, FOLDS, SEED);
const missedLines = replies.reduce((n, r) => n + r.candidates.filter((c) => c.notAgent).length, 0);
const ablatedMissed = replies.reduce((n, r) => n + r.ablated.filter((c) => c.notAgent).length, 0);
const candidateLines = replies.reduce((n, r) => n + r.candidates.length, 0);
console.log(`${replies.length} dev replies in ${new Set(groups).size} batches; ${candidateLines} tail lines the rules read as body, ${missedLines} of them not the agent's`);

const oof: { p: number; notAgent: boolean }[][] = replies.map(() => []);
const oofAblated: { p: number; notAgent: boolean }[][] = replies.map(() => []);
for (let f = 0; f < FOLDS; f++) {
  const model = fit(replies.filter((_, i) => fold[i] !== f));
  replies.forEach((r, i) => {
    if (fold[i] !== f) return;
    const score = (c: Candidate) => ({ p: predict(model, c.features), notAgent: c.notAgent });
    oof[i] = r.candidates.map(score);
    oofAblated[i] = r.ablated.map(score);
  });
}
if (args.has('--list'))
  replies.forEach((r, i) => r.candidates.forEach((c, k) => {
    if (c.notAgent || oof[i]![k]!.p >= 0.5) console.log(`  ${r.batch} ${c.notAgent ? 'not-agent' : 'agent    '} ${oof[i]![k]!.p.toFixed(3)} ${c.head.slice(0, 90)}`);
  }));
for (const t of [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]) {
  const s = tally(oof, t);
  const a = tally(oofAblated, t);
  console.log(`  out of fold at ${t.toFixed(2)}: hides ${s.hidden} not-agent lines in ${s.repliesHit} replies, ${s.falseHides} agent lines in ${s.repliesWrong}; rules' signature and footer taken away: hides ${a.hidden} of ${ablatedMissed}, ${a.falseHides} agent lines in ${a.repliesWrong}`);
}
const choose = (tails: readonly { p: number; notAgent: boolean }[][]) => GRID.find((t) => tally(tails, t).falseHides <= MAX_FALSE_HIDES) ?? 1;
const threshold = choose(oof);
const chosen = tally(oof, threshold);
// The threshold's own figures, chosen on the other folds and scored on the fold left out.
const elsewhere = chosenElsewhere(
  FOLDS,
  (held) => choose(oof.map((t, i) => (fold[i] === held ? [] : t))),
  (t, f) => tally(oof.map((x, i) => (fold[i] === f ? x : [])), t),
);
const sum = (k: keyof Tally) => elsewhere.reduce((n, e) => n + e.score[k], 0);
const chosenAblated = tally(oofAblated, threshold);
console.log(`threshold ${threshold.toFixed(2)}: out of fold hides ${chosen.hidden} not-agent lines in ${chosen.repliesHit} replies, ${chosen.falseHides} agent lines; rules' signature and footer taken away: ${chosenAblated.hidden} of ${ablatedMissed}, ${chosenAblated.falseHides} agent lines`);
console.log(`chosen on the other folds: thresholds ${elsewhere.map((e) => e.choice.toFixed(2)).join(' ')}; hides ${sum('hidden')} not-agent lines, ${sum('falseHides')} agent lines in ${sum('repliesWrong')} replies`);

if (!args.has('--dry')) {
  const model = fit(replies);
  const weights = Object.fromEntries(
    [...model.weights]
      .filter(([, w]) => Math.abs(w) >= 0.001)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([n, w]) => [n, Math.round(w * 1e4) / 1e4]),
  );
  const file = {
    format: LINE_ROLES_FORMAT,
    version: 1,
    trainedOn: 'data/layouts and data/replies dev*.jsonl, check batches and untouched files left out',
    script: 'scripts/train-line-roles.ts',
    seed: SEED,
    folds: FOLDS,
    lambda: LAMBDA,
    wordLambdaFactor: WORD_LAMBDA_FACTOR,
    steps: STEPS,
    minCount: MIN_COUNT,
    threshold,
    crossValidated: {
      replies: replies.length,
      tailLines: candidateLines,
      notAgentTailLines: missedLines,
      ablatedWeight: ABLATED_WEIGHT,
      hidden: chosen.hidden,
      falseHides: chosen.falseHides,
      elsewhereHidden: sum('hidden'),
      elsewhereFalseHides: sum('falseHides'),
      ablatedNotAgentLines: ablatedMissed,
      ablatedHidden: chosenAblated.hidden,
      ablatedFalseHides: chosenAblated.falseHides,
    },
    bias: Math.round(model.bias * 1e4) / 1e4,
    weights,
  };
  writeFileSync(join(root, 'lib/engine/structure/line-roles.json'), `${JSON.stringify(file, null, 1)}\n`);
  console.log(`wrote lib/engine/structure/line-roles.json: ${Object.keys(weights).length} weights`);
}
