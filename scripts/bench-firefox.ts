/**
 * `npm run bench:firefox` (part of `npm run bench`): the engine's start in a real Firefox (headless ESR, through
 * puppeteer-core over WebDriver BiDi, as the Firefox browser test drives it), where the MV2 background page is the
 * engine and the build keeps compromise's packed lexicon (wxt.config.ts). A fresh Firefox per run, the test build
 * installed as a temporary add-on; then the agent's path: the demo helpdesk's textarea focused (the coach asks the
 * engine to warm up), a short reply typed, the first underlines. Reported, in wall-clock ms after the background page
 * started (the start marks of lib/engine-wire/start-marks.ts, read from the background page): the background
 * evaluated, the engine's chunk evaluated (compromise with its lexicon unpacked, the default pack, the analyzer's
 * code), the analyzer built, the first check in and out; and the first check as the page saw it (past the debounce).
 * Firefox gives no per-process CPU here: wall times, with the load average beside them — compare builds taking turns.
 * `BENCH_FIREFOX_DIR` picks the build (default `.output/firefox-mv2`, built with WXT_RAPPORT_TEST_HOOKS=1);
 * `BENCH_FIREFOX_BEFORE_DIR` adds another to take turns with (e.g. a build with the expanded lexicon:
 * `RAPPORT_FIREFOX_LEXICON=expanded WXT_RAPPORT_TEST_HOOKS=1 npx wxt build -b firefox`, copied aside); `BENCH_RUNS`
 * (default 3). Needs `firefox-esr` (≥ 138) and `npm run demo:build`.
 */
import { existsSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { DEFAULT_DEMO_DIR, startDemoServer } from './serve-demo';
import { launchFirefoxWithExtension, type LaunchedFirefox } from '../tests/browser/support/firefox';
import type { CoachTiming } from '../tests/browser/support/coach-timing';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DEBOUNCE_MS = 150;
const REPLY = 'You need to restart your router.';
const builds = [process.env.BENCH_FIREFOX_BEFORE_DIR, process.env.BENCH_FIREFOX_DIR ?? '.output/firefox-mv2'].filter((d): d is string => !!d).map((d) => resolve(d));
/** The start marks reported, in the order they happen. */
const PHASES = ['sw-start', 'sw-evaluated', 'engine-evaluated', 'rules-resolved', 'analyzer-ready', 'first-check-in', 'first-check-out', 'warm'] as const;

for (const dir of builds) {
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    console.error(`No Firefox build at ${dir}: WXT_RAPPORT_TEST_HOOKS=1 npx wxt build -b firefox first.`);
    process.exit(1);
  }
}
if (!existsSync(resolve(DEFAULT_DEMO_DIR, 'index.html'))) {
  console.error('Build the demo first: npm run demo:build.');
  process.exit(1);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function poll<T>(read: () => Promise<T | null>, what: string, timeoutMs = 120_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read().catch(() => null);
    if (value !== null) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The background page's start marks, read from an extension page (puppeteer sees no load event there: poll). */
async function startMarks(firefox: LaunchedFirefox): Promise<Map<string, number>> {
  const page = await firefox.browser.newPage();
  void page.goto(`${firefox.extensionUrl}options.html`, { timeout: 30_000 }).catch(() => undefined);
  const marks = await poll(
    () =>
      page.evaluate(() => {
        const background = (globalThis as unknown as { browser?: { extension?: { getBackgroundPage?: () => unknown } } }).browser?.extension?.getBackgroundPage?.() as
          | { __rapportStartMarks?: () => [string, number][] }
          | undefined;
        return background?.__rapportStartMarks?.() ?? null;
      }),
    'the background page',
    30_000,
  );
  await page.close();
  return new Map(marks);
}

interface Run {
  phases: Map<string, number>;
  /** The first check as the page saw it, past the debounce (its input-to-paint less 150 ms). */
  check: number;
  /** From the focus in the reply box to the first underlines. */
  focusToUnderlines: number;
}

async function oneRun(dir: string, demoUrl: string): Promise<Run> {
  const firefox = await launchFirefoxWithExtension(dir);
  const installedAt = Date.now();
  try {
    const page: Page = await firefox.browser.newPage();
    await page.goto(`${demoUrl}?editors=textarea`);
    await page.waitForFunction(() => window.__demo?.ready === true, { timeout: 60_000 });
    await page.bringToFront();
    const focusedAt = Date.now();
    await page.evaluate(() => window.__demo.editors.textarea!.focus());
    await page.keyboard.type(REPLY);
    const timing = await poll(
      () =>
        page.evaluate((chars) => {
          const raw = document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing');
          const parsed = raw ? (JSON.parse(raw) as { chars: number }) : null;
          return parsed?.chars === chars ? (raw ?? null) : null;
        }, REPLY.length),
      'the first check',
    );
    const underlinesAt = Date.now();
    const first = JSON.parse(timing) as CoachTiming;
    const marks = await startMarks(firefox);
    // From the background page's start (installExtension returns only once it has run).
    const origin = marks.get('sw-start') ?? installedAt;
    const phases = new Map(PHASES.filter((name) => marks.has(name)).map((name) => [name, marks.get(name)! - origin]));
    return { phases, check: first.inputToPaintMs - DEBOUNCE_MS, focusToUnderlines: underlinesAt - focusedAt };
  } finally {
    await firefox.close();
  }
}

const server = await startDemoServer({ port: 0 });
const runs = builds.map((): Run[] => []);
try {
  for (let run = 0; run < RUNS; run++) {
    // The builds take turns, so a load that comes and goes weighs on each alike.
    for (const [i, dir] of builds.entries()) runs[i]!.push(await oneRun(dir, server.url));
  }
} finally {
  await server.close();
}

const mib = (file: string) => (existsSync(file) ? `${(statSync(file).size / 1024 / 1024).toFixed(2)} MiB` : '-');
console.log(`Firefox (headless ${process.env.FIREFOX_PATH ?? 'firefox-esr'}), a fresh browser per run, ${RUNS} runs each, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}:`);
builds.forEach((dir, i) => {
  const r = runs[i]!;
  console.log(`  ${dir} (background.js ${mib(resolve(dir, 'background.js'))}):`);
  console.log(`    phases, ms after the background page started (median; runs): ${PHASES.filter((name) => r.some((x) => x.phases.has(name))).map((name) => `${name} ${Math.round(median(r.map((x) => x.phases.get(name) ?? NaN)))} (${r.map((x) => (x.phases.has(name) ? Math.round(x.phases.get(name)!) : '-')).join('/')})`).join('; ')}`);
  const span = (from: string, to: string) => r.map((x) => (x.phases.has(from) && x.phases.has(to) ? Math.round(x.phases.get(to)! - x.phases.get(from)!) : NaN));
  const line = (label: string, values: number[]) => `${label} ${median(values)} ms (${values.join('/')})`;
  console.log(`    ${line("background start -> engine evaluated (compromise's lexicon unpacked)", span('sw-start', 'engine-evaluated'))}; ${line('the analyzer built (rules-resolved -> analyzer-ready)', span('rules-resolved', 'analyzer-ready'))}`);
  console.log(`    ${line('first check past the debounce', r.map((x) => x.check))}; ${line('focus -> first underlines', r.map((x) => x.focusToUnderlines))}`);
});
