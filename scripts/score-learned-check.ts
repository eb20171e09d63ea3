/**
 * Scores a learned-check model file on batches of replies, as totals, the way the check runs (lib/engine/classify/
 * check.ts): the agent's body and list-item sentences of at least `minWords` words where no phrase rule or sentence
 * check flagged anything and the check does not abstain, a hint where the detector reaches the threshold, the surest
 * `maxPerReply` per reply. Two models side by side compare a refit with the shipped one on the same replies.
 *
 *   npx tsx scripts/score-learned-check.ts --model lib/engine/classify/model.json --model /tmp/new.json <file.jsonl>...
 *   npx tsx scripts/score-learned-check.ts --model … --read --social data/real-social-replies/dev.jsonl
 *
 * Labelled batches (data/replies format): hints, hints on a must-flag phrase (and with its principle), must-flag
 * phrases the rules miss that a hint catches, hints on warm replies per warm reply. `--social <file>`: unlabelled real
 * replies read as social; `--read` prints every hint (dev data only: never a check batch, never an untouched split).
 * The `r:` features and whether a sentence is already flagged come from the rules' findings before the analyzer's last
 * filters, as the engine's check reads them (rule-context.ts); `--final-context` reads both from the final findings
 * instead (how training read the `r:` features until session 43, and the flagged sentences until session 44).
 */
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../lib/engine/analyzer';
import { isChannel } from '../lib/engine/channel';
import { learnedSentenceOptions } from '../lib/engine/classify/check';
import { classify, loadClassifier, type SentenceClassifier } from '../lib/engine/classify/model';
import { replySentences } from '../lib/engine/classify/training';
import { flaggedSentence, ruleContextFeatures } from '../lib/engine/classify/rule-context';
import { evaluateReplies, locate, parseReplies, type ReplyCase } from '../lib/eval/replies';
import { defaultPack } from '../lib/rules/default';
import { caseListingRefusal } from '../lib/eval/check-batches';

const CHECK = learnedSentenceOptions.parse({});
const WHOLE_REPLY = new Set(['greeting', 'closing', 'acknowledgement', 'wall-of-text']);
const FINAL_CONTEXT = process.argv.includes('--final-context');
const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];

const rules = defaultPack.rules.filter((r) => !(r.kind === 'structure' && r.check === 'learned-sentence'));
const analyzer = createAnalyzer(rules);
const checkOf = new Map(rules.flatMap((r) => (r.kind === 'structure' ? [[r.id, r.check] as const] : [])));

interface Hint {
  start: number;
  end: number;
  text: string;
  principle: string;
  probability: number;
}

/** The reply's sentences the check may speak on, with what the rules found (computed once, shared by every model). */
function prepare(reply: { text: string; channel?: string; customerMessage?: string }) {
  const { findings, ruleFlags = [] } = analyzer.analyze(reply.text, { customerMessage: reply.customerMessage, channel: isChannel(reply.channel) ? reply.channel : undefined, reportRuleFlags: true });
  const finalFlags = findings.filter((f) => !WHOLE_REPLY.has(checkOf.get(f.ruleId) ?? '')).map(({ start, end, principle }) => ({ start, end, principle }));
  // What the rules flagged, in the sentence and in the reply's other sentences (`r:`), as the check reads it
  // (rule-context.ts): the findings before the analyzer's last filters (`Analysis.ruleFlags`); `--final-context` reads the
  // final findings.
  const context = FINAL_CONTEXT ? finalFlags : ruleFlags;
  const sentences = replySentences(reply.text).filter((s) => (s.part === 'body' || s.part === 'list-item') && s.words >= CHECK.minWords && !s.abstains && !flaggedSentence(context, s.start, s.end));
  return sentences.map((s) => ({ ...s, features: new Map([...s.features, ...ruleContextFeatures(context, s.start, s.end)]) }));
}

function hintsOf(model: SentenceClassifier, sentences: ReturnType<typeof prepare>): Hint[] {
  return sentences
    .map((s) => ({ s, v: classify(model, s.features) }))
    .filter(({ v }) => v.probability >= model.threshold)
    .sort((a, b) => b.v.probability - a.v.probability)
    .slice(0, CHECK.maxPerReply)
    .map(({ s, v }) => ({ start: s.start, end: s.end, text: s.text, principle: v.principle, probability: v.probability }));
}

