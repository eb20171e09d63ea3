// The site fixtures built from the real sites' markup (demo/zendesk.html, gmail.html, outlook.html,
// freshdesk.html, helpscout.html, intercom.html, front.html) with the built extension: every way a reply
// goes out is counted once, controls that do not send and internal notes are never counted, and the
// customer read is the one of the ticket being answered. Each test opens its own page and measures the
// change in today's count, so tests stand alone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/session';
import { underlinesIn } from './support/underlines';

// Empty extension storage and no leftover tabs before each test; no request off 127.0.0.1 after it.
const session = useBrowserSession();

/** Replies counted in the history so far (all days), read from the extension's own storage. */
async function repliesCounted(): Promise<number> {
  const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
  return worker.evaluate(async () => {
    type Store = { get(key: string): Promise<Record<string, { days?: Record<string, { replies: number }> } | undefined>> };
    const local = (globalThis as unknown as { chrome: { storage: { local: Store } } }).chrome.storage.local;
    const days = (await local.get('toneHistory')).toneHistory?.days ?? {};
    return Object.values(days).reduce((sum, day) => sum + day.replies, 0);
  });
}

/** Waits until `expected` more replies are counted than `before`, then checks that it is exactly that many. */
async function expectCounted(before: number, expected: number): Promise<void> {
  await expect.poll(repliesCounted, { timeout: 15_000 }).toBeGreaterThanOrEqual(before + expected);
  expect(await repliesCounted()).toBe(before + expected);
}

async function openSite(page: `${'zendesk' | 'gmail' | 'outlook' | 'freshdesk' | 'helpscout' | 'intercom' | 'front'}.html`): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.goto(`${session.demoUrl}${page}`);
  await tab.waitForFunction(() => window.__site?.ready === true, undefined, { timeout: 30_000 });
  return tab;
}

const sentCount = (page: Page) => page.evaluate(() => window.__site.sent.length);

/**
 * Types a reply and waits for the coach's badge, the sign that this composer is coached. The click
 * lands on the box's first line, where the agent writes (mail composers hold a signature and a quote below).
 */
async function writeReply(page: Page, selector: string | null, text: string): Promise<void> {
  if (selector) await page.locator(selector).click({ position: { x: 12, y: 10 } });
  await page.keyboard.type(text);
  await expect.poll(() => page.locator('[data-rapport="badge"]').first().isVisible(), { timeout: 15_000 }).toBe(true);
}

const REPLY = 'Hi there, thank you for your patience. I have checked this and the refund is on its way today.';

/** The in-page list's and the popup's line about what was checked, once the check has painted it in the list. */
async function checkedLines(page: Page): Promise<{ list: string; popup: string }> {
  await page.locator('[data-rapport="badge"]').first().click();
  const line = page.locator('[data-rapport="panel"] [data-rapport="checked"]').first();
  await line.waitFor({ timeout: 15_000 });
  const list = (await line.textContent()) ?? '';
  const popup = await session.context.newPage();
  await popup.goto(`${session.extensionUrl}popup.html`);
  const popupLine = popup.locator('.checked-line');
  await popupLine.waitFor({ timeout: 15_000 });
  const text = (await popupLine.textContent()) ?? '';
  await popup.close();
  return { list, popup: text };
}

/** The in-page list's findings, each as its rule and what the list says of it. */
const panelFindings = (page: Page) =>
  page.locator('[data-rapport="panel"] [data-rapport="finding"]').evaluateAll((found) => found.map((f) => `${f.getAttribute('data-rule')}: ${f.textContent}`));

