// An input method's composition (Japanese here; Chinese, Korean and Android keyboards compose the same way) in a
// textarea and a contenteditable composer, driven for real through Chromium's own IME path (CDP
// `Input.imeSetComposition`, committed with `Input.insertText`): while the word is being made the coach holds its check
// back (no analysis of the half-made word, no repaint, the caret where the input method has it); once it is in, the
// coach checks the draft once (lib/coach/composition.ts).
import type { CDPSession, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DemoEditorId } from '../../demo/src/types';
import type { CoachTiming } from './support/coach-timing';
import { coachFrame, EDITABLE, underlinesIn } from './support/underlines';
import { useBrowserSession } from './support/session';

const session = useBrowserSession();
const REPLY = 'Per our records, there are no outages in your area. You need to restart your router.';
const WORD = 'すみません';

/** The coach's state on its host element (test builds): the last analysis, and the checks a composition held back. */
async function coachState(frame: Frame): Promise<{ chars: number | null; held: number }> {
  return frame.evaluate(() => {
    const host = document.querySelector('rapport-coach');
    const timing = host?.getAttribute('data-rapport-timing');
    return {
      chars: timing ? (JSON.parse(timing) as CoachTiming).chars : null,
      held: Number(host?.getAttribute('data-rapport-held-for-composition') ?? 0),
    };
  });
}

/** The editor's text as the agent sees it, and where its caret is (offsets from the start of that text). */
function editorState(frame: Frame, selector: string): Promise<{ text: string; caret: number | null }> {
  return frame.evaluate((sel) => {
    const el = document.querySelector(sel) as HTMLElement;
    if (el instanceof HTMLTextAreaElement) return { text: el.value, caret: el.selectionStart === el.selectionEnd ? el.selectionEnd : null };
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return { text: el.innerText, caret: null };
    const range = document.createRange();
    range.selectNodeContents(el);
    range.setEnd(selection.focusNode!, selection.focusOffset);
    return { text: el.innerText, caret: range.toString().length };
  }, selector);
}

async function compose(cdp: CDPSession, text: string): Promise<void> {
  await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
}

describe('an input method composing in the draft (Chromium)', () => {
  for (const id of ['textarea', 'gmail'] as const satisfies readonly DemoEditorId[]) {
    it(`${id}: holds the check while the word is composed, leaves the text and caret to the input method, checks once after`, async () => {
      const page: Page = await session.openDemo([id]);
      const selector = EDITABLE[id];
      const frame = await coachFrame(page, id);
      await frame.locator(selector).click();
      await page.keyboard.insertText(`${REPLY} `);
      await expect.poll(async () => (await coachState(frame)).chars, { timeout: 15_000 }).toBe(REPLY.length + 1);
      const underlined = async () => (await underlinesIn(frame, selector, id === 'textarea')).sort();
      const flagged = await underlined();
      expect(flagged.length).toBeGreaterThan(0);

      const cdp = await session.context.newCDPSession(page);
      try {
        // The agent types "sumimasen": the input method shows each step, then converts it.
        for (const step of ['す', 'すみ', 'すみま', 'すみませ', 'すみません']) await compose(cdp, step);
        // The debounced check came: held back for the composition (the coach's own word for it), or run on the half-made
        // word (what a coach that does not wait would do).
        await expect.poll(async () => { const { held, chars } = await coachState(frame); return held > 0 || chars !== REPLY.length + 1; }, { timeout: 15_000 }).toBe(true);
        expect((await coachState(frame)).chars).toBe(REPLY.length + 1); // the half-made word was not checked
        expect(await underlined()).toEqual(flagged); // nothing repainted
        const composing = await editorState(frame, selector);
        expect(composing.text.trimEnd()).toBe(`${REPLY} ${WORD}`);
        expect(composing.caret).toBe(REPLY.length + 1 + WORD.length);

        // The word goes in: one check of the draft with it.
        await cdp.send('Input.insertText', { text: WORD });
        await expect.poll(async () => (await coachState(frame)).chars, { timeout: 15_000 }).toBe(REPLY.length + 1 + WORD.length);
        const done = await editorState(frame, selector);
        expect(done.text.trimEnd()).toBe(`${REPLY} ${WORD}`);
        expect(done.caret).toBe(REPLY.length + 1 + WORD.length);
        // The whole draft checked, the new word with it (the reply is English: the Japanese word is pointed out).
        expect(await underlined()).toEqual(expect.arrayContaining(flagged));
        expect((await coachState(frame)).chars).toBe(REPLY.length + 1 + WORD.length);
      } finally {
        await cdp.detach();
      }
    });
  }
});
