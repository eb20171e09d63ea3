/**
 * `npx tsx scripts/bench-floor.ts`: the floor under the whole analysis (#12 item 4, target ≤ 0.5× alex) — what
 * compromise alone costs on the bench's texts, beside alex, in one process, the tools taking turns on each text:
 *   (a) `nlp.tokenize(text)`: split only (sentences, terms, contractions), no tagging;
 *   (b) `nlp(text)`: compromise's whole pipeline (the tags every rule with a #Tag reads); (b0) less the chunker, as
 *       `tagSentence` tags; (b1) each sentence alone, less the chunker, as the engine tags (one document per
 *       sentence); (b2) the same with the customer's message's sentences (real replies: what the engine reads);
 *   (c) trimmed pipelines: (c1) without the post-tagger (its few hundred match rules) and the chunker,
 *       (c2) the lexicon alone (no pre-tagger either: only words compromise knows get a tag);
 *   (d) Rapport's whole analysis, cold (every cache emptied before each text, rules compiled once), as `bench.ts`.
 * Each ratio is given by median wall time and by summed CPU time (the steadier on a shared machine).
 * Then compromise's pipeline step by step (each compute step timed on its own, summed over the texts).
 * Every memory of split and tagged text is emptied before each tool's turn, so nothing is reused between tools.
 * `FLOOR_TYPICAL` / `FLOOR_LONG`: how many typical replies / long drafts (default 300 / 20; the bench's first
 * 300 and 20 of its 1,000 and 60). The real replies are the 189 of data/replies/dev.jsonl, Rapport reading each with
 * its customer's message (as bench.ts), the other tools the reply alone.
 */
import { loadavg } from 'node:os';
import { text as alex } from 'alex';
import { createAnalyzer } from '../lib/engine/analyzer';
import { forgetTaggedSentences, nlp } from '../lib/nlp/nlp';
import { defaultPack } from '../lib/rules/default';
import { devReplies, longDrafts, typicalReplies } from './bench-texts';

const world = nlp.world() as { hooks: string[] };
const fullHooks = [...world.hooks];
const without = (...steps: string[]) => fullHooks.filter((h) => !steps.includes(h));
const upTo = (step: string) => fullHooks.slice(0, fullHooks.indexOf(step) + 1);

