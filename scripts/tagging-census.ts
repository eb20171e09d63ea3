/**
 * `npx tsx scripts/tagging-census.ts [file]`: how many times compromise tags a text while the engine analyses each
 * reply of a dev file (data/replies/dev.jsonl unless given; never an untouched split or a check batch), from a cold
 * cache, and for which consumer. Counts, not time, so the figure holds on a loaded machine. A "tagging" is one run of
 * compromise's tagger (`preTagger`) on a whole text (nlp(), tagSentence); the contractions' expansions that compromise
 * tags on their own inside a tagging ("i will") are counted apart. The consumer is read from the call stack: the
 * engine module that asked (phrase patterns, the whole-reply checks, the rewording checks, the mood reader…), and the
 * analyzer's step it ran in. The CPU time inside the tagger (every hook of nlp()) is summed per consumer too.
 */
import { nlp } from '../lib/nlp/nlp';
import { createAnalyzer } from '../lib/engine/analyzer';
import { defaultPack } from '../lib/rules/default';
import { readDevReplies } from './dev-replies';
import { compilePhraseRules, matchPhraseRule, SentenceDoc } from '../lib/engine/phrase';
import { sentenceKeys } from '../lib/engine/words';
import type { PhraseRule } from '../lib/rules/schema';

const file = process.argv[2] ?? 'data/replies/dev.jsonl';

const rows = readDevReplies(file);

const world = nlp.world() as unknown as { compute: Record<string, (view: unknown) => unknown> };
Error.stackTraceLimit = 200;

/** The engine modules on the stack, innermost first, without the tagging plumbing itself. */
const PLUMBING = /lib\/(?:nlp\/|engine\/sentence-doc\.ts)|scripts\/tagging-census/;
function consumerOf(stack: string): { consumer: string; step: string; nested: boolean } {
  const files = [...stack.matchAll(/\/work\/wt\/[^/]+\/((?:lib|scripts)\/[^:)]+):(\d+)/g)].map((m) => ({ path: m[1]!, line: m[2]! }));
  const nested = /fromText/.test(stack);
  const own = files.filter((f) => !PLUMBING.test(f.path));
  const consumer = own[0] ? `${own[0].path.replace(/^lib\//, '')}` : '?';
  // The analyzer's step: the first frame of analyzer.ts (its line tells which step), seen from the inside.
  const inAnalyzer = own.find((f) => f.path === 'lib/engine/analyzer.ts');
  return { consumer, step: inAnalyzer ? `analyzer:${inAnalyzer.line}` : (own[own.length - 1]?.path ?? '?'), nested };
}

const counts = new Map<string, { n: number; ms: number }>();
const steps = new Map<string, { n: number; ms: number }>();
let taggings = 0;
let nestedTaggings = 0;
let tagMs = 0;
const add = (map: Map<string, { n: number; ms: number }>, key: string, n: number, ms: number) => {
  const c = map.get(key) ?? { n: 0, ms: 0 };
  c.n += n;
  c.ms += ms;
  map.set(key, c);
};

// Every hook nlp() computes is timed (hooks run inside another's, as a contraction's expansion is tagged, count in
// the outer one); a preTagger run outside another hook is one tagging.
let depth = 0;
for (const hook of ['contractions', 'alias', 'machine', 'index', 'id', 'freeze', 'typeahead', 'lexicon', 'preTagger', 'contractionTwo', 'postTagger', 'chunks']) {
  const original = world.compute[hook]!;
  world.compute[hook] = function (this: unknown, view: unknown) {
    if (depth > 0) {
      if (hook === 'preTagger') nestedTaggings++;
      return original.call(this, view);
    }
    const who = consumerOf(new Error().stack ?? '');
    if (hook === 'preTagger') {
      taggings++;
      add(counts, who.consumer, 1, 0);
      add(steps, who.step, 1, 0);
    }
    depth++;
    const start = process.cpuUsage();
    try {
      return original.call(this, view);
    } finally {
      depth--;
      const used = process.cpuUsage(start);
      const ms = (used.user + used.system) / 1000;
      tagMs += ms;
      add(counts, who.consumer, 0, ms);
      add(steps, who.step, 0, ms);
    }
  };
}

