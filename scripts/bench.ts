/**
 * `npm run bench`: how fast is the whole analysis (rules, rewordings, scores), beside alex,
 * write-good and harper.js on the same texts in the same run. Medians over many texts.
 * Targets (issue #2): faster than alex per typical reply; re-analysis after a one-word edit in
 * a 1,500-word draft under 1 ms. "Cold" empties every cache of the analyzer (sentences, tagging, rewording
 * reads) before each text; the rules stay compiled, as in the extension.
 */
import { text as alex } from 'alex';
import writeGood from 'write-good';
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import { nlp } from '../lib/nlp/nlp';
import { createAnalyzer } from '../lib/engine/analyzer';
import { defaultPack } from '../lib/rules/default';
import { devReplies, longDrafts, typicalReplies } from './bench-texts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Tool = readonly [label: string, run: (t: string) => unknown | Promise<unknown>];

/**
 * Medians per tool, the tools taking turns on each text (not one tool over every text, then the next),
 * so a load that comes and goes on a shared machine weighs on every tool alike and the ratios hold.
 */
async function timeTogether(texts: string[], tools: readonly Tool[]): Promise<number[]> {
  for (const t of texts.slice(0, 20)) for (const [, run] of tools) await run(t); // warm up the JIT
  const times = tools.map((): number[] => []);
  for (const t of texts) {
    for (const [i, [, run]] of tools.entries()) {
      const start = performance.now();
      await run(t);
      times[i]!.push(performance.now() - start);
    }
  }
  return tools.map(([label], i) => {
    const m = median(times[i]!);
    console.log(`  ${label.padEnd(44)} median ${m.toFixed(3).padStart(8)} ms`);
    return m;
  });
}

/** `BENCH_QUICK=1`: only Rapport beside alex (the ratio), for quick runs while optimising. */
const quick = process.env.BENCH_QUICK === '1';

async function main() {
  const harper = new LocalLinter({ binary });
  if (!quick) await harper.setup();
  const short = typicalReplies();
  const long = longDrafts();

  for (const [name, texts] of [['typical reply (~150 words, 1,000 texts)', short], ['long draft (~1,500 words, 60 texts)', long]] as const) {
    console.log(name);
    // Rules compiled once (as in the extension), the sentence cache emptied before every text:
    // the cost an agent pays on a draft Rapport has never seen.
    const coldAnalyzer = createAnalyzer(defaultPack);
    const rapportTool: Tool = [
      'Rapport, whole analysis, cold',
      (t) => {
        coldAnalyzer.clearCache();
        return coldAnalyzer.analyze(t);
      },
    ];
    const alexTool: Tool = ['alex', (t) => alex(t)];
    if (quick) {
      const [rapport, alexMs] = await timeTogether(texts, [rapportTool, alexTool]);
      console.log(`  Rapport / alex: ${(rapport! / alexMs!).toFixed(2)}× alex's time (target ≤ 0.5×)`);
      continue;
    }
    const [rapport, alexMs, compromiseOnly, writeGoodMs, harperMs] = (await timeTogether(texts, [
      rapportTool,
      alexTool,
      ['compromise tagging alone', (t) => nlp(t).json()],
      ['write-good', (t) => writeGood(t)],
      ['harper.js', (t) => harper.lint(t)],
    ])) as [number, number, number, number, number];
    console.log(`  Rapport / alex: ${(rapport / alexMs).toFixed(2)}× alex's time (target ≤ 0.5×)`);
    console.log(`  ratios: alex/Rapport ${(alexMs / rapport).toFixed(2)}×, harper.js/Rapport ${(harperMs / rapport).toFixed(2)}×, write-good/Rapport ${(writeGoodMs / rapport).toFixed(2)}×, compromise/Rapport ${(compromiseOnly / rapport).toFixed(2)}×`);
  }

  // The synthetic texts above repeat the support pairs' 104 sentences; real replies repeat nothing. Each reply is
  // analysed with its customer's message, cold (every cache emptied, as above) and warm (analysed once before:
  // what a keystroke that changes nothing costs), alex on the same text.
  console.log(`real replies (data/replies/dev.jsonl, ${devReplies.length} texts, each with its customer's message)`);
  const realAnalyzer = createAnalyzer(defaultPack);
  const messageOf = new Map(devReplies.map((r) => [r.text, r.customerMessage]));
  const [realCold, realAlex, realWarm] = await timeTogether(
    devReplies.map((r) => r.text),
    [
      ['Rapport, whole analysis, cold', (t) => (realAnalyzer.clearCache(), realAnalyzer.analyze(t, { customerMessage: messageOf.get(t) }))],
      ['alex', (t) => alex(t)],
      ['Rapport, same text again (warm)', (t) => realAnalyzer.analyze(t, { customerMessage: messageOf.get(t) })],
    ],
  );
  console.log(`  Rapport / alex: ${(realCold! / realAlex!).toFixed(2)}× cold, ${(realWarm! / realAlex!).toFixed(2)}× warm`);
  const cpu = process.cpuUsage();
  console.log(`CPU time of this process so far: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (the figure to compare on a shared machine, beside the load)`);

  if (quick) return;
  const compileTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    createAnalyzer(defaultPack);
    compileTimes.push(performance.now() - start);
  }
  console.log(`compiling the default pack (${defaultPack.rules.length} rules), once per page or pack change: median ${median(compileTimes).toFixed(3)} ms`);

  console.log('one-word edit in a 1,500-word draft (analyzer reused, as in the editor)');
  const analyzer = createAnalyzer(defaultPack);
  const edits = long.map((t) => {
    analyzer.analyze(t);
    const at = t.indexOf(' the ', t.length / 2);
    return at > 0 ? `${t.slice(0, at)} a ${t.slice(at + 5)}` : `${t} ok`;
  });
  // Each edited text is analysed right after its original, as a keystroke would be.
  const editTimes: number[] = [];
  long.forEach((t, i) => {
    analyzer.analyze(t);
    const start = performance.now();
    analyzer.analyze(edits[i]!);
    editTimes.push(performance.now() - start);
  });
  console.log(`  Rapport re-analysis after the edit              median ${median(editTimes).toFixed(3).padStart(8)} ms (target < 1 ms)`);
}

await main();
