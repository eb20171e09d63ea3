// The in-page card from the keyboard, as a keyboard user reaches it.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The card dialog in Rapport's shadow root. */
export const cardOf = (page: Page) => page.locator('[data-rapport="card"][role="dialog"]');

/** Opens the card at the start of the draft (Home, Alt+Shift+R) and steps (ArrowDown) until it shows `rule`'s finding. */
export async function openCardAtStart(page: Page, rule: string): Promise<void> {
  await page.keyboard.press('Home');
  await page.keyboard.press('Alt+Shift+R');
  await expect.poll(() => cardOf(page).count()).toBe(1);
  const shown = () => cardOf(page).locator('[data-rapport="finding"]').getAttribute('data-rule');
  for (let i = 0; i < 10 && (await shown()) !== rule; i += 1) {
    const before = await shown();
    await page.keyboard.press('ArrowDown');
    await expect.poll(shown).not.toBe(before);
  }
  expect(await shown()).toBe(rule);
}
