// Apply of a rewording that deletes a sentence alone on its line (lib/engine/line-deletion.ts takes the line and one
// blank line; lib/editors/block-deletion.ts selects it from the end of the line above) in the rich editors: the line
// goes with no empty block left in the editor's own model, the coach re-reads the draft, and one Ctrl+Z of the
// editor's own brings the line back. Session 44: CKEditor 5 kept an empty paragraph where the line was, and Lexical
// did not take the deletion at all. Waits are on the editors' and the coach's own signals.
import { describe, expect, it } from 'vitest';
import type { DemoEditorId } from '../../demo/src/types';
import { APPLIED_STATUS, lines, UNDONE_STATUS } from './support/contract-expectations';
import { useBrowserSession } from './support/session';
import { coachUi } from './support/underlines';

const session = useBrowserSession();

const STOCK_LINE = 'Please be advised.';
const DRAFT = `Hi Lena,\n\nThe new label is in your inbox.\n\n${STOCK_LINE}\n\nBest,\nSam`;

/** What the model holds between two lines (editors write an empty line differently: "\n\n", "\n\n\n", nbsp). */
function between(text: string, above: string, below: string): string {
  const from = text.indexOf(above) + above.length;
  return text.slice(from, text.indexOf(below, from));
}

describe.each(['gmail', 'ckeditor5', 'lexical', 'prosemirror'] as DemoEditorId[])('a deleted line in %s', (id) => {
  it("leaves no empty block in the editor's model, and one Ctrl+Z brings it back", async () => {
    const page = await session.openDemo([id]);
    const getText = () => page.evaluate((editor) => window.__demo.editors[editor]!.getText(), id);
    const focusEditor = () => page.evaluate((editor) => window.__demo.editors[editor]!.focus(), id);
    await focusEditor();
    await page.evaluate(([editor, text]) => window.__demo.editors[editor]!.setText(text), [id, DRAFT] as const);
    const before = await getText();
    expect(lines(before)).toContain(STOCK_LINE);

    const ui = coachUi(page, id);
    const badge = ui.locator('[data-rapport="badge"]');
    await expect.poll(() => badge.count()).toBe(1);
    await badge.click();
    const finding = ui.locator('[data-rapport="panel"] [data-rapport="finding"][data-rule="please-be-advised"]');
    await expect.poll(() => finding.count()).toBe(1);
    await finding.locator('[data-rapport="apply"]', { hasText: `Remove “${STOCK_LINE}”` }).click();

    await expect.poll(async () => lines(await getText())).toEqual(lines(before).filter((line) => line !== STOCK_LINE));
    const after = await getText();
    // One empty line between the paragraphs, as the editor writes one (the greeting's shows how): no empty block left.
    expect(between(after, 'inbox.', 'Best,')).toBe(between(after, 'Hi Lena,', 'The new label'));
    await expect.poll(() => ui.locator('[data-rapport="panel"] .status').textContent()).toMatch(APPLIED_STATUS);
    // The coach has re-read the draft: the line's finding is gone.
    await expect.poll(() => finding.count()).toBe(0);

    // The editor's own undo: one step takes the whole deletion back, and the coach follows.
    await focusEditor();
    await page.keyboard.press('Control+z');
    await expect.poll(getText).toBe(before);
    await expect.poll(async () => ((await ui.locator('div.sr[role="status"]').textContent()) ?? '').trim()).toBe(UNDONE_STATUS);
    await page.close();
  });
});
