/**
 * `npm run fuzz`: the long fuzz run, with the clock. Drafts and customer messages built from real
 * words (the repository's data sets and every rule's examples) and from pathological strings
 * (100,000-character runs of punctuation, white space, line breaks, nbsp, emoji, markup), plus a
 * 1,000-rule × 30-pattern pack on a 1,500-word draft. Each input is analysed the way the content
 * script does it (analyzeInSlices, 8 ms slices) and whole. Reports the slowest inputs and fails when
 * any single slice takes longer than FUZZ_SLICE_MS (50) or a whole analysis longer than FUZZ_WHOLE_MS (3000).
 *
 * Times are this process's CPU time (process.cpuUsage), not the wall clock: on a machine shared with
 * other jobs the wall clock measures the neighbours; CPU time measures the work one slice does.
 * The wall-clock figure is printed beside it.
 *
 *   npm run fuzz                      # the default run (a few minutes on a busy 2-core machine)
 *   FUZZ_DRAFTS=2000 npm run fuzz     # more random drafts
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { createAnalyzer, type Analyzer } from '../lib/engine/analyzer';
import { RUN_ENDINGS, RUN_UNITS, run } from '../lib/engine/fuzz-inputs';
import type { Analysis, AnalyzeOptions } from '../lib/engine/types';
import { defaultPack } from '../lib/rules/default';
import { PACK_FORMAT, PACK_FORMAT_VERSION, validatePack } from '../lib/rules/schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SLICE_MS = 8;
const SLICE_BOUND = Number(process.env.FUZZ_SLICE_MS ?? 50);
const WHOLE_BOUND = Number(process.env.FUZZ_WHOLE_MS ?? 3000);
const DRAFTS = Number(process.env.FUZZ_DRAFTS ?? 400);
const RUN_LENGTH = 100_000;
const SEED = 17;

interface Measured {
  name: string;
  chars: number;
  slices: number;
  /** CPU milliseconds of the longest slice, and its wall-clock time. */
  maxSliceMs: number;
  maxSliceWallMs: number;
  wholeMs: number;
  findings: number;
}

/** CPU milliseconds used by this process so far (user + system). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Runs one analysis in slices the way the content script does, timing each slice; best of two runs,
 * so a garbage collection or a first compilation that happens to land in one slice is not blamed on the input.
 */
function measure(analyzer: Analyzer, name: string, text: string, options: AnalyzeOptions = {}): Measured {
  const first = measureOnce(analyzer, name, text, options);
  const second = measureOnce(analyzer, name, text, options);
  return first.maxSliceMs <= second.maxSliceMs ? first : second;
}

function measureOnce(analyzer: Analyzer, name: string, text: string, options: AnalyzeOptions): Measured {
  analyzer.clearCache();
  const gen = analyzer.analyzeInSlices(text, options, SLICE_MS);
  let maxSliceMs = 0;
  let maxSliceWallMs = 0;
  let slices = 0;
  let result: Analysis;
  for (;;) {
    const t = performance.now();
    const c = cpuMs();
    const step = gen.next();
    maxSliceMs = Math.max(maxSliceMs, cpuMs() - c);
    maxSliceWallMs = Math.max(maxSliceWallMs, performance.now() - t);
    slices++;
    if (step.done) {
      result = step.value;
      break;
    }
  }
  analyzer.clearCache();
  const c = cpuMs();
  const whole = analyzer.analyze(text, options);
  const wholeMs = cpuMs() - c;
  for (const f of whole.findings) if (text.slice(f.start, f.end) !== f.text) throw new Error(`${name}: a finding's offsets do not match its text`);
  if (whole.findings.length !== result.findings.length && result.complete && whole.complete) throw new Error(`${name}: sliced and whole analyses differ`);
  return { name, chars: text.length + (options.customerMessage?.length ?? 0), slices, maxSliceMs, maxSliceWallMs, wholeMs, findings: whole.findings.length };
}

/** Real words: the data sets in the repository and every rule's examples. */
function realWords(): string[] {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const w of text.split(/\s+/)) if (w) words.add(w);
  };
  for (const file of ['data/support-pairs/dev.jsonl', 'data/politeness/wikipedia.csv', 'data/replies/dev.jsonl']) {
    const path = join(root, file);
    if (existsSync(path)) add(readFileSync(path, 'utf8').slice(0, 2_000_000));
  }
  for (const rule of defaultPack.rules) for (const e of rule.examples.flag) add(e.text);
  for (const o of [Object.prototype, Function.prototype, Array.prototype]) for (const n of Object.getOwnPropertyNames(o)) add(n);
  return [...words];
}

