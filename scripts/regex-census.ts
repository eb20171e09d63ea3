/**
 * `npx tsx scripts/regex-census.ts [file] [rounds]`: where the engine's regular expressions spend their time while it
 * analyses each reply of a dev file (data/replies/dev.jsonl unless given; never an untouched split or a check batch)
 * with its customer's message, from a cold cache. Every `RegExp.prototype.exec` (which `test`, `match`, `replace`,
 * `split` and `matchAll` call) is timed and counted, with the characters it was given, per regex and per engine module
 * that built it (read from the stack at its first run). Timing each call slows every regex a little and moves V8 off
 * its fast paths, so the times rank regexes against each other; the analysis's own CPU is `bench-dev-replies.ts`'s.
 * The first round warms the JIT and is not counted.
 */
import { createAnalyzer } from '../lib/engine/analyzer';
import { defaultPack } from '../lib/rules/default';
import { readDevReplies } from './dev-replies';

const file = process.argv[2] ?? 'data/replies/dev.jsonl';
const rounds = Math.max(2, Number(process.argv[3] ?? 3) || 3);

const rows = readDevReplies(file);

interface Cost {
  calls: number;
  chars: number;
  ns: bigint;
  owner: string;
}
const costs = new WeakMap<RegExp, Cost>();
const all: [RegExp, Cost][] = [];
let counting = false;
let inside = false;
const exec = RegExp.prototype.exec;
Error.stackTraceLimit = 30;
/** The innermost engine module on the stack (not this script, not compromise). */
function ownerOf(stack: string): string {
  const m = /\/((?:lib)\/[^:)]+)/.exec(stack);
  return m ? m[1]! : /node_modules\/([^/]+)/.exec(stack)?.[1] ?? '?';
}
RegExp.prototype.exec = function timedExec(this: RegExp, text: string) {
  if (!counting || inside) return exec.call(this, text);
  let cost = costs.get(this);
  if (!cost) {
    inside = true; // reading the stack runs regexes of its own
    cost = { calls: 0, chars: 0, ns: 0n, owner: ownerOf(new Error().stack ?? '') };
    inside = false;
    costs.set(this, cost);
    all.push([this, cost]);
  }
  const start = process.hrtime.bigint();
  const result = exec.call(this, text);
  cost.ns += process.hrtime.bigint() - start;
  cost.calls++;
  cost.chars += String(text).length - (this.global || this.sticky ? this.lastIndex : 0);
  return result;
};

const analyzer = createAnalyzer(defaultPack);
for (let round = 0; round < rounds; round++) {
  counting = round > 0;
  for (const row of rows) {
    analyzer.clearCache();
    analyzer.analyze(row.text, row.options);
  }
}
counting = false;

const counted = rounds - 1;
const bySource = new Map<string, Cost & { regexes: number }>();
for (const [re, c] of all) {
  const key = `${c.owner}  /${re.source.length > 100 ? `${re.source.slice(0, 100)}…` : re.source}/${re.flags}`;
  const s = bySource.get(key) ?? { calls: 0, chars: 0, ns: 0n, owner: c.owner, regexes: 0 };
  s.calls += c.calls;
  s.chars += c.chars;
  s.ns += c.ns;
  s.regexes++;
  bySource.set(key, s);
}
const byOwner = new Map<string, Cost>();
for (const [, c] of all) {
  const s = byOwner.get(c.owner) ?? { calls: 0, chars: 0, ns: 0n, owner: c.owner };
  s.calls += c.calls;
  s.chars += c.chars;
  s.ns += c.ns;
  byOwner.set(c.owner, s);
}
const totalNs = all.reduce((n, [, c]) => n + c.ns, 0n);
const ms = (ns: bigint) => Number(ns) / 1e6 / counted;
const perReply = (n: number) => n / counted / rows.length;
console.log(`${rows.length} replies of ${file}, ${counted} rounds counted: ${ms(totalNs).toFixed(0)} ms in regexes per round, ${all.length} regexes run`);
console.log('\nby module that runs them (ms per round, calls per reply, characters read per reply)');
for (const [owner, c] of [...byOwner].sort((a, b) => Number(b[1].ns - a[1].ns)).slice(0, 25))
  console.log(`${ms(c.ns).toFixed(1).padStart(8)} ms ${perReply(c.calls).toFixed(0).padStart(7)} calls ${perReply(c.chars).toFixed(0).padStart(8)} chars  ${owner}`);
console.log('\nby regex');
for (const [key, c] of [...bySource].sort((a, b) => Number(b[1].ns - a[1].ns)).slice(0, Number(process.env.TOP ?? 40)))
  console.log(`${ms(c.ns).toFixed(1).padStart(8)} ms ${perReply(c.calls).toFixed(0).padStart(7)} calls ${perReply(c.chars).toFixed(0).padStart(8)} chars  ${c.regexes > 1 ? `(${c.regexes}×) ` : ''}${key}`);
