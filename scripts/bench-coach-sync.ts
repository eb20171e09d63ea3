/**
 * `npm run bench:browser` (after bench-browser.ts): how fast the coach follows the editor, per demo
 * editor, in Chromium with the built test extension on the demo helpdesk. Two figures, median and p95
 * (nearest rank) of BENCH_RUNS runs (12 unless set): Apply → Ctrl+Z → resync (the agent's undo key to the coach painting the restored draft;
 * most editors fire no input event for their own undo, so this is the mutation watcher's path), and
 * keystroke → underlines past the debounce (one key at the end of a cold reply to the repaint, minus
 * the 150 ms debounce). Both clocks are the coach's own frame's (TinyMCE's iframe for TinyMCE). Asserts nothing.
 * Every step has a deadline: an editor that stalls gets its reason in the table and the others still run.
 * Prints a Markdown table (the README's "Measured" section quotes it).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame } from 'playwright-core';
import { DEMO_EDITOR_IDS } from '../demo/src/types';
import { DEBOUNCE_MS } from '../lib/coach/debounce';
import { launchBrowser } from '../tests/browser/support/launch';
import { DEFAULT_DEMO_DIR, startDemoServer } from './serve-demo';

/** BENCH_EXTENSION_DIR measures another build (as in bench-browser.ts). */
const EXTENSION_DIR = resolve(process.env.BENCH_EXTENSION_DIR ?? '.output/chrome-mv3');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 12));
/** How long one step (a check, the panel, an undo) may take before the editor's row says it stalled there. */
const STEP_MS = 15_000;
const COLD_REPLY = 'Per our records, there are no outages in your area. You need to restart your router.';
const FLAGGED = 'You need to restart your router';
const REWORDED = 'Could you restart your router?';
/** Longer than any demo editor's undo grouping (Quill 1 s), so Apply is an undo step of its own. */
const HISTORY_GROUP_MS = 1_100;

if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json')) || !existsSync(resolve(DEFAULT_DEMO_DIR, 'index.html'))) {
  console.error('Build the test extension and the demo first (npm run bench:browser does both).');
  process.exit(1);
}

