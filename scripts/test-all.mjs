// `npm test`: every stage runs even when an earlier one fails, each stage's result is reported,
// and the exit code is non-zero at the end if any failed. Plain Node, so it runs before anything
// is compiled. Writes reports/stages.json for scripts/ci-summary.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const STAGES = [
  ['typecheck', 'type check (tsc)'],
  ['lint', 'lint (eslint)'],
  ['lint:dead', 'dead code (knip: no unused export, no unreachable file)'],
  ['test:unit', 'unit and component tests (vitest)'],
  ['lint:firefox', "Firefox add-on lint (web-ext lint, no warning from Rapport's code)"],
  ['test:browser', 'browser tests (built extension in Chromium and Firefox ESR)'],
];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const results = [];
for (const [script, label] of STAGES) {
  console.log(`\n▶ ${label}: npm run ${script}`);
  const started = Date.now();
  const run = spawnSync(npm, ['run', '-s', script], { stdio: 'inherit' });
  const ok = run.status === 0;
  results.push({ stage: script, label, ok, seconds: Math.round((Date.now() - started) / 100) / 10 });
  console.log(`${ok ? '✔' : '✖'} ${label} ${ok ? 'passed' : `failed (exit ${run.status ?? run.signal})`} in ${results.at(-1).seconds} s`);
}

mkdirSync('reports', { recursive: true });
writeFileSync('reports/stages.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nStages:');
for (const r of results) console.log(`  ${r.ok ? '✔ passed' : '✖ FAILED'}  ${r.stage.padEnd(13)} ${String(r.seconds).padStart(6)} s  ${r.label}`);
const failed = results.filter((r) => !r.ok);
console.log(failed.length ? `\n${failed.length} of ${results.length} stages failed: ${failed.map((r) => r.stage).join(', ')}` : `\nAll ${results.length} stages passed.`);
process.exitCode = failed.length ? 1 : 0;
