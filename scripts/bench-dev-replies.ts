/**
 * `npx tsx scripts/bench-dev-replies.ts [rounds]`: the engine's cost per reply on real material — every
 * reply of data/replies/dev.jsonl (dev half only) analysed with its customer's message from a cold
 * sentence cache, rules compiled once, in one process. Prints each round's wall and CPU time and the best
 * of them (the rounds after the first run with a warm JIT, as the extension's long-lived engine does).
 * CPU time is the steadier figure on a shared machine.
 */
import { createAnalyzer } from '../lib/engine/analyzer';
import { defaultPack } from '../lib/rules/default';
import { readDevReplies } from './dev-replies';

const rounds = Math.max(1, Math.min(50, Number(process.argv[2] ?? 5) || 5));

const rows = readDevReplies();

const analyzer = createAnalyzer(defaultPack);
const wall: number[] = [];
const cpu: number[] = [];
for (let round = 0; round < rounds; round++) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (const row of rows) {
    analyzer.clearCache();
    analyzer.analyze(row.text, row.options);
  }
  wall.push(performance.now() - start);
  const used = process.cpuUsage(cpuStart);
  cpu.push((used.user + used.system) / 1000);
  console.log(`round ${round + 1}: ${wall.at(-1)!.toFixed(0)} ms wall, ${cpu.at(-1)!.toFixed(0)} ms CPU`);
}
console.log(`${rows.length} dev replies from a cold cache: best ${Math.min(...wall).toFixed(0)} ms wall, ${Math.min(...cpu).toFixed(0)} ms CPU (of ${rounds} rounds)`);
