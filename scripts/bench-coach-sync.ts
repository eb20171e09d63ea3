/**
 * `npm run bench:browser` (after bench-browser.ts): how fast the coach follows the editor, per demo
 * editor, in Chromium with the built test extension on the demo helpdesk. Two figures, medians of a
 * few runs: Apply → Ctrl+Z → resync (the agent's undo key to the coach painting the restored draft;
 * most editors fire no input event for their own undo, so this is the mutation watcher's path), and
 * keystroke → underlines past the debounce (one key at the end of a cold reply to the repaint, minus
 * the 150 ms debounce). Both clocks are the coach's own frame's (TinyMCE's iframe for TinyMCE). Asserts nothing.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame } from 'playwright-core';
import { DEMO_EDITOR_IDS } from '../demo/src/types';
import { DEBOUNCE_MS } from '../lib/coach/debounce';
import { launchBrowser } from '../tests/browser/support/launch';
import { DEFAULT_DEMO_DIR, startDemoServer } from './serve-demo';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const COLD_REPLY = 'Per our records, there are no outages in your area. You need to restart your router.';
const FLAGGED = 'You need to restart your router';
const REWORDED = 'Could you restart your router?';
/** Longer than any demo editor's undo grouping (Quill 1 s), so Apply is an undo step of its own. */
const HISTORY_GROUP_MS = 1_100;

if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json')) || !existsSync(resolve(DEFAULT_DEMO_DIR, 'index.html'))) {
  console.error('Build the test extension and the demo first (npm run bench:browser does both).');
  process.exit(1);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
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
    }, undefined, { timeout: 30_000, polling: 10 });
    return (await handle.jsonValue()) as number;
  };
  const lastTiming = (frame: Frame) => frame.evaluate(() => document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? 'none');
  const analysed = async (frame: Frame, chars: number) => {
    try {
      await frame.waitForFunction((expected) => JSON.parse(document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? 'null')?.chars === expected, chars, { timeout: 30_000, polling: 20 });
    } catch (error) {
      throw new Error(`no check of ${chars} characters was painted in ${frame === page.mainFrame() ? 'the page' : frame.url()} (last: ${await lastTiming(frame)})`, { cause: error });
    }
  };

  console.log(`The coach following the editor (${RUNS} runs each, medians; debounce ${DEBOUNCE_MS} ms):`);
  console.log('  editor       Apply -> Ctrl+Z -> resync    keystroke -> underlines past the debounce');
  for (const id of DEMO_EDITOR_IDS) {
    const undo: number[] = [];
    const keystroke: number[] = [];
    let note = '';
    for (let run = 0; run < RUNS; run++) {
      await setText(id, '');
      const frame = await coachFrame(id);
      await page.keyboard.type(COLD_REPLY);
      await analysed(frame, (await getText(id)).length);

      // One key at the end of the reply: keydown to the repaint of the longer draft.
      await arm(frame, (await getText(id)).length + 1);
      await page.keyboard.type('!');
      keystroke.push((await measured(frame)) - DEBOUNCE_MS);
      await page.keyboard.press('Backspace');
      await analysed(frame, (await getText(id)).length);

      // Apply from the panel, then the editor's own undo.
      await pause(HISTORY_GROUP_MS);
      // Rapport's UI lives in the coach's frame (an editor in an iframe has its own).
      const ui = frame;
      await ui.locator('[data-rapport="badge"]').click();
      await ui.locator('[data-rapport="panel"] [data-rapport="finding"]', { hasText: FLAGGED }).locator('[data-rapport="apply"]', { hasText: REWORDED }).click();
      await page.waitForFunction(([editor, text]) => window.__demo.editors[editor]!.getText().includes(text), [id, REWORDED] as const);
      await analysed(frame, (await getText(id)).length);
      await focus(id);
      await arm(frame, COLD_REPLY.length);
      await page.keyboard.press('Control+z');
      try {
        await page.waitForFunction(([editor, text]) => window.__demo.editors[editor]!.getText().includes(text), [id, FLAGGED] as const, { timeout: 5_000 });
        undo.push(await measured(frame));
      } catch {
        note = ' (one Ctrl+Z did not restore the reply)';
      }
    }
    const undoText = undo.length ? `${Math.round(median(undo))} ms` : 'n/a';
    console.log(`  ${id.padEnd(12)} ${undoText.padStart(10)}                  ${String(Math.round(median(keystroke))).padStart(6)} ms${note}`);
    await setText(id, '');
  }
} finally {
  await browser.close();
  await server.close();
}
