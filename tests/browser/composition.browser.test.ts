// An input method's composition (Japanese here; Chinese, Korean and Android keyboards compose the same way) in a
// textarea and a contenteditable composer, driven for real through Chromium's own IME path (CDP
// `Input.imeSetComposition`, committed with `Input.insertText`): while the word is being made the coach holds its check
// back (no analysis of the half-made word, no repaint, the caret where the input method has it); once it is in, the
// coach checks the draft once (lib/coach/composition.ts). And an Apply an input method's composition opens into while it
// settles is not taken back under it (lib/editors/replace.ts).
import type { CDPSession, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DemoEditorId } from '../../demo/src/types';
import type { CoachTiming } from './support/coach-timing';
import { coachFrame, EDITABLE, underlinesIn } from './support/underlines';
import { useBrowserSession } from './support/session';
import { NOT_ACCEPTED_STATUS, NOT_TAKEN_BACK_STATUS } from './support/contract-expectations';

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
      await expect.poll(async () => (await coachState(frame)).chars).toBe(REPLY.length + 1);
      const underlined = async () => (await underlinesIn(frame, selector, id === 'textarea')).sort();
      const flagged = await underlined();
      expect(flagged.length).toBeGreaterThan(0);

      const cdp = await session.context.newCDPSession(page);
      try {
        // The agent types "sumimasen": the input method shows each step, then converts it.
        for (const step of ['す', 'すみ', 'すみま', 'すみませ', 'すみません']) await compose(cdp, step);
        // The debounced check came: held back for the composition (the coach's own word for it), or run on the half-made
        // word (what a coach that does not wait would do).
        await expect.poll(async () => { const { held, chars } = await coachState(frame); return held > 0 || chars !== REPLY.length + 1; }).toBe(true);
        expect((await coachState(frame)).chars).toBe(REPLY.length + 1); // the half-made word was not checked
        expect(await underlined()).toEqual(flagged); // nothing repainted
        const composing = await editorState(frame, selector);
        expect(composing.text.trimEnd()).toBe(`${REPLY} ${WORD}`);
        expect(composing.caret).toBe(REPLY.length + 1 + WORD.length);

        // The word goes in: one check of the draft with it.
        await cdp.send('Input.insertText', { text: WORD });
        await expect.poll(async () => (await coachState(frame)).chars).toBe(REPLY.length + 1 + WORD.length);
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

// An Apply the editor does not keep whole is taken back (lib/editors/replace.ts: the browser's own undo, step by step), but
// never while an input method composes in the editor: an undo then would take the word being made with it. A real
// composition's compositionstart comes before its text, so only the take-back's own guard stands between that moment and
// an undo (once the composed text is in, the take-back sees text of the agent's and does not start). Here the page does
// both at fixed points of the Apply, with no race: when the Apply's text goes in (its input event) the composition opens,
// and on the next task (before the Apply's settle reads the draft again) the page deletes the Apply's "?" as an editor's
// tidying would (an undo step of the browser's own). Without the guard the take-back undoes both steps and says the change
// was not accepted; with it the draft keeps what the editor made of the Apply, and the status says it was not taken back.
describe('an Apply the editor did not keep whole, while an input method composes (Chromium)', () => {
  it('gmail: is not taken back under the composition; the draft keeps it, the status says so, the check waits for the word', async () => {
    const id = 'gmail';
    const page = await session.openDemo([id]);
    const selector = EDITABLE[id];
    const frame = await coachFrame(page, id);
    await frame.locator(selector).click();
    await page.keyboard.insertText(REPLY);
    await expect.poll(async () => (await coachState(frame)).chars).toBe(REPLY.length);
    const reworded = 'Could you restart your router?';
    await page.evaluate(([sel, inserted]) => {
      const root = document.querySelector(sel)!;
      const onInsert = (event: Event) => {
        const input = event as InputEvent;
        if (input.inputType !== 'insertText' || input.data !== inserted) return;
        root.removeEventListener('input', onInsert);
        root.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
        document.documentElement.dataset.composing = 'open';
        setTimeout(() => {
          document.documentElement.dataset.tidied = String(document.execCommand('delete'));
        }, 0);
      };
      root.addEventListener('input', onInsert);
    }, [selector, reworded] as const);

    const badge = page.locator('[data-rapport="badge"]');
    await badge.click();
    const panel = page.locator('[data-rapport="panel"][role="dialog"]');
    await expect.poll(() => panel.count()).toBe(1);
    await panel.locator('[data-rapport="finding"]', { hasText: 'You need to restart your router' }).locator('[data-rapport="apply"]', { hasText: reworded }).click();

    const status = () => panel.locator('.status').textContent();
    await expect.poll(status).toMatch(new RegExp(`${NOT_TAKEN_BACK_STATUS.source}|${NOT_ACCEPTED_STATUS.source}`));
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ composing: 'open', tidied: 'true' });
    const kept = REPLY.replace('You need to restart your router.', reworded.slice(0, -1));
    // Nothing undone under the composition: the Apply as the editor left it, said so.
    expect(await status()).toMatch(NOT_TAKEN_BACK_STATUS);
    expect((await editorState(frame, selector)).text.trimEnd()).toBe(kept);
    // The check after the Apply waits for the word: held back, the draft before the Apply still the last one checked.
    await expect.poll(async () => (await coachState(frame)).held).toBeGreaterThan(0);
    expect((await coachState(frame)).chars).toBe(REPLY.length);

    // The word goes in (an empty one: cancelled): one check of the draft as it stands.
    await page.evaluate((sel) => document.querySelector(sel)!.dispatchEvent(new CompositionEvent('compositionend', { data: '' })), selector);
    await expect.poll(async () => (await coachState(frame)).chars).toBe(kept.length);
    expect((await editorState(frame, selector)).text.trimEnd()).toBe(kept);
  });
});