/** The nearest-rank percentile (p in 0..100) of the values. */
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
};
const figures = (values: number[]) => (values.length ? `${Math.round(percentile(values, 50))} ms | ${Math.round(percentile(values, 95))} ms` : 'n/a | n/a');
/** Runs one step of a run, naming it when it does not finish in time. */
async function step<T>(what: string, run: () => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${STEP_MS / 1000} s`)), STEP_MS);
  });
  try {
    return await Promise.race([run(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const server = await startDemoServer({ port: 0 });
const browser = await launchBrowser({ extensionDir: EXTENSION_DIR });
try {
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.__demo?.ready === true, undefined, { timeout: 60_000 });
  const getText = (id: string) => page.evaluate((editor) => window.__demo.editors[editor]!.getText(), id);
  const setText = (id: string, text: string) => page.evaluate(([editor, value]) => window.__demo.editors[editor]!.setText(value), [id, text] as const);
  const focus = (id: string) => page.evaluate((editor) => window.__demo.editors[editor]!.focus(), id);

  /** The frame whose content script coaches the editor (an editor in an iframe has its own). */
  async function coachFrame(id: string): Promise<Frame> {
    await focus(id);
    for (const frame of page.frames()) {
      const owns = await frame
        .evaluate(() => document.hasFocus() && (document.activeElement?.matches('textarea, [contenteditable="true"], [contenteditable=""]') ?? false))
        .catch(() => false);
      if (owns && frame !== page.mainFrame()) return frame;
    }
    return page.mainFrame();
  }

  /** Arms the frame: the time of the next agent key, and of the first paint of a check of `chars` characters. */
  const arm = (frame: Frame, chars: number) =>
    frame.evaluate((expected) => {
      const w = window as unknown as { __sync: { key: number; painted: number } };
      w.__sync = { key: 0, painted: 0 };
      // No named helpers in here: tsx would wrap them in a __name() the page does not have.
      document.addEventListener('keydown', () => (w.__sync.key ||= performance.timeOrigin + performance.now()), { capture: true, once: true });
      const host = document.querySelector('rapport-coach')!;
      const observer = new MutationObserver(() => {
        const timing = JSON.parse(host.getAttribute('data-rapport-timing') ?? 'null') as { chars: number } | null;
        if (timing?.chars === expected && !w.__sync.painted) {
          w.__sync.painted = performance.timeOrigin + performance.now();
          observer.disconnect();
        }
      });
      observer.observe(host, { attributes: true, attributeFilter: ['data-rapport-timing'] });
    }, chars);
  const measured = async (frame: Frame) => {
    const handle = await frame.waitForFunction(() => {
      const sync = (window as unknown as { __sync: { key: number; painted: number } }).__sync;
      return sync.key && sync.painted ? sync.painted - sync.key : null;
    }, undefined, { timeout: STEP_MS, polling: 10 });
    return (await handle.jsonValue()) as number;
  };
  const lastTiming = (frame: Frame) => frame.evaluate(() => document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? 'none');
  const analysed = async (frame: Frame, chars: number) => {
    try {
      await frame.waitForFunction((expected) => JSON.parse(document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? 'null')?.chars === expected, chars, { timeout: STEP_MS, polling: 20 });
    } catch (error) {
      throw new Error(`no check of ${chars} characters was painted in ${frame === page.mainFrame() ? 'the page' : frame.url()} (last: ${await lastTiming(frame)})`, { cause: error });
    }
  };

  const rows: string[] = [];
  console.log(`The coach following the editor: ${RUNS} runs per editor, debounce ${DEBOUNCE_MS} ms.`);
  for (const id of DEMO_EDITOR_IDS) {
    const undo: number[] = [];
    const keystroke: number[] = [];
    const notes: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      try {
        await setText(id, '');
        const frame = await coachFrame(id);
        await page.keyboard.type(COLD_REPLY);
        await step('the first check', async () => analysed(frame, (await getText(id)).length));

        // One key at the end of the reply: keydown to the repaint of the longer draft.
        await arm(frame, (await getText(id)).length + 1);
        await page.keyboard.type('!');
        keystroke.push((await step('the check after a keystroke', () => measured(frame))) - DEBOUNCE_MS);
        await page.keyboard.press('Backspace');
        await step('the check after Backspace', async () => analysed(frame, (await getText(id)).length));

        // Apply from the panel, then the editor's own undo.
        await pause(HISTORY_GROUP_MS);
        // Rapport's UI lives in the coach's frame (an editor in an iframe has its own).
        // The list may still be open from the last run (CKEditor keeps it open across the undo): a click would close it.
        const badge = frame.locator('[data-rapport="badge"]');
        if ((await badge.getAttribute('aria-expanded')) !== 'true') await step('opening the list', () => badge.click({ timeout: STEP_MS }));
        const apply = frame.locator('[data-rapport="panel"] [data-rapport="finding"]', { hasText: FLAGGED }).locator('[data-rapport="apply"]', { hasText: REWORDED });
        await step('Apply in the list', () => apply.click({ timeout: STEP_MS }));
        await step('the editor taking the rewording', () =>
          page.waitForFunction(([editor, text]) => window.__demo.editors[editor]!.getText().includes(text), [id, REWORDED] as const, { timeout: STEP_MS }),
        );
        await step('the check after Apply', async () => analysed(frame, (await getText(id)).length));
        await focus(id);
        await arm(frame, COLD_REPLY.length);
        await page.keyboard.press('Control+z');
        try {
          await page.waitForFunction(([editor, text]) => window.__demo.editors[editor]!.getText().includes(text), [id, FLAGGED] as const, { timeout: 5_000 });
        } catch {
          notes.push('one Ctrl+Z did not restore the reply');
          continue;
        }
        undo.push(await step('the check after Ctrl+Z', () => measured(frame)));
      } catch (error) {
        notes.push(`run ${run + 1}: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`);
        await page.keyboard.press('Escape').catch(() => undefined);
      }
    }
    const note = [...new Set(notes)].join('; ');
    const row = `| ${id} | ${undo.length}/${RUNS} | ${figures(undo)} | ${figures(keystroke)} | ${note} |`;
    rows.push(row);
    console.log(`  ${row}`);
    await setText(id, '').catch(() => undefined);
  }
  console.log('');
  console.log('| editor | runs restored | Apply → Ctrl+Z → resync, median | p95 | keystroke → underlines past the debounce, median | p95 | note |');
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
} finally {
  await browser.close();
  await server.close();
}