describe('Zendesk agent workspace', () => {
  it('counts Submit once, and not the status menu trigger or Send feedback', async () => {
    const page = await openSite('zendesk.html');
    await page.locator('[data-demo-tab="4521"]').click();
    const before = await repliesCounted();
    await writeReply(page, '#zd-email-editor', REPLY);
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.locator('[data-ticket="4521"] [data-test-id="submit_button-menu-button"]').click();
    await page.locator('[data-ticket="4521"] [data-test-id="submit_button-button"]').click();
    await expectCounted(before, 1);
    expect(await sentCount(page)).toBe(1);
    await page.close();
  });

  it('counts a status menu item ("Submit as Solved") once', async () => {
    const page = await openSite('zendesk.html');
    await page.locator('[data-demo-tab="4521"]').click();
    const before = await repliesCounted();
    await writeReply(page, '#zd-email-editor', REPLY);
    await page.locator('[data-ticket="4521"] [data-test-id="submit_button-menu-button"]').click();
    await page.getByRole('menuitem', { name: 'Submit as Solved' }).click();
    await expectCounted(before, 1);
    await page.close();
  });

  it('counts the messaging send button and Enter in the messaging composer, once each, and not "Respond later"', async () => {
    const page = await openSite('zendesk.html');
    const before = await repliesCounted();
    await writeReply(page, '#zd-chat-editor', REPLY);
    await page.getByRole('button', { name: 'Respond later' }).click();
    await page.locator('[data-test-id="omnichannel-omnicomposer-send-button"]').click();
    await expectCounted(before, 1);
    await writeReply(page, '#zd-chat-editor', 'Thanks for waiting, Tomás. The courier confirmed delivery for Friday morning.');
    await page.keyboard.press('Enter');
    await expectCounted(before, 2);
    expect(await sentCount(page)).toBe(2);
    await page.close();
  });

  it('never counts an internal note, and counts the public reply written after it', async () => {
    const page = await openSite('zendesk.html');
    await page.locator('[data-demo-tab="4521"]').click();
    await page.locator('[data-demo-note-toggle]').click();
    const before = await repliesCounted();
    await page.locator('#zd-email-editor').click();
    await page.keyboard.type('Note for the team: you need to check the warehouse stock before Friday.');
    await page.locator('[data-ticket="4521"] [data-test-id="submit_button-button"]').click();
    await expect.poll(() => sentCount(page)).toBe(1);
    await page.locator('[data-demo-note-toggle]').click();
    await writeReply(page, '#zd-email-editor', REPLY);
    await page.locator('[data-ticket="4521"] [data-test-id="submit_button-button"]').click();
    await expectCounted(before, 1);
    await page.close();
  });

  it('shows the customer of the ticket being answered in the popup, never the other tab\u2019s', async () => {
    const page = await openSite('zendesk.html');
    await writeReply(page, '#zd-chat-editor', 'The courier says Friday.');
    const customerOfDraft = async () => {
      const popup = await session.context.newPage();
      await popup.goto(`${session.extensionUrl}popup.html`);
      const customer = popup.locator('.context');
      await customer.first().waitFor({ timeout: 10_000 }).catch(() => undefined);
      const text = (await customer.count()) ? ((await customer.first().textContent()) ?? '') : '';
      await popup.close();
      return text;
    };
    await expect.poll(customerOfDraft, { timeout: 20_000 }).toMatch(/Tomás/);
    expect(await customerOfDraft()).not.toMatch(/Maria|lamp/);
    await page.close();
  });
});

describe('Gmail', () => {
  it('picks up the reply box that was open before the extension started, and counts Enter on Send once', async () => {
    const page = await openSite('gmail.html');
    const before = await repliesCounted();
    await writeReply(page, null, REPLY); // No click: the box already had focus when the page loaded.
    await page.getByRole('button', { name: 'Répondre à tous' }).click();
    await page.getByRole('button', { name: 'Transférer' }).click();
    await page.locator('.T-I.aoO').focus();
    await page.keyboard.press('Enter');
    await expectCounted(before, 1);
    expect(await sentCount(page)).toBe(1);
    await page.close();
  });

  it('counts a click on Send (labelled in French) and Ctrl+Enter, once each', async () => {
    const page = await openSite('gmail.html');
    const before = await repliesCounted();
    await writeReply(page, '#gmail-reply-body', REPLY);
    await page.locator('.T-I.aoO').click();
    await expectCounted(before, 1);
    await writeReply(page, '#gmail-reply-body', 'Hi Lena, the new label is in your inbox now. Thank you for bearing with us.');
    await page.keyboard.press('Control+Enter');
    await expectCounted(before, 2);
    await page.close();
  });

  it('underlines nothing in the signature or the quoted message', async () => {
    const page = await openSite('gmail.html');
    await writeReply(page, null, 'Hi Lena, thanks for writing.');
    const painted = await page.evaluate(() => {
      const texts: string[] = [];
      for (const name of ['rapport-hint', 'rapport-suggestion', 'rapport-warning']) {
        for (const range of CSS.highlights.get(name) ?? []) texts.push((range as Range).toString());
      }
      return texts;
    });
    // The quoted customer line holds "Per our policy you need to wait." — it must never be flagged.
    expect(painted.join(' | ')).not.toMatch(/policy|need to wait/i);
    await page.close();
  });
});