/** `nlp(text)` running only these compute steps (compromise runs `world.hooks` on every new document). */
function tagWith(hooks: string[], text: string): unknown {
  const all = world.hooks;
  world.hooks = hooks;
  try {
    return nlp(text);
  } finally {
    world.hooks = all;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
type Tool = readonly [label: string, run: (t: string) => unknown];

/** A text's sentences and lines (outside the timing): roughly the engine's split, one compromise document each. */
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim());
const sentenceMemo = new Map<string, string[]>();
const sentencesIn = (text: string | undefined) => (text === undefined ? [] : (sentenceMemo.get(text) ?? sentenceMemo.set(text, sentencesOf(text)).get(text)!));
const tagEach = (sentences: string[]) => {
  forgetTaggedSentences();
  for (const s of sentences) tagWith(without('chunks'), s);
};

const analyzer = createAnalyzer(defaultPack);
let messageOf = new Map<string, string | undefined>();
const tools: Tool[] = [
  ['alex', (t) => alex(t)],
  ['(a) nlp.tokenize(text): split, no tags', (t) => (forgetTaggedSentences(), (nlp as unknown as { tokenize(t: string): unknown }).tokenize(t))],
  ['(b) nlp(text): whole pipeline', (t) => (forgetTaggedSentences(), nlp(t))],
  ['(b0) nlp(text) less the chunker', (t) => (forgetTaggedSentences(), tagWith(without('chunks'), t))],
  ['(b1) each sentence alone, less chunker', (t) => tagEach(sentencesIn(t))],
  ['(b2) (b1) + customer message', (t) => tagEach([...sentencesIn(t), ...sentencesIn(messageOf.get(t))])],
  ['(c1) no postTagger, no chunks', (t) => (forgetTaggedSentences(), tagWith(without('postTagger', 'chunks'), t))],
  ['(c2) lexicon only (no pre/postTagger)', (t) => (forgetTaggedSentences(), tagWith(upTo('lexicon'), t))],
  ['(d) Rapport, whole analysis, cold', (t) => (analyzer.clearCache(), analyzer.analyze(t, { customerMessage: messageOf.get(t) }))],
];

/**
 * Per tool, the median wall time per text and the CPU time of the process summed over the texts, the tools taking
 * turns on each text (a load that comes and goes weighs on every tool alike), the first tool rotating. On a shared
 * machine the CPU sums are the figure to read: a text's wall time includes the time the process waited for a core.
 */
function timeTogether(texts: string[]): { wall: number[]; cpu: number[] } {
  for (const t of texts.slice(0, 20)) for (const [, run] of tools) run(t); // warm up the JIT
  const times = tools.map((): number[] => []);
  const cpu = tools.map(() => 0);
  for (const [k, t] of texts.entries()) {
    // Each text starts with the next tool, so no tool always follows the same one (and pays for its garbage).
    for (let j = 0; j < tools.length; j++) {
      const i = (k + j) % tools.length;
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      tools[i]![1](t);
      times[i]!.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu[i]! += (used.user + used.system) / 1000;
    }
  }
  return { wall: times.map(median), cpu };
}

/** Each compute step of the whole pipeline timed on its own, summed over the texts: step → ms. */
function stepCosts(texts: string[]): Map<string, number> {
  const cost = new Map<string, number>([['split (tokenize.fromString)', 0], ...fullHooks.map((h) => [h, 0] as [string, number])]);
  for (const t of texts) {
    forgetTaggedSentences();
    let start = performance.now();
    const doc = tagWith([], t) as { compute(step: string): void };
    cost.set('split (tokenize.fromString)', cost.get('split (tokenize.fromString)')! + performance.now() - start);
    for (const step of fullHooks) {
      start = performance.now();
      doc.compute(step);
      cost.set(step, cost.get(step)! + performance.now() - start);
    }
  }
  return cost;
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' / ');
console.log(`load average at start: ${load()} (1 / 5 / 15 min)`);
const typicalCount = Number(process.env.FLOOR_TYPICAL ?? 300) || 300;
const longCount = Number(process.env.FLOOR_LONG ?? 20) || 20;
const sets: [string, string[]][] = [
  [`typical reply (~150 words, ${typicalCount} texts)`, typicalReplies(typicalCount)],
  [`long draft (~1,500 words, ${longCount} texts)`, longDrafts(longCount)],
  [`real replies (data/replies/dev.jsonl, ${devReplies.length} texts)`, devReplies.map((r) => r.text)],
];
for (const [name, texts] of sets) {
  messageOf = name.startsWith('real') ? new Map(devReplies.map((r) => [r.text, r.customerMessage])) : new Map();
  const { wall, cpu } = timeTogether(texts);
  console.log(name);
  for (const [i, [label]] of tools.entries()) {
    const ratios = `${(wall[i]! / wall[0]!).toFixed(2).padStart(5)}× alex (wall), ${(cpu[i]! / cpu[0]!).toFixed(2).padStart(5)}× alex (CPU)`;
    console.log(`  ${label.padEnd(40)} median ${wall[i]!.toFixed(3).padStart(8)} ms, CPU ${(cpu[i]! / texts.length).toFixed(3).padStart(8)} ms per text  ${ratios}`);
  }
  const steps = stepCosts(texts);
  const total = [...steps.values()].reduce((a, b) => a + b, 0);
  console.log(`  compromise's pipeline by step (share of nlp(text)): ${[...steps].map(([s, ms]) => `${s} ${((100 * ms) / total).toFixed(1)}%`).join(', ')}`);
}
const cpu = process.cpuUsage();
console.log(`CPU time of this process: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; load average at end: ${load()}`);
