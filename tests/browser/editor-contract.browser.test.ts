// One contract, every editor of the demo helpdesk (DEMO_EDITOR_IDS), with the built extension loaded
// (STYLE.md, Harper: one contract suite per editor). For each editor: a cold phrase gets its
// underline; a one-line Apply reaches the editor's own model (window.__demo.editors[id].getText(),
// never the DOM); a multi-line rewording (the greeting, "Hi Maria,\n\n…", from the panel) reaches the
// model with its line break; Ctrl+Z after Apply gives the flagged sentence back; and an Apply the
// editor drops (the page locked the reply through the editor's read-only mode) is reported as not
// applied, with the model untouched. Waits are on the coach's and the editors' own signals.
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_EDITOR_IDS, type DemoEditorId } from '../../demo/src/types';
import type { CoachTiming } from './support/coach-timing';
import { useBrowserSession } from './support/session';
import { EDITABLE, underlinesIn } from './support/underlines';

const COLD_REPLY = 'Per our records, there are no outages in your area. You need to restart your router.';
const FLAGGED = 'You need to restart your router';
const REWORDED = 'Could you restart your router?';
const APPLIED = 'Per our records, there are no outages in your area. Could you restart your router?';
/** Editors that merge edits made close together into one undo step (the agent reads a suggestion first). */
const HISTORY_GROUP_MS: Partial<Record<DemoEditorId, number>> = { quill: 1_100, prosemirror: 600, lexical: 400 };

/** Editors in an iframe: the content script, its UI and the highlights live in that frame. */
const FRAME: Partial<Record<DemoEditorId, string>> = {
  tinymce: '#tinymce-target_ifr',
  ckeditor4: 'section#ckeditor4 iframe.cke_wysiwyg_frame',
};

const session = useBrowserSession();
let page: Page;

// ---- helpers (page.evaluate callbacks use only their arguments) --------------------------------

const getText = (id: DemoEditorId) => page.evaluate((editorId) => window.__demo.editors[editorId]!.getText(), id);
const focusEditor = (id: DemoEditorId) => page.evaluate((editorId) => window.__demo.editors[editorId]!.focus(), id);
const setReadOnly = (id: DemoEditorId, readOnly: boolean) =>
  page.evaluate(([editorId, value]) => window.__demo.editors[editorId]!.setReadOnly(value), [id, readOnly] as const);

async function coachFrame(id: DemoEditorId): Promise<Frame> {
  const selector = FRAME[id];
  if (!selector) return page.mainFrame();
  const frame = await (await page.locator(selector).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`${id}: editor frame not found`);
  return frame;
}
const ui = (id: DemoEditorId): Page | FrameLocator => (FRAME[id] ? page.frameLocator(FRAME[id]) : page);

async function timing(id: DemoEditorId): Promise<CoachTiming | null> {
  const raw = await (await coachFrame(id)).evaluate(
    () => document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? null,
  );
  return raw ? (JSON.parse(raw) as CoachTiming) : null;
}

/** The text under each underline inside the editor (CSS highlights, or the textarea's mirror marks). */
const underlines = async (id: DemoEditorId) => underlinesIn(await coachFrame(id), EDITABLE[id], id === 'textarea');

/** What the coach last told the agent (its live status region). */
const status = (id: DemoEditorId) => ui(id).locator('[data-rapport="panel"] .status').textContent();

/** Types the cold reply and waits until the coach has analysed all of it and underlined the phrase. */
async function typeColdReply(id: DemoEditorId): Promise<void> {
  await focusEditor(id);
  await page.keyboard.type(COLD_REPLY);
  await expect.poll(() => getText(id)).toBe(COLD_REPLY);
  await expect.poll(async () => (await timing(id))?.chars).toBe(COLD_REPLY.length);
  await expect.poll(() => underlines(id)).toEqual(expect.arrayContaining([expect.stringContaining(FLAGGED)]));
  const group = HISTORY_GROUP_MS[id];
  if (group) await page.clock.fastForward(group);
}

async function openPanel(id: DemoEditorId) {
  await ui(id).locator('[data-rapport="badge"]').click();
  const panel = ui(id).locator('[data-rapport="panel"][role="dialog"]');
  await expect.poll(() => panel.count()).toBe(1);
  return panel;
}