// The sentences the phrase rules had tagged, kept to replay the rules on them below.
const taggedByPhrases = new Set<string>();
const proto = SentenceDoc.prototype as unknown as { get(this: SentenceDoc): unknown };
const get = proto.get;
proto.get = function (this: SentenceDoc) {
  if (!this.hasTagged && /matchPhraseRule/.test(new Error().stack ?? '')) taggedByPhrases.add(this.text);
  return get.call(this);
};

const analyzer = createAnalyzer(defaultPack);
const cpuStart = process.cpuUsage();
for (const row of rows) {
  analyzer.clearCache();
  analyzer.analyze(row.text, row.options);
}
const used = process.cpuUsage(cpuStart);
const cpuMs = (used.user + used.system) / 1000;

const table = (map: Map<string, { n: number; ms: number }>) =>
  [...map.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([k, v]) => `| ${k} | ${v.n} | ${(v.n / rows.length).toFixed(2)} | ${v.ms.toFixed(0)} | ${((100 * v.ms) / cpuMs).toFixed(1)}% |`)
    .join('\n');
console.log(`${file}: ${rows.length} replies; CPU ${cpuMs.toFixed(0)} ms`);
console.log(`taggings ${taggings} (${(taggings / rows.length).toFixed(2)} per reply), contraction expansions tagged apart ${nestedTaggings}; time in compromise's hooks ${tagMs.toFixed(0)} ms (${((100 * tagMs) / cpuMs).toFixed(1)}% of CPU)`);
console.log('\n| consumer (module that asked) | taggings | per reply | CPU ms in hooks | share of CPU |\n|---|---|---|---|---|');
console.log(table(counts));
console.log('\n| analyzer step (line of analyzer.ts) | taggings | per reply | CPU ms in hooks | share of CPU |\n|---|---|---|---|---|');
console.log(table(steps));

// Which phrase rule first tags each of those sentences (the analyzer's order: the pack's enabled phrase rules).
const { rules: compiled, prefilter } = compilePhraseRules(defaultPack.rules.filter((r): r is PhraseRule => r.enabled && r.kind === 'phrase'));
const firstTagger = new Map<string, number>();
for (const text of taggedByPhrases) {
  const doc = new SentenceDoc(text, sentenceKeys(text));
  const candidates = prefilter.candidates(doc.keys);
  for (const c of compiled) {
    matchPhraseRule(c, doc, candidates);
    if (doc.hasTagged) {
      firstTagger.set(c.rule.id, (firstTagger.get(c.rule.id) ?? 0) + 1);
      break;
    }
  }
}
console.log(`\n${taggedByPhrases.size} sentences tagged by the phrase rules; the rule that tagged each first:`);
console.log([...firstTagger].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', '));

// How many rules would each of those sentences be tagged for, each rule on a fresh (untagged) sentence: a sentence
// only one rule tags is untagged if that rule's gate is made finer; one that many tag is not.
const wanting = new Map<number, number>();
const alone = new Map<string, number>();
for (const text of taggedByPhrases) {
  const ids: string[] = [];
  for (const c of compiled) {
    const doc = new SentenceDoc(text, sentenceKeys(text));
    matchPhraseRule(c, doc, prefilter.candidates(doc.keys));
    if (doc.hasTagged) ids.push(c.rule.id);
  }
  wanting.set(ids.length, (wanting.get(ids.length) ?? 0) + 1);
  if (ids.length === 1) {
    alone.set(ids[0]!, (alone.get(ids[0]!) ?? 0) + 1);
    if (process.env.CENSUS_SHOW) {
      const c = compiled.find((r) => r.rule.id === ids[0])!;
      for (const p of [...c.patterns, ...c.unless]) {
        const doc = new SentenceDoc(text, sentenceKeys(text));
        matchPhraseRule({ ...c, patterns: c.patterns.includes(p) ? [p] : [], unless: c.unless.includes(p) ? [p] : [], literal: null, literalWords: [], literalSlots: [] }, doc);
        if (doc.hasTagged) { console.log(`${ids[0]} | ${p.source.slice(0, 90)} | ${text.slice(0, 120)}`); break; }
      }
    }
  }
}
console.log(`\nsentences by how many rules tag them: ${[...wanting].sort((a, b) => a[0] - b[0]).map(([k, n]) => `${k}: ${n}`).join(', ')}`);
console.log(`tagged by one rule alone: ${[...alone].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', ')}`);
