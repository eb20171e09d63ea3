// One contract, every editor of the demo helpdesk (DEMO_EDITOR_IDS, and the composers of COMPOSER_EDITOR_IDS), with the built extension loaded
// (STYLE.md, Harper: one contract suite per editor). For each editor, on a page holding only that
// editor: typing a cold reply gets a badge and the phrase's underline, and the page still sees its
// input events; a one-line Apply reaches the editor's own model (window.__demo.editors[id].getText(),
// never the DOM) and leaves nothing of Rapport's in the editor's data; the editor's own Ctrl+Z and
// Ctrl+Shift+Z of that Apply are followed by the badge, the underlines, the popup and the status ("Undone.", then
// "Applied" again; nothing once the agent types on, lib/coach/apply.ts); a multi-line
// rewording (the greeting, "Hi Maria,\n\n…", from the panel) reaches the model with its line break;
// text the helpdesk inserts through the editor's API (a macro) is checked with no typing; and an
// Apply the editor drops (the page locked the reply through the editor's read-only mode) is reported
// as not applied, with the model untouched. Two tests per editor, one page each (the greeting, the locked reply and the
// macro share one: a page and a typed reply are most of a test's cost). Waits are on the coach's and the editors' own signals.
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DemoEditorId } from '../../../demo/src/types';
import type { CoachTiming } from './coach-timing';
import {
  APPLIED,
  APPLIED_STATUS,
  COLD_REPLY,
  expectGreeted,
  FLAGGED,
  GREETING,
  lines,
  NOT_ACCEPTED_STATUS,
  REWORDED,
  UNDONE_STATUS,
  WARM_OPENER,
  withPlainSpaces,
} from './contract-expectations';
import { useBrowserSession } from './session';
import { coachFrame as coachFrameOf, coachUi, EDITABLE, OVERLAY_EDITORS, underlinesIn } from './underlines';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
/** What the helpdesk's macro writes: a line of its own before the cold reply, so the coach must read it anew. */
const MACRO_REPLY = `${WARM_OPENER} ${COLD_REPLY}`;
/** Redo is Ctrl+Shift+Z, except in an editor whose own keymap redoes on Ctrl+Y only (Summernote's). */
const REDO_KEYS: Partial<Record<DemoEditorId, string>> = { summernote: 'Control+y' };
/** Editors that merge edits made close together into one undo step (the agent reads a suggestion first). */
const HISTORY_GROUP_MS: Partial<Record<DemoEditorId, number>> = { quill: 1_100, prosemirror: 600, tiptap: 600, lexical: 400 };

/**
 * The editor contract over the given demo editors (one browser per test file). The demo's own editors are split
 * across two files (editor-contract-1/2) and the composers mounted on request (COMPOSER_EDITOR_IDS) across two more
 * (editor-contract-3/4), only so the browser-test workers share the load evenly.
 */