/**
 * Presses Ctrl+Z in the editor (each press must change its model, at most five) until the flagged
 * sentence is back; returns the model. Editors group the last typing with what follows differently,
 * so the check is on the sentence the Apply changed.
 */
async function undoUntilFlagged(id: DemoEditorId): Promise<string> {
  await focusEditor(id);
  for (let i = 0; i < 5 && !(await getText(id)).includes(`${FLAGGED}.`); i += 1) {
    const before = await getText(id);
    await page.keyboard.press('Control+z');
    await expect.poll(() => getText(id)).not.toBe(before);
  }
  return getText(id);
}

/** Non-empty lines of a model text (editors differ in how they write an empty line: "", "\n\n", nbsp). */
const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

// ---- setup -------------------------------------------------------------------------------------

beforeAll(async () => {
  // The page's clock (not the extension's) can jump past an editor's undo grouping window.
  await session.context.clock.install();
});

beforeEach(async () => {
  page = await session.openDemo();
});

// ---- the contract ------------------------------------------------------------------------------

describe.each([...DEMO_EDITOR_IDS])('editor contract: %s', (id) => {
  it('underlines a cold phrase', async () => {
    await focusEditor(id);
    await page.keyboard.type(COLD_REPLY);
    await expect.poll(() => underlines(id)).toEqual(expect.arrayContaining([expect.stringContaining(FLAGGED)]));
    await expect.poll(async () => Number(await ui(id).locator('[data-rapport="badge"]').getAttribute('data-count'))).toBeGreaterThan(0);
  });

  it("a one-line Apply reaches the editor's model, and Ctrl+Z gives the sentence back", async () => {
    await typeColdReply(id);
    const panel = await openPanel(id);
    await panel.locator('[data-rapport="finding"]', { hasText: FLAGGED }).locator('[data-rapport="apply"]', { hasText: REWORDED }).click();

    await expect.poll(() => getText(id)).toBe(APPLIED);
    await expect.poll(() => status(id)).toMatch(/^Applied/);
    // The coach has re-read the applied draft: the phrase is no longer underlined.
    await expect.poll(async () => (await timing(id))?.chars).toBe(APPLIED.length);
    expect(await underlines(id)).not.toEqual(expect.arrayContaining([expect.stringContaining(FLAGGED)]));

    const undone = await undoUntilFlagged(id);
    expect(undone).toContain(`${FLAGGED}.`);
    expect(undone).not.toContain(REWORDED);
  });

  it('a multi-line rewording (the greeting) reaches the model with its line break, and Ctrl+Z takes it back', async () => {
    await typeColdReply(id);
    const panel = await openPanel(id);
    await panel.locator('[data-rapport="finding"][data-rule="greeting-missing"]').locator('[data-rapport="apply"]').click();

    // "Hi Maria," when the coach reads the customer's name from the page around the editor's frame.
    const greeting = /^Hi (Maria|there),$/;
    await expect.poll(async () => lines(await getText(id))[0] ?? '').toMatch(greeting);
    const greeted = await getText(id);
    expect(lines(greeted)).toEqual([expect.stringMatching(greeting), COLD_REPLY]);
    // The greeting stands on its own line with an empty line after it, however the editor writes that.
    expect(greeted).toMatch(/^Hi (Maria|there),\n\s*\n/);
    // The status follows once the coach has seen the editor keep the change through its re-render.
    await expect.poll(() => status(id)).toMatch(/^Applied/);

    await focusEditor(id);
    await page.keyboard.press('Control+z');
    await expect.poll(() => getText(id)).not.toBe(greeted);
    expect(lines(await getText(id))[0]).not.toMatch(greeting);
  });

  it('an Apply the editor drops (the reply was locked meanwhile) is reported as not applied, and the model is untouched', async () => {
    await typeColdReply(id);
    const panel = await openPanel(id);
    await setReadOnly(id, true);
    await panel.locator('[data-rapport="finding"]', { hasText: FLAGGED }).locator('[data-rapport="apply"]', { hasText: REWORDED }).click();

    await expect.poll(() => status(id)).toMatch(/did not accept/);
    expect(await status(id)).not.toMatch(/Applied/);
    expect(await getText(id)).toBe(COLD_REPLY);
  });
});
