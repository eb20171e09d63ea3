// The page Rapport runs on is untrusted: its scripts can fill the draft, dispatch events and call
// `.click()` on anything, Rapport's open shadow root included. Here a hostile helpdesk page (served
// on 127.0.0.1 and localhost by this file) tries to record replies, apply, dismiss and mute
// phrases; none of it works, while the agent's own clicks and keys (Playwright's input is real,
// trusted input) still do. Also: a draft whose check fails says so and the page goes on working;
// "Don't flag this again" is kept per site unless the agent chooses any site.
//
// Each test opens its own page on an empty extension storage. No fixed sleeps: every negative
// ("the script's click recorded nothing") is checked after a later trusted action whose effect
// lands after the script's would have.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/session';
import { evaluateInExtension, extensionId, launchBrowser, type LaunchedBrowser } from './support/launch';

const COLD_REPLY = 'Per our records, there are no outages. You need to restart your router.';
/** Only the agent's own sends use this one: its rule (as-i-said-before) marks their record. */
const AGENT_REPLY = 'Hi Sam, as I said before, the refund is on its way. Best, Ann';
const FAIL_MARKER = 'rapport-test-hook:fail-analysis';

const HELPDESK_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ticket #4821</title></head>
<body>
  <h1>Ticket #4821: router keeps dropping</h1>
  <label for="reply">Reply</label><br>
  <textarea id="reply" rows="6" cols="80"></textarea><br>
  <button type="button" id="send">Send</button>
  <p><label for="note">Reply to the second ticket</label><br><textarea id="note" rows="4" cols="80"></textarea></p>
  <script>
    window.sent = [];
    const box = document.getElementById('reply');
    const send = () => {
      window.sent.push(box.value);
      box.value = '';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    };
    document.getElementById('send').addEventListener('click', send);
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.ctrlKey) send();
    });
  </script>
</body></html>`;

let server: Server;
let port: number;
let browser: LaunchedBrowser;
let extensionUrl: string;
let page: Page;

beforeAll(async () => {
  server = createServer((request, response) => {
    response.writeHead(request.url === '/' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(request.url === '/' ? HELPDESK_PAGE : 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  browser = await launchBrowser({ extensionDir: EXTENSION_DIR });
  extensionUrl = `chrome-extension://${await extensionId(browser.context)}/`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

beforeEach(async () => {
  await evaluateInExtension(browser.context, extensionUrl, () => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear(), null);
});

afterEach(async () => {
  await page?.close();
});

// ---- helpers -------------------------------------------------------------------------------

type Stored = Record<string, unknown>;
const readStorage = (key: string) =>
  evaluateInExtension(
    browser.context,
    extensionUrl,
    (k: string) => (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Stored> } } } }).chrome.storage.local.get(k),
    key,
  );

/** Replies recorded in the history, and how often each rule came up in them. */
async function history(): Promise<{ replies: number; rules: Record<string, number> }> {
  const stored = (await readStorage('toneHistory')).toneHistory as { days?: Record<string, { replies: number; findingsByRule: Record<string, number> }> } | undefined;
  const days = Object.values(stored?.days ?? {});
  const rules: Record<string, number> = {};
  for (const day of days) for (const [rule, n] of Object.entries(day.findingsByRule)) rules[rule] = (rules[rule] ?? 0) + n;
  return { replies: days.reduce((sum, d) => sum + d.replies, 0), rules };
}

async function ignoredPhrases(): Promise<{ everywhere: string[]; sites: { site: string; phrases: string[] }[] } | undefined> {
  return (await readStorage('rapport:ignoredPhrases'))['rapport:ignoredPhrases'] as never;
}

async function openHelpdesk(host: '127.0.0.1' | 'localhost'): Promise<Page> {
  page = await browser.context.newPage();
  await page.goto(`http://${host}:${port}/`);
  return page;
}

const badge = (p: Page) => p.locator('[data-rapport="badge"]');
const panel = (p: Page) => p.locator('[data-rapport="panel"]');
const badgeCount = async (p: Page) => ((await badge(p).count()) ? Number(await badge(p).getAttribute('data-count')) : -1);