function heavyPack() {
  const patterns = ['#Noun #Verb', '#Adjective #Noun', '#Determiner #Noun', '#Pronoun #Verb', '#Verb #Determiner', '#Preposition #Determiner',
    '#Noun #Preposition', '#Verb #Noun', '#Adverb #Verb', '#Determiner #Adjective', '#Noun #Noun', '#Verb #Preposition', '#Pronoun #Copula',
    '#Copula #Adjective', '#Modal #Verb', '#Noun #Conjunction', '#Conjunction #Pronoun', '#Verb #Adverb', '#Determiner #Adjective #Noun',
    '#Pronoun #Verb #Determiner', '#Preposition #Noun', '#Noun #Copula', '#Verb #Pronoun', '#Adjective #Adjective', '#Verb #Adjective',
    '#Value #Noun', '#Noun #Adverb', '#Preposition #Pronoun', '#Noun #Modal', '#Infinitive #Noun'];
  const rules = Array.from({ length: 1000 }, (_, i) => ({
    id: `heavy-${i}`, kind: 'phrase', principle: 'respect', severity: 'hint', message: 'A rule that matches almost every sentence.',
    patterns, examples: { flag: [{ text: 'The cat sat on the mat.', becomes: null }], pass: ['Ok.'] },
  }));
  const result = validatePack({ format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, id: 'heavy', name: 'Heavy', version: '1.0.0', rules });
  if (!result.ok) throw new Error('the heavy pack should be valid');
  return result.pack;
}

function main() {
  const analyzer = createAnalyzer(defaultPack);
  const results: Measured[] = [];
  const started = performance.now();

  // Pathological runs, as the draft and as the customer's message, with endings that make a match fail.
  for (const { name, unit } of RUN_UNITS) {
    for (const ending of RUN_ENDINGS) {
      const text = run(unit, RUN_LENGTH, ending);
      const label = `${RUN_LENGTH.toLocaleString('en')} × ${name}${ending ? ` + ${JSON.stringify(ending)}` : ''}`;
      results.push(measure(analyzer, `draft: ${label}`, text));
      results.push(measure(analyzer, `customer message: ${label}`, 'Hi Ana, you need to restart the router.', { customerMessage: text }));
    }
  }
  results.push(measure(analyzer, 'draft: 50,000 "!"', '!'.repeat(50_000)));
  results.push(measure(analyzer, 'customer message: 1,300 Zendesk <p>&nbsp;</p>', 'Hi, thanks.', { customerMessage: `Hi\n${'<p>&nbsp;</p>\n'.repeat(1300)}Maria` }));

  // Random drafts of real words, punctuation and line breaks.
  const words = realWords();
  const token = fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom(...words) },
    { weight: 3, arbitrary: fc.constantFrom('.', '!', '?', ',', '\n', '\n\n', '!!!', '…', '\u00a0', ' \n ', '😀', '> ', '```\n') },
  );
  const drafts = fc.sample(fc.array(token, { minLength: 1, maxLength: 3000 }).map((t) => t.join(' ')), { seed: SEED, numRuns: DRAFTS });
  drafts.forEach((text, i) => {
    results.push(measure(analyzer, `random draft #${i} (${text.split(' ').length} words)`, text, { customerMessage: drafts[(i + 1) % drafts.length] }));
  });

  // A valid pack of 1,000 rules × 30 tag patterns on a 1,500-word draft, under a 1 s budget.
  const heavy = createAnalyzer(heavyPack());
  const draft = Array.from({ length: 94 }, (_, i) => `The new router in the box arrived late and the old cable is broken on day ${i}.`).join(' ');
  results.push(measure(heavy, '1,000 rules × 30 patterns, 1,500-word draft, budget 1 s', draft, { budgetMs: 1000 }));

  const totalS = (performance.now() - started) / 1000;
  const bySlice = [...results].sort((a, b) => b.maxSliceMs - a.maxSliceMs);
  const byWhole = [...results].sort((a, b) => b.wholeMs - a.wholeMs);
  const row = (m: Measured) =>
    `  ${m.maxSliceMs.toFixed(1).padStart(7)} ms slice (${m.maxSliceWallMs.toFixed(0).padStart(4)} wall)  ${m.wholeMs.toFixed(0).padStart(6)} ms whole  ${String(m.slices).padStart(5)} slices  ${m.name}`;
  console.log(`Fuzz: CPU milliseconds of this process; wall-clock in brackets. ${results.length} inputs (${words.length.toLocaleString('en')} real words, seed ${SEED}) in ${totalS.toFixed(0)} s`);
  console.log(`Slowest single slice (bound ${SLICE_BOUND} ms):`);
  bySlice.slice(0, 8).forEach((m) => console.log(row(m)));
  console.log(`Slowest whole analysis (bound ${WHOLE_BOUND} ms):`);
  byWhole.slice(0, 5).forEach((m) => console.log(row(m)));

  const over = results.filter((m) => m.maxSliceMs > SLICE_BOUND || m.wholeMs > WHOLE_BOUND);
  if (over.length) {
    console.error(`\n${over.length} input(s) over the bound:`);
    over.forEach((m) => console.error(row(m)));
    process.exitCode = 1;
  }
}

main();
