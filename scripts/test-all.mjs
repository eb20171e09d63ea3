// `npm test`: every stage runs even when an earlier one fails, each stage's result is reported,
// and the exit code is non-zero at the end if any failed. Plain Node, so it runs before anything
// is compiled. Writes reports/stages.json for scripts/ci-summary.mjs.
//
// The static checks are single-threaded and only read the sources (web-ext lint's build writes only
// .output/firefox-mv2), so they run side by side on the two cores, each one's output printed whole when
// it ends. The unit tests and the browser tests each use both cores, so they run alone, one after the other.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const STAGES = [
  ['typecheck', 'type check (tsc)'],
  ['lint', 'lint (eslint)'],
  ['lint:dead', 'dead code (knip: no unused export, no unreachable file)'],
  ['lint:firefox', "Firefox add-on lint (web-ext lint, no warning from Rapport's code)"],
  ['test:unit', 'unit and component tests (vitest)'],
  ['test:browser', 'browser tests (built extension in Chromium and Firefox ESR)'],
];
/** Stages of a group run at the same time; groups run one after another. */
const GROUPS = [['typecheck', 'lint', 'lint:dead', 'lint:firefox'], ['test:unit'], ['test:browser']];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const labelOf = new Map(STAGES);

/** Runs one stage; alone it streams its output, beside others it prints it whole when it ends. */
function runStage(script, alone) {
  const label = labelOf.get(script);
  console.log(`\n▶ ${label}: npm run ${script}${alone ? '' : ' (beside other checks; its output follows when it ends)'}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '-s', script], { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      const ok = code === 0;
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      if (!alone) {
        console.log(`\n── ${label} (npm run ${script}) ──`);
        process.stdout.write(Buffer.concat(output));
      }
      console.log(`${ok ? '✔' : '✖'} ${label} ${ok ? 'passed' : `failed (exit ${code ?? signal})`} in ${seconds} s`);
      resolve({ stage: script, label, ok, seconds });
    });
  });
}

/** Stages that need the browsers, which .ci/run may still be installing in the background (RAPPORT_BROWSERS_STATUS). */
const NEEDS_BROWSERS = new Set(['test:browser']);
/** How long to wait for that install: far longer than apt takes, so only a hung install fails the stage. */
const BROWSER_INSTALL_LIMIT_MS = 20 * 60_000;

/**
 * Waits for the background browser install .ci/run started, if any: its exit status lands in the file named by
 * RAPPORT_BROWSERS_STATUS. Resolves null when the browsers are there, or a reason when the install failed or hung.
 */
async function browsersInstalled() {
  const statusFile = process.env.RAPPORT_BROWSERS_STATUS;
  if (!statusFile) return null;
  const started = Date.now();
  if (!existsSync(statusFile)) console.log('\n… waiting for the browser install (.ci/run started it in the background)');
  while (!existsSync(statusFile)) {
    if (Date.now() - started > BROWSER_INSTALL_LIMIT_MS) return `the browser install did not end within ${BROWSER_INSTALL_LIMIT_MS / 60_000} min`;
    await sleep(1000);
  }
  const code = readFileSync(statusFile, 'utf8').trim();
  if (code === '0') return null;
  const logFile = process.env.RAPPORT_BROWSERS_LOG;
  if (logFile && existsSync(logFile)) process.stdout.write(readFileSync(logFile));
  return `the browser install (apt-get) ${code === '124' ? 'timed out (.ci/run bounds it with timeout)' : `failed with exit ${code}`}`;
}

/** A stage that could not run: reported as failed, with the reason. */
function notRun(script, reason) {
  const label = labelOf.get(script);
  console.log(`\n✖ ${label} not run: ${reason}`);
  return { stage: script, label, ok: false, seconds: 0 };
}

const byStage = new Map();
for (const group of GROUPS) {
  const missingBrowsers = group.some((script) => NEEDS_BROWSERS.has(script)) ? await browsersInstalled() : null;
  const results = await Promise.all(
    group.map((script) => (missingBrowsers && NEEDS_BROWSERS.has(script) ? notRun(script, missingBrowsers) : runStage(script, group.length === 1))),
  );
  for (const result of results) byStage.set(result.stage, result);
}
const results = STAGES.map(([script]) => byStage.get(script));

mkdirSync('reports', { recursive: true });
writeFileSync('reports/stages.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nStages:');
for (const r of results) console.log(`  ${r.ok ? '✔ passed' : '✖ FAILED'}  ${r.stage.padEnd(13)} ${String(r.seconds).padStart(6)} s  ${r.label}`);
const failed = results.filter((r) => !r.ok);
console.log(failed.length ? `\n${failed.length} of ${results.length} stages failed: ${failed.map((r) => r.stage).join(', ')}` : `\nAll ${results.length} stages passed.`);
process.exitCode = failed.length ? 1 : 0;
