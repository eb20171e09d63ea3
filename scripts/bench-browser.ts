/**
 * `npm run bench:browser` (part of `npm run bench`): Rapport's speed in a real Chromium with the
 * built extension on the demo helpdesk. Measures what the browser tests only check for
 * correctness: last keystroke to underlines for 150 and 1,500 words (including the 150 ms
 * debounce), a 20,000-word draft's analysis slices and the longest main-thread task it causes,
 * and the longest task while typing a reply. Reports medians of a few runs; asserts nothing.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_DEMO_DIR, startDemoServer } from './serve-demo';
import { draft } from '../tests/browser/support/drafts';
import { launchBrowser } from '../tests/browser/support/launch';
import type { CoachTiming as Timing } from '../tests/browser/support/coach-timing';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);


if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json')) || !existsSync(resolve(DEFAULT_DEMO_DIR, 'index.html'))) {
  console.error('Build the extension and the demo first: npm run build && npm run demo:build (npm run bench:browser does both).');
  process.exit(1);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function waitForAnalysis(page: Page, chars: number): Promise<Timing> {
  const handle = await page.waitForFunction(
    (expected) => {
      const raw = document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing');
      const timing = raw ? JSON.parse(raw) : null;
      return timing?.chars === expected ? timing : null;
    },
    chars,
    { timeout: 120_000, polling: 20 },
  );
  return (await handle.jsonValue()) as Timing;
}

const server = await startDemoServer({ port: 0 });
const browser = await launchBrowser({ extensionDir: EXTENSION_DIR });
try {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(server.url);
  await page.waitForFunction(() => window.__demo?.ready === true, undefined, { timeout: 60_000 });
  const now = () => page.evaluate(() => performance.now());
  const longestTaskSince = (from: number) =>
    page.evaluate((since) => Math.max(0, ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start >= since).map((t) => t.duration)), from);
  const setText = (id: string, text: string) => page.evaluate(([editor, value]) => window.__demo.editors[editor]!.setText(value), [id, text] as const);
  const focus = (id: string) => page.evaluate((editor) => window.__demo.editors[editor]!.focus(), id);
  const textLength = (id: string) => page.evaluate((editor) => window.__demo.editors[editor]!.getText().length, id);

  console.log(`Rapport in Chromium (${RUNS} runs each, medians; the demo helpdesk at ${server.url})`);
  console.log('last keystroke -> underlines painted (includes the 150 ms debounce):');
  for (const id of ['textarea', 'gmail']) {
    for (const words of [150, 1500]) {
      const runs: Timing[] = [];
      for (let run = 0; run < RUNS; run++) {
        await setText(id, draft(words, `${id}${words}r${run}x`));
        await focus(id);
        await page.keyboard.type('.');
        runs.push(await waitForAnalysis(page, await textLength(id)));
      }
      console.log(
        `  ${id.padEnd(8)} ${String(words).padStart(5)} words: ${median(runs.map((t) => t.inputToPaintMs))} ms ` +
          `(analysis ${median(runs.map((t) => t.analyseMs))} ms, paint ${median(runs.map((t) => t.paintMs))} ms, ${runs[0]!.findings} findings)`,
      );
    }
    await setText(id, '');
  }

  const typingFrom = await now();
  await focus('prosemirror');
  await page.keyboard.type('Per our records, there are no outages in your area. You need to restart your router.');
  await waitForAnalysis(page, await textLength('prosemirror'));
  console.log(`longest main-thread task while typing a reply: ${Math.round(await longestTaskSince(typingFrom))} ms`);

  const big = draft(20_000, 'big');
  const bigRuns: { timing: Timing; longest: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    const text = `${big} ${run}`;
    await setText('textarea', text);
    await focus('textarea');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const from = await now();
    await page.keyboard.type('!');
    const timing = await waitForAnalysis(page, text.length + 1);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    bigRuns.push({ timing, longest: await longestTaskSince(from) });
  }
  console.log(
    `20,000-word draft (${big.length} characters): ${median(bigRuns.map((r) => r.timing.inputToPaintMs))} ms to underlines, ` +
      `${median(bigRuns.map((r) => r.timing.slices))} slices (longest ${median(bigRuns.map((r) => r.timing.longestSliceMs))} ms), ` +
      `longest main-thread task ${Math.round(median(bigRuns.map((r) => r.longest)))} ms (target < 50 ms)`,
  );
} finally {
  await browser.close();
  await server.close();
}
