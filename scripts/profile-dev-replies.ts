/**
 * `npx tsx scripts/profile-dev-replies.ts [out.cpuprofile] [rounds]`: a CPU profile of the engine analysing every reply
 * of data/replies/dev.jsonl with its customer's message from a cold cache, as `bench-dev-replies.ts` does, taken after
 * one warm-up round (module loading, compiling and the JIT's first tiers are left out). Read it in Chrome's
 * DevTools (Performance → Load profile) or any .cpuprofile viewer.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createAnalyzer } from '../lib/engine/analyzer';
import { defaultPack } from '../lib/rules/default';
import { readDevReplies } from './dev-replies';

const out = process.argv[2] ?? 'dev-replies.cpuprofile';
const rounds = Math.max(1, Number(process.argv[3] ?? 4) || 4);
const rows = readDevReplies();
const analyzer = createAnalyzer(defaultPack);
const round = () => {
  for (const row of rows) {
    analyzer.clearCache();
    analyzer.analyze(row.text, row.options);
  }
};
round();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const cpuStart = process.cpuUsage();
for (let r = 0; r < rounds; r++) round();
const used = process.cpuUsage(cpuStart);
const { profile } = await session.post('Profiler.stop');
writeFileSync(out, JSON.stringify(profile));
console.log(`${rounds} rounds of ${rows.length} replies profiled: ${((used.user + used.system) / 1000 / rounds).toFixed(0)} ms CPU per round → ${out}`);