export function editorContract(ids: readonly DemoEditorId[]): void {
  // Its own browser: it installs a fake clock for every page of the browser.
  const session = useBrowserSession({ ownBrowser: true });
  let page: Page;

  // ---- helpers (page.evaluate callbacks use only their arguments) --------------------------------

  const getText = (id: DemoEditorId) => page.evaluate((editorId) => window.__demo.editors[editorId]!.getText(), id);
  const getData = (id: DemoEditorId) => page.evaluate((editorId) => window.__demo.editors[editorId]!.getData(), id);
  const setText = (id: DemoEditorId, text: string) =>
    page.evaluate(([editorId, value]) => window.__demo.editors[editorId]!.setText(value), [id, text] as const);
  /**
   * Waits until the editor has recorded its last change in its own undo history (Jodit records on a timer; editors
   * without the signal have recorded it already): an agent's Ctrl+Z comes after that, and on a loaded machine a press
   * before it undoes an earlier snapshot.
   */
  const historyRecorded = (id: DemoEditorId) =>
    expect.poll(() => page.evaluate((editorId) => window.__demo.editors[editorId]!.historyRecorded?.() ?? true, id)).toBe(true);
  const inputCount = (id: DemoEditorId) => page.evaluate((editorId) => window.__demo.inputEvents[editorId] ?? 0, id);
  const focusEditor = (id: DemoEditorId) => page.evaluate((editorId) => window.__demo.editors[editorId]!.focus(), id);
  const setReadOnly = (id: DemoEditorId, readOnly: boolean) =>
    page.evaluate(([editorId, value]) => window.__demo.editors[editorId]!.setReadOnly(value), [id, readOnly] as const);

  const coachFrame = (id: DemoEditorId) => coachFrameOf(page, id);
  const ui = (id: DemoEditorId) => coachUi(page, id);

  async function timing(id: DemoEditorId): Promise<CoachTiming | null> {
    const raw = await (await coachFrame(id)).evaluate(
      () => document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? null,
    );
    return raw ? (JSON.parse(raw) as CoachTiming) : null;
  }

  /** The text under each underline inside the editor (CSS highlights, or the textarea's mirror marks). */
  const underlines = async (id: DemoEditorId) => underlinesIn(await coachFrame(id), EDITABLE[id], OVERLAY_EDITORS.has(id));

  const badge = (id: DemoEditorId) => ui(id).locator('[data-rapport="badge"]');
  async function badgeCount(id: DemoEditorId): Promise<number> {
    if ((await badge(id).count()) === 0) return 0;
    return Number((await badge(id).getAttribute('data-count')) ?? 0);
  }

  /** What the coach shows for the draft: the badge's count, the underlined texts, and the popup's findings. */
  interface CoachState {
    badge: number;
    underlines: string[];
    popup: string[];
  }

  /**
   * Asks the coach for the popup's snapshot the way the popup does (the frame the agent used last, over the
   * extension's messaging), from the extension's own context.
   */
  function popupFindings(): Promise<string[]> {
    type Chrome = {
      tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(tab: number, message: object, options: object): Promise<unknown> };
      storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
    };
    return session.inExtension(async (demoUrl: string) => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const tab = (await chrome.tabs.query({})).find((t) => t.url?.startsWith(demoUrl));
      if (tab?.id === undefined) throw new Error('demo tab not found');
      const key = `activeFrame:${tab.id}`;
      const frameId = ((await chrome.storage.session.get(key))[key] as number | undefined) ?? 0;
      const answer = (await chrome.tabs.sendMessage(tab.id, { type: 'rapport:snapshot' }, { frameId })) as { snapshot: { findings: { text: string }[] } | null };
      return (answer.snapshot?.findings.map((f) => f.text) ?? []).sort();
    }, session.demoUrl);
  }

  /** The coach's state once it has checked exactly the text the editor holds now (its own timing signal). */
  async function settledState(id: DemoEditorId): Promise<CoachState> {
    const frame = await coachFrame(id);
    // A form field's value is what the coach reads; a rich editor's model text is what its timing counts.
    const coachText = () => frame.evaluate((selector) => {
      const [outer = selector, inner] = selector.split(' >>> ');
      const root = inner ? document.querySelector(outer)?.shadowRoot?.querySelector(inner) : document.querySelector(selector);
      return root instanceof HTMLTextAreaElement ? root.value : null;
    }, EDITABLE[id]);
    const expectedChars = async () => (await coachText())?.length ?? (await getText(id)).length;
    await expect.poll(async () => (await timing(id))?.chars === (await expectedChars()) && (await timing(id)) !== null).toBe(true);
    return { badge: await badgeCount(id), underlines: (await underlines(id)).map(withPlainSpaces).sort(), popup: (await popupFindings()).map(withPlainSpaces) };
  }

  /** Presses `keys` in the editor until its text contains `wanted` (each press must change the text; at most 5). */
  async function pressUntil(id: DemoEditorId, keys: string, wanted: string): Promise<string> {
    await focusEditor(id);
    for (let i = 0; i < 5 && !(await getText(id)).includes(wanted); i += 1) {
      const before = await getText(id);
      await page.keyboard.press(keys);
      await expect.poll(() => getText(id)).not.toBe(before);
    }
    return getText(id);
  }

  /** What the coach last told the agent (its live status region). */
  const status = (id: DemoEditorId) => ui(id).locator('[data-rapport="panel"] .status').textContent();
  /** The status the coach announces to a screen reader, and how (its `role="status"` region's aria-live). */
  async function liveStatus(id: DemoEditorId): Promise<{ text: string; live: string | null }> {
    // Rapport's own region (an editor may have a status bar of its own: Summernote's).
    const region = ui(id).locator('div.sr[role="status"]');
    return { text: ((await region.textContent()) ?? '').trim(), live: await region.getAttribute('aria-live') };
  }

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
    // A pointer click: the badge holds still under the pointer while the coach repaints (badge-click.browser.test.ts).
    await badge(id).click();
    const panel = ui(id).locator('[data-rapport="panel"][role="dialog"]');
    await expect.poll(() => panel.count()).toBe(1);
    return panel;
  }

  // ---- setup -------------------------------------------------------------------------------------

  beforeAll(async () => {
    // The page's clock (not the extension's) can jump past an editor's undo grouping window.
    await session.context.clock.install();
  });

  // ---- the contract ------------------------------------------------------------------------------

  describe.each([...ids])('editor contract: %s', (id) => {
    beforeEach(async () => {
      // A page holding only the editor under test.
      page = await session.openDemo([id]);
    });

    it("underlines a cold phrase; Apply reaches the editor's model, and the coach follows its Ctrl+Z and Ctrl+Shift+Z", async () => {
      await typeColdReply(id);
      // The page's own listeners still see the typing.
      expect(await inputCount(id)).toBeGreaterThan(0);
      const typed = await settledState(id);
      expect(typed.badge).toBeGreaterThan(0);
      expect(typed.popup).toHaveLength(typed.badge);
      expect(await badge(id).getAttribute('aria-label')).toMatch(
        /^Rapport: \d+ suggestions?, warmth \d+ of 100 \((cold|neutral|warm)\)\. Open the list\.$/,
      );

      await historyRecorded(id);
      const panel = await openPanel(id);
      await panel.locator('[data-rapport="finding"]', { hasText: FLAGGED }).locator('[data-rapport="apply"]', { hasText: REWORDED }).click();
      await expect.poll(() => getText(id)).toBe(APPLIED);
      await expect.poll(() => status(id)).toMatch(APPLIED_STATUS);
      // Nothing of Rapport's (markers, zero-width characters) in what the editor would save.
      const data = await getData(id);
      expect(data).toContain(REWORDED);
      expect(data).not.toMatch(/rapport/i);
      expect(data).not.toMatch(ZERO_WIDTH);
      // The coach has re-read the applied draft: the phrase is no longer underlined.
      const applied = await settledState(id);
      expect(applied.underlines.some((u) => u.includes(FLAGGED))).toBe(false);
      expect(applied).not.toEqual(typed);

      // The editor's own undo fires no input event in most rich editors: the coach follows the text anyway.
      await historyRecorded(id);
      const undone = await pressUntil(id, 'Control+z', `${FLAGGED}.`);
      expect(undone).toContain(`${FLAGGED}.`);
      expect(undone).not.toContain(REWORDED);
      await expect.poll(() => settledState(id)).toEqual(typed);
      // The status follows the draft, in the polite live region: back to the text before the Apply, not "Applied".
      await expect.poll(() => liveStatus(id)).toEqual({ text: UNDONE_STATUS, live: 'polite' });

      await historyRecorded(id);
      expect(await pressUntil(id, REDO_KEYS[id] ?? 'Control+Shift+z', REWORDED)).toContain(REWORDED);
      await expect.poll(() => settledState(id)).toEqual(applied);
      await expect.poll(() => liveStatus(id)).toEqual({ text: expect.stringMatching(APPLIED_STATUS), live: 'polite' });

      // The agent types on: once the coach has checked the new text, the status says nothing of the Apply.
      await focusEditor(id);
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Thanks!');
      await expect.poll(async () => withPlainSpaces(await getText(id))).toContain('Thanks!');
      await settledState(id);
      await expect.poll(() => liveStatus(id)).toEqual({ text: '', live: 'polite' });
    });

    // One page for the greeting, the locked reply and the macro (each step starts from the draft the one before leaves,
    // as an agent's reply box does): opening the page and typing the cold reply is most of a test's cost.
    it("a multi-line rewording (the greeting) reaches the model and Ctrl+Z takes it back; an Apply into a locked reply is reported as not applied; a macro's text is checked", async () => {
      // (b) The greeting, a rewording with a line break: "Hi Maria," on its own line, an empty line, then the reply.
      await typeColdReply(id);
      await historyRecorded(id);
      let panel = await openPanel(id);
      await panel.locator('[data-rapport="finding"][data-rule="greeting-missing"]').locator('[data-rapport="apply"]').click();

      await expect.poll(async () => lines(await getText(id))[0] ?? '').toMatch(GREETING);
      const greeted = await getText(id);
      expectGreeted(greeted);
      // The status follows once the coach has seen the editor keep the change through its re-render.
      await expect.poll(() => status(id)).toMatch(APPLIED_STATUS);

      await historyRecorded(id);
      await focusEditor(id);
      await page.keyboard.press('Control+z');
      await expect.poll(() => getText(id)).not.toBe(greeted);
      expect(lines(await getText(id))[0]).not.toMatch(GREETING);

      // (d) The page locks the reply (the editor's read-only mode) while the list is open: the editor drops the Apply.
      await expect.poll(async () => (await settledState(id)).underlines.some((u) => u.includes(FLAGGED))).toBe(true);
      const unlocked = await getText(id);
      // The list afresh, as the agent opens it again.
      if ((await ui(id).locator('[data-rapport="panel"][role="dialog"]').count()) > 0) await badge(id).click();
      panel = await openPanel(id);
      await setReadOnly(id, true);
      await panel.locator('[data-rapport="finding"]', { hasText: FLAGGED }).locator('[data-rapport="apply"]', { hasText: REWORDED }).click();
      await expect.poll(() => status(id)).toMatch(NOT_ACCEPTED_STATUS);
      expect(await status(id)).not.toMatch(APPLIED_STATUS);
      expect(await getText(id)).toBe(unlocked);
      await setReadOnly(id, false);

      // (c) The helpdesk's macro writes a reply through the editor's API, no key pressed: the coach checks all of it
      // (its timing counts the macro's characters), the cold phrase underlined, the badge and the popup agreeing.
      await setText(id, WARM_OPENER);
      const warm = await settledState(id);
      expect(warm.underlines.some((u) => u.includes(FLAGGED))).toBe(false);
      await setText(id, MACRO_REPLY);
      await expect.poll(() => underlines(id)).toEqual(expect.arrayContaining([expect.stringContaining(FLAGGED)]));
      const state = await settledState(id);
      expect(state.badge).toBeGreaterThan(0);
      expect(state.popup).toHaveLength(state.badge);
    });
  });
}
