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
 * `BENCH_V8_FLAGS` passes V8 flags to each run (e.g. `--no-regexp-tier-up`: what V8's two-step regex compilation —
 * bytecode on a regex's first use, native code on its second — costs the first check; a browser cannot set it).
 * `BENCH_REGEXES=N` adds one run per build that times every regex execution up to the first answer (the timing
 * wrapper slows it: a separate run, not one of the CPU runs) and prints the N regexes that cost the most, with the
 * start of their source to find them by. `BENCH_WARMED=1` adds runs where no check waits: the engine warms itself up
 * (as it does when the browser starts, or when a reply box gets focus), then the agent's first check and the next.
 *   npx tsx scripts/bench-engine-start.ts
 *   BENCH_REGEXES=15 BENCH_RUNS=3 npx tsx scripts/bench-engine-start.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** How many drafts of one composer wait for the engine as it starts (`BENCH_WAITING`; the last is answered). */
const WAITING = Math.max(1, Number(process.env.BENCH_WAITING ?? 1));
const V8_FLAGS = (process.env.BENCH_V8_FLAGS ?? '').split(/\s+/).filter(Boolean);
const REGEXES = Number(process.env.BENCH_REGEXES ?? 0);
/** `BENCH_WARMED=1`: also the first check after the engine warmed itself up with no check waiting (the browser started earlier). */
const WARMED = process.env.BENCH_WARMED === '1';
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
const WARM = 2e9;
let warmed;
const warmedUp = new Promise((resolve) => (warmed = resolve));
const answer = new Promise((resolve) => (answered = resolve));
const deliver = (data) => setTimeout(() => listeners.forEach((listener) => listener({ data })), 0);
globalThis.self = {
  postMessage(message) {
    // Answered after the checks below, as in the browser: the page's checks wait in the worker's queue while
    // it evaluates the bundle, and the offscreen document answers the request for the rules only once made.
    if (message?.op === 'loadRules') rulesAsked = message.id;
    else if (message?.id === CHECK) answered(message);
    else if (message?.id === WARM) warmed(message);
  },
  addEventListener(type, listener) {
    listeners.push(listener);
  },
};
const ms = (used) => (used.user + used.system) / 1000;
// BENCH_REGEXES: every regex execution timed, by source and flags (test, match, replace and split all call exec).
const regexTimes = new Map();
let timingRegexes = process.argv[3] === 'regexes';
if (timingRegexes) {
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (subject) {
    if (!timingRegexes) return exec.call(this, subject);
    const start = performance.now();
    const result = exec.call(this, subject);
    const spent = performance.now() - start;
    const key = this.flags + ' ' + this.source;
    const seen = regexTimes.get(key);
    if (seen) { seen.runs += 1; seen.ms += spent; } else regexTimes.set(key, { source: this.source, flags: this.flags, runs: 1, ms: spent, firstMs: spent });
    return result;
  };
}
const cpu = process.cpuUsage();
const start = performance.now();
await import(process.argv[1]);
const evaluated = { cpu: ms(process.cpuUsage(cpu)), wall: performance.now() - start };
const check = (seq, text, options = {}) => {
  const reply = new Promise((resolve) => (answered = resolve));
  deliver({ id: CHECK, op: 'check', args: [{ type: 'rapport:engine-check', client: 'bench-client', seq, payload: { kind: 'full', text }, options, rules: '' }, '1:0'] });
  return reply.then((message) => {
    if (!message.result?.ok) throw new Error('the engine did not answer a check: ' + JSON.stringify(message).slice(0, 300));
  });
};
/** The CPU and wall time of one check. */
const timed = async (seq, text, options) => {
  const used = process.cpuUsage();
  const began = performance.now();
  await check(seq, text, options);
  return { cpu: ms(process.cpuUsage(used)), wall: performance.now() - began };
};
if (process.argv[3] === 'warmed') {
  // The daily case: the engine started with the browser and warmed itself up before the agent wrote; then the
  // agent's first check, and the next.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (rulesAsked !== null) deliver({ id: rulesAsked, result: {} });
  deliver({ id: WARM, op: 'warm', args: [] });
  await warmedUp;
  // A whole e-mail reply as agents write them (a typographic apostrophe, a sign-off, a signature, quoted history)
  // to an annoyed customer: what a warm-up on a few short sentences left for the agent's first check shows here.
  const options = { customerMessage: "I was charged twice for my subscription this month and nobody has answered my two emails. I want the extra charge back." };
  const reply = 'Hello Priya,\\n\\nThanks for getting in touch. I’ve checked your account: the second charge was a duplicate, and I’ve refunded it today. It can take 3–5 working days to show on your statement.\\n\\nBest wishes,\\nTom\\nBilling Team\\n\\nOn Tue, 4 Mar, Priya wrote:\\n> I was charged twice.';
  const first = await timed(1, reply, options);
  const after = await timed(2, reply.replace('statement.', 'statement. Let me know if it does not.'), options);
  console.log(JSON.stringify({ first, after }));
  process.exit(0);
}
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
if (timingRegexes) {
  timingRegexes = false;
  console.log(JSON.stringify({ regexes: [...regexTimes.values()] }));
  process.exit(0);
}
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
/** One fresh Node process evaluating the bundle (`regexes`: the regex-timing run); its last line of output. */
function runChild(file: string, mode = 'cpu'): string {
  // `--input-type=module`: the bundle is an ES module; its file name is passed as the child's argv[1].
  // `--experimental-default-type=module`: a build outside this repository (no package.json saying "module"
  // above it, e.g. main's copied to /tmp) would otherwise go through Node's CommonJS detection first, about
  // 170 ms more CPU than the same file here: the builds must load alike to compare.
  const args = [...V8_FLAGS, '--experimental-default-type=module', '--no-warnings', '--input-type=module', '-e', CHILD, pathToFileURL(file).href, String(WAITING), mode];
  return execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim().split('\n').pop()!;
}
for (let run = 0; run < RUNS; run++) {
  // The builds take turns, so a load that comes and goes weighs on each alike.
  files.forEach((file, i) => {
    times[i]!.push(JSON.parse(runChild(file)) as Times);
  });
}
console.log(`Engine worker start, evaluated in Node (${RUNS} runs each${V8_FLAGS.length ? `, V8 flags ${V8_FLAGS.join(' ')}` : ''}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}):`);
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
if (WARMED) {
  files.forEach((file) => {
    const runs = Array.from({ length: RUNS }, () => JSON.parse(runChild(file, 'warmed')) as { first: { cpu: number; wall: number }; after: { cpu: number; wall: number } });
    const line = (label: string, t: { cpu: number; wall: number }[]) =>
      `${label}: CPU median ${median(t.map((x) => x.cpu)).toFixed(0)} ms (runs ${t.map((x) => x.cpu.toFixed(0)).join(', ')}); wall median ${median(t.map((x) => x.wall)).toFixed(0)} ms`;
    console.log(`  ${file}, after the engine warmed itself up (no check waiting as it started):`);
    console.log(`    ${line("the agent's first check", runs.map((r) => r.first))}`);
    console.log(`    ${line('the next check (one sentence more)', runs.map((r) => r.after))}`);
  });
}
if (REGEXES > 0) {
  interface RegexTime {
    source: string;
    flags: string;
    runs: number;
    ms: number;
    firstMs: number;
  }
  files.forEach((file) => {
    const { regexes } = JSON.parse(runChild(file, 'regexes')) as { regexes: RegexTime[] };
    const total = regexes.reduce((sum, r) => sum + r.ms, 0);
    console.log(`  ${file}: regex executions up to the first answer (one run, timed one by one): ${regexes.length} regexes, ${regexes.reduce((n, r) => n + r.runs, 0)} executions, ${total.toFixed(0)} ms; the ${REGEXES} costliest (ms in all, ms of the first execution, executions, source):`);
    for (const r of [...regexes].sort((a, b) => b.ms - a.ms).slice(0, REGEXES)) console.log(`    ${r.ms.toFixed(1).padStart(7)} ${r.firstMs.toFixed(1).padStart(6)} ${String(r.runs).padStart(6)}  /${r.source.length > 110 ? `${r.source.slice(0, 110)}…` : r.source}/${r.flags}${r.source.length > 110 ? ` (${r.source.length} chars)` : ''}`);
  });
}