function argValues(name: string): string[] {
  const out: string[] = [];
  process.argv.forEach((a, i) => {
    if (a === name && process.argv[i + 1]) out.push(process.argv[i + 1]!);
  });
  return out;
}

const modelPaths = argValues('--model');
if (!modelPaths.length) throw new Error('--model <model.json> (one or more)');
const models = modelPaths.map((p) => ({ path: p, model: loadClassifier(JSON.parse(readFileSync(p, 'utf8'))) }));
const read = process.argv.includes('--read');
const socialFiles = argValues('--social');
const flagged = new Set(['--model', '--social']);
const files = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !flagged.has(all[i - 1] ?? ''));
const listingRefused = read && caseListingRefusal(files);
if (listingRefused) {
  console.error(listingRefused);
  process.exit(2);
}

for (const file of files) {
  // data/classify files carry no annotations: every sentence a negative.
  const replies: ReplyCase[] = parseReplies(readFileSync(file, 'utf8')).map((r) => ({ ...r, mustFlag: r.mustFlag ?? [] }));
  const prepared = replies.map((reply) => {
    const missed = new Set(evaluateReplies(analyzer, rules, [reply]).missed.map((m) => `${m.principle}\u0000${m.phrase}`));
    const must = reply.mustFlag
      .filter((m) => !m.structural && m.phrase)
      .map((m) => {
        const at = locate(reply, m.phrase);
        return { span: [at, at + m.phrase.length] as const, principle: m.principle, missedByRules: missed.has(`${m.principle}\u0000${m.phrase}`) };
      });
    const may = (reply.mayFlag ?? []).map((phrase) => {
      const at = locate(reply, phrase);
      return [at, at + phrase.length] as const;
    });
    return { reply, must, may, sentences: prepare(reply) };
  });
  const warmReplies = replies.filter((r) => r.tone === 'warm').length;
  const missedByRules = prepared.reduce((n, p) => n + p.must.filter((m) => m.missedByRules).length, 0);
  for (const { path, model } of models) {
    let hints = 0;
    let onMust = 0;
    let aimedOnMust = 0;
    let gained = 0;
    let gainedAimed = 0;
    let warm = 0;
    let onColdOrNeutral = 0;
    let wanted = 0;
    for (const p of prepared) {
      const found = hintsOf(model, p.sentences);
      hints += found.length;
      if (p.reply.tone === 'warm') warm += found.length;
      for (const h of found) {
        const on = p.must.filter((m) => overlaps(m.span, [h.start, h.end]));
        if (p.reply.tone !== 'warm') {
          onColdOrNeutral++;
          if (on.length || p.may.some((m) => overlaps(m, [h.start, h.end]))) wanted++;
        }
        if (on.length) onMust++;
        if (on.some((m) => m.principle === h.principle)) aimedOnMust++;
      }
      for (const m of p.must.filter((x) => x.missedByRules)) {
        const on = found.filter((h) => overlaps(m.span, [h.start, h.end]));
        if (on.length) gained++;
        if (on.some((h) => h.principle === m.principle)) gainedAimed++;
      }
    }
    console.log(
      `${file} [${path}]: ${replies.length} replies (${warmReplies} warm): ${hints} hints, ${onMust} on a must-flag phrase (${aimedOnMust} with its principle); rules' misses caught ${gained}/${missedByRules} (${gainedAimed} with their principle); on cold and neutral replies ${wanted}/${onColdOrNeutral} on a must- or may-flag phrase; ${warm} hints on warm replies (${(warm / Math.max(1, warmReplies)).toFixed(3)} per warm reply)`,
    );
  }
}

for (const file of socialFiles) {
  const replies = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; org?: string; text: string; customerMessage?: string });
  const prepared = replies.map((r) => ({ r, sentences: prepare({ ...r, channel: 'social' }) }));
  for (const { path, model } of models) {
    let hints = 0;
    for (const { r, sentences } of prepared) {
      for (const h of hintsOf(model, sentences)) {
        hints++;
        if (read) console.log(`  [${path}] ${r.org ?? ''} ${r.id} ${h.principle} ${h.probability.toFixed(3)}: ${h.text}`);
      }
    }
    console.log(`${file} as social [${path}]: ${replies.length} replies, ${hints} hints (${(hints / replies.length).toFixed(3)} per reply)`);
  }
}
