// One quiet visual language, in Chromium with the built extension on the demo helpdesk: each severity
// has one underline (hint dotted, suggestion dashed, warning solid, 2 px, no fill), drawn the same by the
// textarea's mirror and by the CSS highlights of a rich editor, in light and in dark. Reads the computed
// styles the browser draws with; waits on the coach's own signal (its count of underlines).
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/session';

const REPLY = 'Per our records, there are no outages. You need to restart your router. The line test is complete.';
type Drawing = Record<string, string[]>;

const session = useBrowserSession();
let page: Page;

beforeEach(async () => {
  page = await session.openDemo(['textarea', 'gmail']);
});

async function writeReply(id: 'textarea' | 'gmail'): Promise<void> {
  await page.evaluate(([editor]) => window.__demo.editors[editor]!.setText(''), [id] as const);
  await page.evaluate(([editor]) => window.__demo.editors[editor]!.focus(), [id] as const);
  await page.keyboard.type(REPLY);
  await expect
    .poll(() => page.evaluate(() => JSON.parse(document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? '{}').chars), { timeout: 60_000 })
    .toBe(REPLY.length);
}

/** The textarea mirror's drawing per severity (every mark of a severity must draw the same). */
const mirrorDrawing = () =>
  page.evaluate(() => {
    const out: Record<string, string[][]> = {};
    for (const mark of document.querySelector('rapport-coach')!.shadowRoot!.querySelectorAll('[data-rapport="mirror-mark"]')) {
      const c = getComputedStyle(mark);
      (out[mark.getAttribute('data-severity')!] ??= []).push([c.textDecorationLine, c.textDecorationStyle, c.textDecorationColor, c.textDecorationThickness, c.backgroundColor]);
    }
    return out;
  });

/** What a rich editor's highlights draw per severity. */
const highlightDrawing = (severities: string[]) =>
  page.evaluate((names) => {
    const editor = document.querySelector('#gmail-editable')!;
    const out: Record<string, string[]> = {};
    for (const severity of names) {
      const c = getComputedStyle(editor, `::highlight(rapport-${severity})`);
      out[severity] = [c.textDecorationLine, c.textDecorationStyle, c.textDecorationColor, c.textDecorationThickness, c.backgroundColor];
    }
    return out;
  }, severities);

describe('underlines', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`draw one style per severity, the same in the textarea mirror and a rich editor (${scheme})`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await writeReply('textarea');
      const marks = await mirrorDrawing();
      const severities = Object.keys(marks).sort();
      expect(severities).toEqual(['hint', 'suggestion', 'warning']);
      const mirror: Drawing = {};
      for (const severity of severities) {
        // Every mark of one severity draws alike: one style, no stacking.
        expect(new Set(marks[severity]!.map((d) => d.join('|'))).size).toBe(1);
        mirror[severity] = marks[severity]![0]!;
      }
      expect(Object.fromEntries(severities.map((s) => [s, mirror[s]![1]]))).toEqual({ hint: 'dotted', suggestion: 'dashed', warning: 'solid' });
      for (const severity of severities) {
        expect(mirror[severity]![0]).toBe('underline');
        expect(mirror[severity]![3]).toBe('2px');
        expect(mirror[severity]![4]).toBe('rgba(0, 0, 0, 0)'); // no fill
      }
      // The three colours differ from each other (and differ between light and dark: the next test's run).
      expect(new Set(severities.map((s) => mirror[s]![2])).size).toBe(3);
      await writeReply('gmail');
      // The rich editor's own underlines are painted once its draft is checked: wait for them, then compare.
      await expect.poll(() => page.evaluate(() => (CSS.highlights.get('rapport-warning')?.size ?? 0) > 0)).toBe(true);
      expect(await highlightDrawing(severities)).toEqual(mirror);
    });
  }
});
