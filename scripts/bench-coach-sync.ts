/**
 * `npm run bench:browser` (after bench-browser.ts): how fast the coach follows the editor, per demo
 * editor, in Chromium with the built test extension on the demo helpdesk. Two figures, median and p95
 * (nearest rank) of BENCH_RUNS runs (12 unless set): Apply → Ctrl+Z → resync (the agent's undo key to the coach painting the restored draft;
 * most editors fire no input event for their own undo, so this is the mutation watcher's path), and
 * keystroke → underlines past the debounce (one key at the end of the restored cold reply to the repaint,
 * minus the 150 ms debounce). Each run is a fresh tab holding only that editor. Both clocks are the coach's
 * own frame's (the editor's iframe for TinyMCE and CKEditor 4). BENCH_EDITORS picks editors. Asserts nothing.
 * Every step has a deadline: an editor that stalls gets its reason in the table and the others still run.
 * Prints a Markdown table (the README's "Measured" section quotes it).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { DEMO_EDITOR_IDS } from '../demo/src/types';
import { DEBOUNCE_MS } from '../lib/coach/debounce';
import { launchBrowser } from '../tests/browser/support/launch';
import { coachFrame, coachUi } from '../tests/browser/support/underlines';
import { DEFAULT_DEMO_DIR, startDemoServer } from './serve-demo';

/** BENCH_EXTENSION_DIR measures another build (as in bench-browser.ts). */
const EXTENSION_DIR = resolve(process.env.BENCH_EXTENSION_DIR ?? '.output/chrome-mv3');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 12));
/** BENCH_EDITORS=slate,ckeditor4 measures only those demo editors (every one unless set). */
const EDITORS = process.env.BENCH_EDITORS ? process.env.BENCH_EDITORS.split(',').map((id) => id.trim()) : [...DEMO_EDITOR_IDS];
const unknownEditors = EDITORS.filter((id) => !(DEMO_EDITOR_IDS as readonly string[]).includes(id));
if (unknownEditors.length) {
  console.error(`BENCH_EDITORS: no demo editor ${unknownEditors.join(', ')} (there are ${DEMO_EDITOR_IDS.join(', ')}).`);
  process.exit(1);
}
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
  let page!: Page;
  /** A fresh tab holding only the editor under measure (as the editor contract's tests do). */
  const openDemo = async (id: string) => {
    page = await browser.context.newPage();
    await page.goto(`${server.url}?editors=${id}`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.__demo?.ready === true, undefined, { timeout: 60_000 });
  };
  const getText = (id: string) => page.evaluate((editor) => window.__demo.editors[editor]!.getText(), id);
  const focus = (id: string) => page.evaluate((editor) => window.__demo.editors[editor]!.focus(), id);

  /**
   * Arms the frame: from now on it notes the time of every agent key and of every check the coach paints
   * (with the draft's length), in the coach's own frame, so the run can pick them afterwards.
   */
  const arm = (frame: Frame) =>
    frame.evaluate(() => {
      type Sync = { keys: number[]; paints: { chars: number; at: number }[]; listening: AbortController; observer: MutationObserver };
      const w = window as unknown as { __sync?: Sync };
      // The last run's listeners go.
      w.__sync?.listening.abort();
      w.__sync?.observer.disconnect();
      const keys: number[] = [];
      const paints: Sync['paints'] = [];
      const listening = new AbortController();
      // No named helpers in here: tsx would wrap them in a __name() the page does not have.
      document.addEventListener('keydown', () => keys.push(performance.timeOrigin + performance.now()), { capture: true, signal: listening.signal });
      const host = document.querySelector('rapport-coach')!;
      const observer = new MutationObserver(() => {
        const timing = JSON.parse(host.getAttribute('data-rapport-timing') ?? 'null') as { chars: number } | null;
        if (timing) paints.push({ chars: timing.chars, at: performance.timeOrigin + performance.now() });
      });
      observer.observe(host, { attributes: true, attributeFilter: ['data-rapport-timing'] });
      w.__sync = { keys, paints, listening, observer };
    });
  /** From the agent's last key to the first paint after it of a check of exactly `chars` characters. */
  const measured = async (frame: Frame, chars: number) => {
    const handle = await frame.waitForFunction((expected) => {
      const { keys, paints } = (window as unknown as { __sync: { keys: number[]; paints: { chars: number; at: number }[] } }).__sync;
      const key = keys.at(-1);
      const paint = key === undefined ? undefined : paints.find((p) => p.at > key && p.chars === expected);
      return key !== undefined && paint ? paint.at - key : null;
    }, chars, { timeout: STEP_MS, polling: 10 });
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
  for (const id of EDITORS) {
    const undo: number[] = [];
    const keystroke: number[] = [];
    const notes: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Each run in a fresh tab: an empty editor with an empty undo history (clearing an editor by its API
      // is asynchronous in CKEditor 4, and Slate would merge a Backspace with the Apply into one undo step).
      await openDemo(id);
      try {
        await focus(id);
        const frame = await coachFrame(page, id);
        await page.keyboard.type(COLD_REPLY);
        await step('the first check', async () => analysed(frame, (await getText(id)).length));

        // Apply from the panel (drawn on the page; for an editor in a frame, around that frame), then the editor's own undo.
        await pause(HISTORY_GROUP_MS);
        const ui = coachUi(page, id);
        await step('opening the list', () => ui.locator('[data-rapport="badge"]').click({ timeout: STEP_MS }));
        const apply = ui.locator('[data-rapport="panel"] [data-rapport="finding"]', { hasText: FLAGGED }).locator('[data-rapport="apply"]', { hasText: REWORDED });
        await step('Apply in the list', () => apply.click({ timeout: STEP_MS }));
        await step('the editor taking the rewording', () =>
          page.waitForFunction(([editor, text]) => window.__demo.editors[editor]!.getText().includes(text), [id, REWORDED] as const, { timeout: STEP_MS }),
        );
        await step('the check after Apply', async () => analysed(frame, (await getText(id)).length));
        await focus(id);
        await arm(frame);
        // Ctrl+Z until the reply is back, timed from the press that restored it (at most 5 presses).
        let presses = 0;
        const seen: string[] = [];
        while (presses < 5 && (await getText(id)) !== COLD_REPLY) {
          const before = await getText(id);
          await page.keyboard.press('Control+z');
          presses += 1;
          await page
            .waitForFunction(([editor, text]) => window.__demo.editors[editor]!.getText() !== text, [id, before] as const, { timeout: 5_000 })
            .catch(() => undefined);
          seen.push(await getText(id));
        }
        if ((await getText(id)) !== COLD_REPLY) {
          notes.push(`Ctrl+Z did not restore the reply (${seen.map((text) => JSON.stringify(text)).join(', then ')})`);
          continue;
        }
        if (presses > 1) notes.push(`${presses} Ctrl+Z to restore the reply`);
        undo.push(await step('the check after Ctrl+Z', () => measured(frame, COLD_REPLY.length)));

        // One key at the end of the restored reply: keydown to the repaint of the longer draft.
        await page.keyboard.press('Control+End');
        await arm(frame);
        await page.keyboard.type('!');
        keystroke.push((await step('the check after a keystroke', () => measured(frame, COLD_REPLY.length + 1))) - DEBOUNCE_MS);
      } catch (error) {
        notes.push(`run ${run + 1}: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`);
      } finally {
        await page.close();
      }
    }
    const note = [...new Set(notes)].join('; ');
    const row = `| ${id} | ${undo.length}/${RUNS} | ${figures(undo)} | ${figures(keystroke)} | ${note} |`;
    rows.push(row);
    console.log(`  ${row}`);
  }
  console.log('');
  console.log('| editor | runs restored | Apply → Ctrl+Z → resync, median | p95 | keystroke → underlines past the debounce, median | p95 | note |');
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
} finally {
  await browser.close();
  await server.close();
}