describe('Outlook on the web', () => {
  it('counts Send and Ctrl+Enter once each, and not Reply all or the send-options menu', async () => {
    const page = await openSite('outlook.html');
    const before = await repliesCounted();
    await writeReply(page, '#owa-body', REPLY);
    await page.getByRole('button', { name: 'Reply all' }).click();
    await page.getByRole('button', { name: 'More send options' }).click();
    await page.locator('[data-testid="ComposeSendButton"]').click();
    await expectCounted(before, 1);
    await writeReply(page, '#owa-body', 'Hi Priya, the duplicate charge was refunded this morning. Thank you for your patience.');
    await page.keyboard.press('Control+Enter');
    await expectCounted(before, 2);
    await page.close();
  });
});

// The composer leaves its signature and quoted email out of the text it hands the check, yet the line names them.
describe('What was checked, in a mail composer that holds a signature and the quoted email', () => {
  it.each([
    // Gmail: the "-- " prefix, the signature and the quoted email below the reply (.gmail_signature, .gmail_quote).
    ['gmail.html', '#gmail-reply-body', 'Checked your reply; skipped your signature and the quoted email.'],
    // Outlook: the reply header and the quoted message after the #appendonsend marker.
    ['outlook.html', '#owa-body', 'Checked your reply; skipped the quoted email.'],
  ] as const)('%s: the list and the popup name what was skipped', async (site, box, expected) => {
    const page = await openSite(site);
    await writeReply(page, box, REPLY);
    expect(await checkedLines(page)).toEqual({ list: expected, popup: expected });
    await page.close();
  });
  it('gmail.html: deleting only the signature drops it from the line, and the reply\'s findings stay as they were', async () => {
    const page = await openSite('gmail.html');
    const reply = 'Hi Lena, thank you for writing. Per our policy you need to wait until the label arrives.';
    await writeReply(page, '#gmail-reply-body', reply);
    expect(await checkedLines(page)).toEqual({ list: 'Checked your reply; skipped your signature and the quoted email.', popup: 'Checked your reply; skipped your signature and the quoted email.' });
    const findingsBefore = await panelFindings(page);
    expect(findingsBefore.some((f) => f.startsWith('you-need-to:'))).toBe(true);
    const underlinesBefore = await underlinesIn(page.mainFrame(), '#gmail-reply-body', false);

    // The agent closes the list, selects the signature (its "-- " line and the block) and deletes it; their words stay.
    const badge = page.locator('[data-rapport="badge"]').first();
    await badge.click();
    await expect.poll(() => page.locator('[data-rapport="panel"]').count()).toBe(0);
    await page.locator('#gmail-reply-body').click({ position: { x: 12, y: 10 } });
    await page.evaluate(() => {
      const box = document.querySelector('#gmail-reply-body')!;
      const range = document.createRange();
      range.setStartBefore(box.querySelector('.gmail_signature_prefix')!);
      range.setEndAfter(box.querySelector('.gmail_signature')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.keyboard.press('Backspace');
    expect(await page.locator('#gmail-reply-body .gmail_signature, #gmail-reply-body .gmail_signature_prefix').allTextContents()).toEqual([]);
    expect(await page.locator('#gmail-reply-body').innerText()).toContain(reply);

    await badge.click();
    const line = page.locator('[data-rapport="panel"] [data-rapport="checked"]').first();
    await expect.poll(() => line.textContent()).toBe('Checked your reply; skipped the quoted email.');
    const popup = await session.context.newPage();
    await popup.goto(`${session.extensionUrl}popup.html`);
    await expect.poll(() => popup.locator('.checked-line').textContent()).toBe('Checked your reply; skipped the quoted email.');
    await popup.close();
    expect(await panelFindings(page)).toEqual(findingsBefore);
    expect(await underlinesIn(page.mainFrame(), '#gmail-reply-body', false)).toEqual(underlinesBefore);
    await page.close();
  });
  it('gmail.html: a reply not yet written, only the signature and the quote in the box, is nothing of the agent\'s', async () => {
    const page = await openSite('gmail.html');
    await page.locator('#gmail-reply-body').click({ position: { x: 12, y: 10 } });
    const popup = await session.context.newPage();
    await popup.goto(`${session.extensionUrl}popup.html`);
    await popup.getByRole('heading', { name: 'Nothing of yours to check yet' }).waitFor({ timeout: 15_000 });
    expect(await popup.locator('main').textContent()).toContain('Only your signature and the quoted email so far, which Rapport skips.');
    await popup.close();
    await page.close();
  });
});

/** A helpdesk fixture: its reply and note composers (Intercom: one composer, switched by its tabs), and what its customer wrote. */
interface Helpdesk {
  page: 'freshdesk.html' | 'helpscout.html' | 'intercom.html' | 'front.html';
  reply: string;
  note: string;
  /** The Reply / Note tabs of a composer that is both. */
  tabs?: { reply: string; note: string };
  /** The customer's first name, greeted in an e-mail (a chat that is under way is not greeted again). */
  greets?: string;
  /** The acknowledgement offered, built from the customer's message. */
  acknowledges: RegExp;
}

const HELPDESKS: Helpdesk[] = [
  { page: 'freshdesk.html', reply: '#fd-reply-editor', note: '#fd-note-editor', greets: 'Ingrid', acknowledges: /frustrating/ },
  { page: 'helpscout.html', reply: '#hs-reply-editor', note: '#hs-note-editor', greets: 'Rafael', acknowledges: /third time/ },
  {
    page: 'intercom.html',
    reply: '#ic-editor',
    note: '#ic-editor',
    tabs: { reply: '[data-intercom-target="reply-tab"]', note: '[data-intercom-target="note-tab"]' },
    acknowledges: /charged twice/,
  },
  { page: 'front.html', reply: '#front-reply-editor', note: '#front-comment-editor', greets: 'Amara', acknowledges: /wedding is on Saturday/ },
];

/** No greeting, no acknowledgement, and a "you need to": what the coach speaks to, with the customer's name and feelings. */
const COLD_REPLY = 'You need to check the tracking page first. It ships next week.';

describe.each(HELPDESKS)('$page', ({ page: fixture, reply, note, tabs, greets, acknowledges }) => {
  it('skips the internal note, and coaches the reply with the customer\u2019s name and feelings, never underlining the quote', async () => {
    const page = await openSite(fixture);
    const before = await repliesCounted();
    const sendOf = (selector: string) => page.locator(`[data-demo-send="${selector.slice(1)}"]`);

    // The note goes out without being counted as a reply (a note is never coached as one).
    if (tabs) await page.locator(tabs.note).click();
    await page.locator(note).click({ position: { x: 12, y: 10 } });
    await page.keyboard.type('Team: you need to check the warehouse stock before Friday.');
    await sendOf(note).click();
    await expect.poll(() => sentCount(page)).toBe(1);

    if (tabs) await page.locator(tabs.reply).click();
    await writeReply(page, reply, COLD_REPLY);
    await page.locator('[data-rapport="badge"]').click();
    const findings = page.locator('[data-rapport="panel"] [data-rapport="finding"]');
    const textOf = async (rule: string) => (await findings.evaluateAll((all, id) => all.filter((f) => f.getAttribute('data-rule') === id).map((f) => f.textContent ?? ''), rule)).join(' | ');
    // The customer's message and name were read: the acknowledgement is built from what they wrote, the greeting names them.
    await expect.poll(() => textOf('acknowledge-feelings')).toMatch(acknowledges);
    // Polled too: the panel may first show an analysis of the draft while it was still being typed (the acknowledgement
    // already there, the greeting check not yet), and repaints when the whole draft is checked.
    if (greets) await expect.poll(() => textOf('greeting-missing')).toContain(`Hi ${greets},`);
    const underlined = (await underlinesIn(page.mainFrame(), reply, false)).join(' | ');
    expect(underlined).toMatch(/You need to/);
    // Quoted history in the reply box holds "Per our policy you need to wait": never the agent's words.
    expect(underlined).not.toMatch(/policy|need to wait/i);

    await sendOf(reply).click();
    await expectCounted(before, 1);
    expect(await sentCount(page)).toBe(2);
    await page.close();
  });
});