/** The agent types a draft into a box (real, trusted key presses) and waits until it is checked. */
async function agentWrites(p: Page, selector: string, text: string): Promise<void> {
  await p.locator(selector).click();
  await p.locator(selector).fill('');
  // Most of it in one trusted insertion (typing key by key is slow on a loaded machine), the last
  // character as a real key press, so the agent is seen writing the draft.
  await p.keyboard.insertText(text.slice(0, -1));
  await p.keyboard.type(text.slice(-1));
  await expect.poll(() => badge(p).getAttribute('data-checking').catch(() => null), { timeout: 15_000 }).toBe('false');
}

/** Runs in the page: a script clicks one of Rapport's own controls in its open shadow root. */
const scriptClicksRapport = (p: Page, hook: string) =>
  p.evaluate((selector) => {
    const root = document.querySelector('rapport-coach')?.shadowRoot;
    const targets = [...(root?.querySelectorAll<HTMLElement>(selector) ?? [])];
    for (const target of targets) target.click();
    return targets.length;
  }, `[data-rapport="${hook}"]`);

// ---- tests -----------------------------------------------------------------------------------

describe('a page script cannot drive the coach', { timeout: 120_000 }, () => {
  it('records no reply when the page fills the draft and clicks Send or fakes Ctrl+Enter; the agent’s own sends are recorded', async () => {
    const p = await openHelpdesk('127.0.0.1');
    await agentWrites(p, '#reply', COLD_REPLY);
    expect(await badgeCount(p)).toBeGreaterThan(0);

    // 25 scripted sends, each of a draft the script wrote (the first one also empties the agent's draft).
    await p.evaluate((draft) => {
      const box = document.querySelector<HTMLTextAreaElement>('#reply')!;
      const send = document.querySelector<HTMLButtonElement>('#send')!;
      for (let i = 0; i < 25; i++) {
        box.value = draft;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
        box.value = draft;
        send.click();
      }
    }, COLD_REPLY);
    // And one more after the coach has checked the script's draft, as a slower script would.
    await p.evaluate((draft) => {
      const box = document.querySelector<HTMLTextAreaElement>('#reply')!;
      box.value = draft;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, COLD_REPLY);
    await expect.poll(() => badgeCount(p), { timeout: 15_000 }).toBeGreaterThan(0);
    await p.evaluate(() => document.querySelector<HTMLButtonElement>('#send')!.click());
    expect(await p.evaluate(() => (window as unknown as { sent: string[] }).sent.length)).toBe(51);

    // The agent's own reply, sent with a real click: it is the first and only record.
    await agentWrites(p, '#reply', AGENT_REPLY);
    await p.locator('#send').click();
    await expect.poll(async () => (await history()).rules['as-i-said-before'] ?? 0, { timeout: 15_000 }).toBe(1);
    expect(await history()).toMatchObject({ replies: 1 });

    // And with the agent's own Ctrl+Enter.
    await agentWrites(p, '#reply', AGENT_REPLY);
    await p.keyboard.press('Control+Enter');
    await expect.poll(async () => (await history()).replies, { timeout: 15_000 }).toBe(2);
    expect((await history()).rules['as-i-said-before']).toBe(2);
    expect(await p.evaluate(() => (window as unknown as { sent: string[] }).sent.length)).toBe(53);
  });

  it('ignores script clicks on the badge, Apply, Dismiss and "Don\'t flag this again" in the shadow root; the agent’s clicks work', async () => {
    const p = await openHelpdesk('127.0.0.1');
    // A phrase with two rewordings, so the list has a second Apply ("apply-alt") for the script to press too: the
    // closing's two no longer serve, as the page's "router keeps dropping" reads upset and gets closing advice.
    const draft = `${COLD_REPLY} Sorry for any inconvenience.`;
    await agentWrites(p, '#reply', draft);
    const before = await badgeCount(p);
    expect(before).toBeGreaterThan(1);

    // The script opens the list: nothing opens. The agent's click then opens it (had the script's
    // click worked, this one would have closed it).
    expect(await scriptClicksRapport(p, 'badge')).toBe(1);
    await badge(p).click();
    await expect.poll(() => panel(p).count()).toBe(1);

    // The script presses every button in the list, and Escape.
    for (const hook of ['apply', 'apply-alt', 'dismiss', 'ignore', 'ignore-everywhere']) expect(await scriptClicksRapport(p, hook)).toBeGreaterThan(0);
    await p.evaluate(() =>
      document
        .querySelector('rapport-coach')
        ?.shadowRoot?.querySelector('[data-rapport="panel"]')
        ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    );

    // The agent dismisses one finding: exactly one goes (the script's Dismiss removed none).
    const youNeedTo = panel(p).locator('[data-rapport="finding"][data-rule="you-need-to"]');
    await youNeedTo.locator('[data-rapport="dismiss"]').click();
    await expect.poll(() => badgeCount(p)).toBe(before - 1);
    expect(await panel(p).count()).toBe(1);

    // The agent mutes one phrase on this site: it is the only phrase stored.
    const perOurPolicy = panel(p).locator('[data-rapport="finding"][data-rule="per-our-policy"]');
    const flagged = (await perOurPolicy.locator('[data-rapport="flagged"]').textContent())!;
    await perOurPolicy.locator('[data-rapport="ignore"]').click();
    await expect.poll(ignoredPhrases, { timeout: 10_000 }).toEqual({ everywhere: [], sites: [{ site: '127.0.0.1', phrases: [flagged.toLowerCase()] }] });

    // Nothing the script pressed changed the draft; the agent's Apply does.
    expect(await p.locator('#reply').inputValue()).toBe(draft);
    await agentWrites(p, '#reply', 'You need to reboot the modem.');
    if ((await panel(p).count()) === 0) await badge(p).click();
    await panel(p).locator('[data-rapport="finding"][data-rule="you-need-to"] [data-rapport="apply"]').click();
    await expect.poll(() => p.locator('#reply').inputValue()).toBe('Could you reboot the modem?');
  });
});

describe('a draft that cannot be checked', { timeout: 120_000 }, () => {
  it('says so on its badge, while other drafts and sending keep working', async () => {
    const p = await openHelpdesk('127.0.0.1');
    const pageErrors: string[] = [];
    p.on('pageerror', (error) => pageErrors.push(error.message));

    await agentWrites(p, '#reply', `${COLD_REPLY} ${FAIL_MARKER}`);
    await expect.poll(() => badge(p).getAttribute('data-failed')).toBe('true');
    expect(await badge(p).getAttribute('aria-label')).toContain('could not check this draft');
    expect(await badge(p).textContent()).toContain('!');

    // Another box on the page is checked as usual.
    await agentWrites(p, '#note', COLD_REPLY);
    await expect.poll(() => badgeCount(p)).toBeGreaterThan(0);
    expect(await badge(p).getAttribute('data-failed')).toBe('false');

    // The failing draft still sends (the page's own Send runs); Rapport records no score it never had.
    await p.locator('#reply').click();
    await p.locator('#send').click();
    expect(await p.evaluate(() => (window as unknown as { sent: string[] }).sent)).toEqual([`${COLD_REPLY} ${FAIL_MARKER}`]);

    // The next draft in the same box is checked again.
    await agentWrites(p, '#reply', COLD_REPLY);
    await expect.poll(() => badge(p).getAttribute('data-failed')).toBe('false');
    expect(await badgeCount(p)).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });
});

describe('"Don\'t flag this again"', { timeout: 120_000 }, () => {
  it('is kept for this site only, unless the agent chooses any site', async () => {
    const here = await openHelpdesk('127.0.0.1');
    await agentWrites(here, '#reply', COLD_REPLY);
    await badge(here).click();
    const youNeedTo = (p: Page) => panel(p).locator('[data-rapport="finding"][data-rule="you-need-to"]');
    await youNeedTo(here).locator('[data-rapport="ignore"]').click();
    await expect.poll(() => youNeedTo(here).count()).toBe(0);
    await expect.poll(ignoredPhrases).toEqual({ everywhere: [], sites: [{ site: '127.0.0.1', phrases: ['you need to restart your router.'] }] });

    // Another site: still flagged there. Muting it for any site works there and everywhere.
    const other = await browser.context.newPage();
    try {
      await other.goto(`http://localhost:${port}/`);
      await agentWrites(other, '#reply', COLD_REPLY);
      await badge(other).click();
      expect(await youNeedTo(other).count()).toBe(1);
      await youNeedTo(other).locator('[data-rapport="ignore-everywhere"]').click();
      await expect.poll(() => youNeedTo(other).count()).toBe(0);
      await expect.poll(ignoredPhrases).toEqual({ everywhere: ['you need to restart your router.'], sites: [] });
    } finally {
      await other.close();
    }
  });
});
