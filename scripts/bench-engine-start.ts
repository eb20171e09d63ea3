/**
 * The engine worker's own start, measured without a browser (issue #12, cold start): the built Chrome
 * engine bundle (`assets/engine.worker-*.js`) evaluated in a fresh Node process each run, as the offscreen
 * document's worker evaluates it (compromise's set-up, the default pack, the analyzer, the tagger's first
 * run), with a stand-in `self` for the offscreen document. Reports the CPU time of that evaluation, and of
 * the whole way to the first answer: a page's check is already waiting when the bundle has run, and the
 * stored rule values (none: the default pack) come at once — the engine's part of a fresh browser's first
 * check; then the next check (one sentence more), where a cost moved out of the first answer would show. CPU is
 * the figure to compare on a shared machine (wall time is printed beside it with the load
 * average). Build first
 * (`npm run build`); `BENCH_EXTENSION_DIR` picks a build, `BENCH_BEFORE_DIR` adds another to take turns with
 * (e.g. main's, for a before/after table); `BENCH_RUNS` (default 7); `BENCH_WAITING` drafts of one composer waiting
 * as the engine starts (default 1; the agent paused while typing).
 *   npx tsx scripts/bench-engine-start.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** How many drafts of one composer wait for the engine as it starts (`BENCH_WAITING`; the last is answered). */
const WAITING = Math.max(1, Number(process.env.BENCH_WAITING ?? 1));
const builds = [process.env.BENCH_BEFORE_DIR, process.env.BENCH_EXTENSION_DIR ?? '.output/chrome-mv3'].filter((d): d is string => !!d).map((d) => resolve(d));

/**
 * Runs in the child: evaluate the worker bundle (its CPU and wall time), then hand it a check as the offscreen
 * document would and answer its request for the rules with no stored values; print the time to that answer.
 */
const CHILD = `
const listeners = [];
const CHECK = 1e9;
let answered;
let rulesAsked = null;
const answer = new Promise((resolve) => (answered = resolve));
const deliver = (data) => setTimeout(() => listeners.forEach((listener) => listener({ data })), 0);
globalThis.self = {
  postMessage(message) {
    // Answered after the checks below, as in the browser: the page's checks wait in the worker's queue while
    // it evaluates the bundle, and the offscreen document answers the request for the rules only once made.
    if (message?.op === 'loadRules') rulesAsked = message.id;
    else if (message?.id === CHECK) answered(message);
  },
  addEventListener(type, listener) {
    listeners.push(listener);
  },
};
const ms = (used) => (used.user + used.system) / 1000;
const cpu = process.cpuUsage();
const start = performance.now();
await import(process.argv[1]);
const evaluated = { cpu: ms(process.cpuUsage(cpu)), wall: performance.now() - start };
// The drafts the page sent while the engine started (the agent paused while typing), the last one whole.
const full = 'Hi Sam, you need to restart your router. Thanks for waiting.';
const waiting = Number(process.argv[2]);
for (let seq = 1; seq <= waiting; seq++) {
  const text = full.slice(0, Math.round((full.length * seq) / waiting));
  const request = { type: 'rapport:engine-check', client: 'bench-client', seq, payload: { kind: 'full', text }, options: {}, rules: '' };
  deliver({ id: seq === waiting ? CHECK : seq, op: 'check', args: [request, '1:0'] });
}
if (rulesAsked !== null) deliver({ id: rulesAsked, result: {} });
const reply = await answer;
if (!reply.result?.ok) throw new Error('the engine did not answer the check: ' + JSON.stringify(reply).slice(0, 300));
const answerCpu = ms(process.cpuUsage(cpu));
const answerWall = performance.now() - start;
// The agent's next keystroke: what the first answer left for later (a cost deferred, not saved, shows here).
const nextCpu = process.cpuUsage();
const nextStart = performance.now();
const second = new Promise((resolve) => (answered = resolve));
deliver({ id: CHECK, op: 'check', args: [{ type: 'rapport:engine-check', client: 'bench-client', seq: waiting + 1, payload: { kind: 'full', text: full + ' I will check back tomorrow.' }, options: {}, rules: '' }, '1:0'] });
const next = await second;
if (!next.result?.ok) throw new Error('the engine did not answer the second check: ' + JSON.stringify(next).slice(0, 300));
console.log(JSON.stringify({ ...evaluated, answerCpu, answerWall, nextCpu: ms(process.cpuUsage(nextCpu)), nextWall: performance.now() - nextStart }));
process.exit(0);
`;

function workerOf(dir: string): string {
  const assets = join(dir, 'assets');
  const name = existsSync(assets) ? readdirSync(assets).find((f) => /^engine\.worker-.*\.js$/.test(f)) : undefined;
  if (!name) throw new Error(`No engine worker in ${assets}: build first (npm run build).`);
  return join(assets, name);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const files = builds.map(workerOf);
interface Times {
  cpu: number;
  wall: number;
  answerCpu: number;
  answerWall: number;
  nextCpu: number;
  nextWall: number;
}
const times = files.map((): Times[] => []);
for (let run = 0; run < RUNS; run++) {
  // The builds take turns, so a load that comes and goes weighs on each alike.
  files.forEach((file, i) => {
    // `--input-type=module`: the bundle is an ES module; its file name is passed as the child's argv[1].
    // `--experimental-default-type=module`: a build outside this repository (no package.json saying "module"
    // above it, e.g. main's copied to /tmp) would otherwise go through Node's CommonJS detection first, about
    // 170 ms more CPU than the same file here: the builds must load alike to compare.
    const out = execFileSync(process.execPath, ['--experimental-default-type=module', '--no-warnings', '--input-type=module', '-e', CHILD, pathToFileURL(file).href, String(WAITING)], { encoding: 'utf8' });
    times[i]!.push(JSON.parse(out.trim().split('\n').pop()!) as Times);
  });
}
console.log(`Engine worker start, evaluated in Node (${RUNS} runs each, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}):`);
files.forEach((file, i) => {
  const t = times[i]!;
  console.log(`  ${file}: CPU median ${median(t.map((x) => x.cpu)).toFixed(0)} ms (runs ${t.map((x) => x.cpu.toFixed(0)).join(', ')}); wall median ${median(t.map((x) => x.wall)).toFixed(0)} ms`);
  console.log(
    `    to the first check's answer (${WAITING === 1 ? 'a check' : `${WAITING} drafts of one composer`} waiting, the default rules): CPU median ${median(t.map((x) => x.answerCpu)).toFixed(0)} ms ` +
      `(runs ${t.map((x) => x.answerCpu.toFixed(0)).join(', ')}); wall median ${median(t.map((x) => x.answerWall)).toFixed(0)} ms`,
  );
  console.log(
    `    the next check (the draft one sentence longer): CPU median ${median(t.map((x) => x.nextCpu)).toFixed(0)} ms ` +
      `(runs ${t.map((x) => x.nextCpu.toFixed(0)).join(', ')}); wall median ${median(t.map((x) => x.nextWall)).toFixed(0)} ms`,
  );
});
