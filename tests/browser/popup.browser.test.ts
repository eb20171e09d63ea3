// The toolbar popup against the demo helpdesk, with the built extension loaded: it reads the draft
// the agent is writing, applies a rewording through the page's editor (the editor's own model takes
// it, and Ctrl+Z undoes it), offers whole-reply inserts, and passes axe-core in light and dark. Each test types its own
// draft in a fresh demo tab (support/session.ts), so any test runs alone.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeProblems } from './support/axe';
import { useBrowserSession } from './support/session';
const COLD_REPLY = 'Per our records, there are no outages in your area. You need to restart your router.';

const session = useBrowserSession();
let demo: Page;

const demoText = (id: string) => demo.evaluate((editorId) => window.__demo.editors[editorId]!.getText(), id);

/** Types a draft and waits until the coach has analysed all of it (its own data-rapport-timing signal). */
async function typeInto(id: string, selector: string, text: string) {
  await demo.evaluate((editorId) => window.__demo.editors[editorId]!.focus(), id);
  await demo.locator(selector).click();
  await demo.keyboard.type(text);
  const analysedChars = () =>
    demo.evaluate(() => JSON.parse(document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? 'null')?.chars as number | undefined);
  const length = (await demo.evaluate((editorId) => window.__demo.editors[editorId]!.getText(), id)).length;
  await expect.poll(analysedChars, { timeout: 30_000 }).toBe(length);
}

/** The popup, as the toolbar opens it, beside the demo tab with a cold draft. */
async function openPopup(): Promise<Page> {
  const popup = await session.openExtensionPage('popup.html');
  return popup;
}

beforeEach(async () => {
  demo = await session.openDemo(['textarea']);
  await typeInto('textarea', '#textarea-input', COLD_REPLY);
});

describe('the popup', () => {
  it('shows the draft, applies a rewording through the editor, and Ctrl+Z in the page undoes it', async () => {
    const popup = await openPopup();
    const gauge = popup.getByRole('meter', { name: 'Warmth of this draft' });
    await expect.poll(() => gauge.getAttribute('aria-valuetext')).toMatch(/^\d+ of 100, (cold|neutral|warm)$/);
    expect(await popup.getByText(/Maria sounds/).textContent()).toMatch(/frustrated/);

    // The Apply button is named by its change, as on the in-page card.
    await popup.getByRole('button', { name: 'Apply: change “You need to restart your router.” to “Could you restart your router?”' }).click();
    await expect.poll(() => popup.getByText(/Applied in the page/).isVisible()).toBe(true);
    const text = await demoText('textarea');
    expect(text).toContain('Could you restart your router?');
    expect(text).not.toContain('You need to restart your router');

    await demo.bringToFront();
    await demo.locator('#textarea-input').focus();
    await demo.keyboard.press('Control+z');
    await expect.poll(() => demoText('textarea')).toContain('You need to restart your router');
  });

  it('shows a finding in the page when the agent clicks it in the popup', async () => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: /Show “You need to restart your router\.”/ }).click();
    await expect
      .poll(() =>
        demo.evaluate(() => {
          const field = document.querySelector<HTMLTextAreaElement>('#textarea-input')!;
          return field.value.slice(field.selectionStart, field.selectionEnd);
        }),
      )
      .toBe('You need to restart your router.');
  });

  it('inserts a whole-reply sentence that uses the customer name from the page', async () => {
    const popup = await openPopup();
    const insert = popup.locator('[data-rapport="popup-insert"]').first();
    await expect.poll(() => insert.isVisible()).toBe(true);
    const section = await popup.locator('.whole').textContent();
    expect(section).toContain('Hi Maria,');
    // The greeting's own Insert (the acknowledgement, when the customer is upset, has one too).
    await popup.locator('.whole li', { hasText: 'Hi Maria,' }).locator('[data-rapport="popup-insert"]').click();
    await expect.poll(() => demoText('textarea')).toMatch(/^Hi Maria,/);
  });

  it('says, as the badge does, that a check the engine ran out of time on is still going on, and passes axe with it in light and dark', async () => {
    // Test builds end every check of a draft holding this marker incomplete, as a long reply on a slow machine does.
    await typeInto('textarea', '#textarea-input', ' rapport-test-hook:incomplete-check');
    const popup = await openPopup();
    const note = popup.locator('.incomplete-note');
    await expect.poll(() => note.textContent(), { timeout: 30_000 }).toMatch(/^Still checking: /);
    expect(await note.getAttribute('aria-live')).toBe('polite');
    expect(await popup.getByRole('heading', { name: /To fix in this draft \(\d+ so far\)/ }).count()).toBe(1);
    await expectNoSeriousAxeProblems(popup);
  });

  it('reaches every control by keyboard and passes axe-core in light and dark', async () => {
    const popup = await openPopup();
    await popup.getByRole('meter').waitFor();
    // A radio group (the channel switch) is one tab stop: its checked radio.
    const buttons = await popup.locator('button:not([disabled]), input:not([type="radio"]), input[type="radio"]:checked').count();
    const reached = new Set<string>();
    for (let i = 0; i < buttons + 2; i++) {
      await popup.keyboard.press('Tab');
      reached.add(await popup.evaluate(() => (document.activeElement ? document.activeElement.outerHTML.slice(0, 80) : '')));
    }
    expect(reached.size).toBeGreaterThanOrEqual(buttons);
    await expectNoSeriousAxeProblems(popup);
  });

  it('pauses for an hour and says so, then resumes', async () => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Pause for an hour' }).click();
    await popup.getByRole('heading', { name: 'Coaching is paused' }).waitFor();
    await expectNoSeriousAxeProblems(popup);
    await expect.poll(() => demo.locator('[data-rapport="badge"]').first().isVisible()).toBe(false);
    await popup.getByRole('button', { name: /Paused until .*: resume/ }).click();
    await popup.getByRole('meter').waitFor();
  });
});
