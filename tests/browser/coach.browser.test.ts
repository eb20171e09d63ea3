// The in-page coach, end to end: the built extension (.output/chrome-mv3, built by
// `npm run test:browser` before vitest) loaded into Chromium, on the demo helpdesk with real
// editors: underlines that follow layout changes, the keyboard card, Dismiss / "Don't flag this
// again", a late editor, a reply in another language, a huge draft. What every editor must do with
// the coach (underline, Apply, undo and redo followed, macros, locked replies) is the editor
// contract (tests/browser/support/editor-contract.ts). Every test gets a fresh demo tab holding the editor it
// drives and empty extension storage, and fails if any request leaves 127.0.0.1 or the page throws
// (support/session.ts). Speed is measured by `npm run bench` (scripts/bench-browser.ts), not here.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { LATE_EDITOR_ID, type DemoEditorId } from '../../demo/src/types';
import { draft } from './support/drafts';
import { useBrowserSession } from './support/session';
import type { CoachTiming as Timing } from './support/coach-timing';
import { coachFrame as coachFrameOf, coachUi, EDITABLE as DEMO_EDITABLE, underlinesIn } from './support/underlines';
const COLD_REPLY = 'Per our records, there are no outages in your area. You need to restart your router.';
const FLAGGED = 'You need to restart your router';
const REWORDED = 'Could you restart your router?';

// Its own browser: it installs a fake clock for every page of the browser.
const session = useBrowserSession({ ownBrowser: true });
let page: Page;


// ---- helpers -------------------------------------------------------------------------------

const editorCall = <T>(id: string, method: 'getText' | 'focus') =>
  page.evaluate(
    ([editorId, name]) => {
      const editor = window.__demo.editors[editorId];
      if (!editor) throw new Error(`no editor ${editorId}`);
      return editor[name]() as unknown;
    },
    [id, method] as const,
  ) as Promise<T>;
const getText = (id: string) => editorCall<string>(id, 'getText');
const focusEditor = (id: string) => editorCall<void>(id, 'focus');
const setText = (id: string, text: string) =>
  page.evaluate(([editorId, value]) => window.__demo.editors[editorId]!.setText(value), [id, text] as const);
const inputCount = (id: string) => page.evaluate((editorId) => window.__demo.inputEvents[editorId] ?? 0, id);

const coachFrame = (id: string) => coachFrameOf(page, id);
const ui = (id: string) => coachUi(page, id);

const EDITABLE: Record<string, string> = { ...DEMO_EDITABLE, [LATE_EDITOR_ID]: `#${LATE_EDITOR_ID}-input` };

async function badgeCount(id: string): Promise<number> {
  const badge = ui(id).locator('[data-rapport="badge"]');
  if ((await badge.count()) === 0) return 0;
  return Number((await badge.getAttribute('data-count')) ?? 0);
}

async function timing(id: string): Promise<Timing | null> {
  const frame = await coachFrame(id);
  const raw = await frame.evaluate(() => document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing') ?? null);
  return raw ? (JSON.parse(raw) as Timing) : null;
}

/** Wait until the coach has analysed a draft of exactly `chars` characters; returns its timing. */
async function waitForAnalysis(id: string, chars: number, timeout = 30_000): Promise<Timing> {
  let last: Timing | null = null;
  await expect
    .poll(async () => (last = await timing(id))?.chars, { timeout, interval: 50 })
    .toBe(chars);
  return last!;
}

/** Waits for a complete check of `chars` characters: one the engine's time cut short goes on by itself (analysis-scheduler.ts). */
async function waitForCompleteAnalysis(id: string, chars: number, timeout: number): Promise<Timing> {
  let last: Timing | null = null;
  await expect
    .poll(async () => {
      last = await timing(id);
      return last?.chars === chars && last.complete;
    }, { timeout, interval: 50 })
    .toBe(true);
  return last!;
}

/**
 * The flagged text under each underline in the editor: CSS highlight ranges for rich editors (the
 * registry is per document, so the page's world sees the extension's highlights), the mirror's
 * marks for form fields. Only ranges inside the editor's own root count.
 */
async function underlines(id: string): Promise<string[]> {
  return underlinesIn(await coachFrame(id), EDITABLE[id]!, id === 'textarea' || id === LATE_EDITOR_ID);
}

/** Client rects of the warning underlines, and the editor's rect, in its frame's viewport. */
async function underlineGeometry(id: string) {
  const frame = await coachFrame(id);
  return frame.evaluate(
    ([selector, overlay]) => {
      const root = document.querySelector(selector)!;
      const box = (r: DOMRect) => ({ top: r.top, left: r.left, bottom: r.bottom, right: r.right, width: r.width, height: r.height });
      let marks: { text: string; rect: ReturnType<typeof box> }[];
      if (overlay) {
        const shadow = document.querySelector('rapport-coach')!.shadowRoot!;
        marks = [...shadow.querySelectorAll<HTMLElement>('[data-rapport="mirror-mark"]')].map((m) => ({
          text: m.textContent ?? '',
          rect: box(m.getBoundingClientRect()),
        }));
      } else {
        marks = [...(CSS.highlights.get('rapport-warning') ?? [])]
          .filter((r): r is Range => r instanceof Range && root.contains(r.commonAncestorContainer))
          .map((r) => ({ text: r.toString(), rect: box(r.getBoundingClientRect()) }));
      }
      return { editor: box(root.getBoundingClientRect()), marks };
    },
    [EDITABLE[id]!, id === 'textarea' || id === LATE_EDITOR_ID] as const,
  );
}

const nextFrames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Types a cold reply into a fresh editor and waits until the coach has checked all of it and underlined the phrase. The
 * underline alone is not enough: a check of the reply typed but for its last full stop (keys come apart on a busy machine)
 * underlines it too, and what it counted is not what the check of the whole reply, still to come, will count.
 */
async function typeColdReply(id: string) {
  await focusEditor(id);
  await page.keyboard.type(COLD_REPLY);
  await waitForAnalysis(id, COLD_REPLY.length);
  await expect.poll(() => underlines(id)).toEqual(expect.arrayContaining([expect.stringContaining(FLAGGED)]));
}

// ---- setup -----------------------------------------------------------------------------------

beforeAll(async () => {
  // The demo page's clock (not the extension's: content scripts have their own timers) can jump
  // ahead, so an editor's undo grouping window passes without sleeping.
  await session.context.clock.install();
});

/** A fresh demo tab holding only the reply box `id`. */
async function openDemo(id: DemoEditorId): Promise<void> {
  page = await session.openDemo([id]);
}

// ---- layout changes --------------------------------------------------------------------------

describe('underlines follow layout changes', () => {
  it('keep covering the same text in a rich editor after page scroll and at 125% zoom', async () => {
    const id = 'gmail';
    // The whole helpdesk (every reply box), so the page is long enough to scroll.
    page = await session.openDemo();
    await typeColdReply(id);
    await expect.poll(async () => (await underlineGeometry(id)).marks.map((m) => m.text)).toContain(`${FLAGGED}.`);
    const before = await underlineGeometry(id);

    await page.evaluate(() => window.scrollBy(0, 250));
    await nextFrames();
    const scrolled = await underlineGeometry(id);
    expect(scrolled.marks.map((m) => m.text)).toEqual(before.marks.map((m) => m.text));
    const offset = (g: typeof before) => g.marks.map((m) => [m.rect.left - g.editor.left, m.rect.top - g.editor.top]);
    expect(offset(scrolled)).toEqual(offset(before));

    const cdp = await session.context.newCDPSession(page);
    try {
      // 125% browser zoom of a 1280x900 window: a 1024x720 CSS viewport at 1.25 device pixels per CSS pixel.
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1024, height: 720, deviceScaleFactor: 1.25, mobile: false });
      await nextFrames();
      const zoomed = await underlineGeometry(id);
      expect(zoomed.marks.map((m) => m.text)).toEqual(before.marks.map((m) => m.text));
      for (const mark of zoomed.marks) {
        expect(mark.rect.width).toBeGreaterThan(0);
        expect(mark.rect.left).toBeGreaterThanOrEqual(zoomed.editor.left - 1);
        expect(mark.rect.right).toBeLessThanOrEqual(zoomed.editor.right + 1);
      }
    } finally {
      await cdp.send('Emulation.clearDeviceMetricsOverride');
      await cdp.detach();
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  });

  it('keep the textarea mirror aligned inside the field on scroll, field scroll, resize and zoom', async () => {
    const id = 'textarea';
    // The whole helpdesk (every reply box), so the page is long enough to scroll.
    page = await session.openDemo();
    type Geometry = Awaited<ReturnType<typeof underlineGeometry>>;
    /** What is wrong with the underline of `text`: missing, empty, or sticking out of the field. */
    const misplacement = (g: Geometry, text: string): string[] => {
      const mark = g.marks.find((m) => m.text.includes(text));
      if (!mark) return [`no underline for "${text}"`];
      const r = mark.rect;
      const e = g.editor;
      return [
        r.height > 0 ? '' : 'zero height',
        r.top >= e.top - 1 ? '' : `top ${r.top} above the field's ${e.top}`,
        r.bottom <= e.bottom + 1 ? '' : `bottom ${r.bottom} below the field's ${e.bottom}`,
        r.left >= e.left - 1 ? '' : `left ${r.left} left of the field's ${e.left}`,
        r.right <= e.right + 1 ? '' : `right ${r.right} right of the field's ${e.right}`,
      ].filter(Boolean);
    };
    // The mirror follows the field on the content script's own next animation frame (the page's
    // clock here is Playwright's, so the test cannot count real frames): wait until it has, and
    // fail with what is still out of place.
    const inside = async (text: string) => {
      let g: Geometry | null = null;
      await expect
        .poll(async () => misplacement((g = await underlineGeometry(id)), text), { interval: 50 })
        .toEqual([]);
      return { geometry: g! };
    };
    // Enough lines that the field scrolls; the flagged sentence is at the very end.
    const filler = Array.from({ length: 30 }, (_, i) => `Line ${i + 1}: the replacement lamp ships today.`).join('\n');
    await setText(id, `${filler}\n${COLD_REPLY}`);
    await focusEditor(id);
    await page.keyboard.type(' ');
    const length = (await getText(id)).length;
    await waitForAnalysis(id, length);

    // Scroll the field to its end: the mirror follows its scroll position.
    await page.evaluate((sel) => {
      const field = document.querySelector<HTMLTextAreaElement>(sel)!;
      field.scrollTop = field.scrollHeight;
    }, EDITABLE[id]!);
    const atEnd = await inside(FLAGGED);
    const offsetInField = (g: Geometry) => {
      const mark = g.marks.find((m) => m.text.includes(FLAGGED));
      return mark ? Math.round(mark.rect.top - g.editor.top) : null;
    };

    // Page scroll: same place relative to the field.
    await page.evaluate(() => window.scrollBy(0, 120));
    await expect.poll(async () => offsetInField(await underlineGeometry(id))).toBe(offsetInField(atEnd.geometry));
    await inside(FLAGGED);

    // The field resized by the agent (drag handle) and the page zoomed to 125%.
    await page.evaluate((sel) => {
      const field = document.querySelector<HTMLTextAreaElement>(sel)!;
      field.style.width = '420px';
      field.style.height = '160px';
      field.scrollTop = field.scrollHeight;
    }, EDITABLE[id]!);
    await inside(FLAGGED);
    const cdp = await session.context.newCDPSession(page);
    try {
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1024, height: 720, deviceScaleFactor: 1.25, mobile: false });
      await nextFrames();
      await page.evaluate((sel) => {
        const field = document.querySelector<HTMLTextAreaElement>(sel)!;
        field.scrollTop = field.scrollHeight;
      }, EDITABLE[id]!);
      await inside(FLAGGED);
    } finally {
      await cdp.send('Emulation.clearDeviceMetricsOverride');
      await cdp.detach();
      await page.evaluate((sel) => {
        document.querySelector<HTMLTextAreaElement>(sel)!.removeAttribute('style');
        window.scrollTo(0, 0);
      }, EDITABLE[id]!);
    }
  });
});

// ---- keyboard, card and the per-finding choices ------------------------------------------------

describe('card and choices', () => {
  it('Alt+Shift+R opens the card for the finding at the caret; Escape returns focus to the editor', async () => {
    const id = 'prosemirror';
    await openDemo(id);
    await typeColdReply(id);
    await page.keyboard.press('ArrowLeft'); // caret inside "…restart your router."

    await page.keyboard.press('Alt+Shift+R');
    const card = page.locator('[data-rapport="card"][role="dialog"]');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('[data-rapport="flagged"]').textContent()).toContain(FLAGGED);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('rapport-coach');

    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).toBe(true);
    expect(await getText(id)).toBe(COLD_REPLY);
  });

  it('hovering an underline opens its card', async () => {
    const id = 'prosemirror';
    await openDemo(id);
    await typeColdReply(id);
    const warningOn = async () => (await underlineGeometry(id)).marks.find((m) => m.text.includes(FLAGGED));
    await expect.poll(warningOn).toBeDefined();
    const mark = (await warningOn())!;
    await page.mouse.move(mark.rect.left + 10, mark.rect.top + mark.rect.height / 2);
    const card = page.locator('[data-rapport="card"]');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('[data-rapport="flagged"]').textContent()).toContain(FLAGGED);
    await page.mouse.move(5, 5);
    await expect.poll(() => card.count()).toBe(0);
  });

  it('Dismiss hides a finding for this draft; "Don\'t flag this again" is remembered in storage.local', async () => {
    const id = 'prosemirror';
    await openDemo(id);
    await typeColdReply(id);
    const before = await badgeCount(id);
    await page.locator('[data-rapport="badge"]').click();
    const panel = page.locator('[data-rapport="panel"]');
    const youNeedTo = () =>
      panel.locator('[data-rapport="finding"]').filter({ has: page.locator('[data-rapport="apply"]', { hasText: REWORDED }) });
    await expect.poll(() => youNeedTo().count()).toBe(1);
    await youNeedTo().locator('[data-rapport="dismiss"]').click();
    await expect.poll(() => badgeCount(id)).toBe(before - 1);
    await expect.poll(() => youNeedTo().count()).toBe(0);

    const perOurRecords = panel.locator('[data-rapport="finding"]', { hasText: 'Per our records' }).first();
    const flagged = (await perOurRecords.locator('[data-rapport="flagged"]').textContent())!;
    await perOurRecords.locator('[data-rapport="ignore"]').click();
    await expect.poll(() => panel.locator('[data-rapport="flagged"]').allTextContents()).not.toContain(flagged);
    // The underlines are repainted apart from the list (painting.ts): waited for on their own.
    await expect.poll(() => underlines(id)).not.toContain(flagged);

    // Read the extension's storage in its own context (the next test starts with it empty again).
    type StorageArea = { get(key: string): Promise<Record<string, unknown>> };
    // Kept for this site only (the card also offers "…on any site"), normalised as the engine compares.
    await expect
      .poll(async () => {
        const stored = await session.inExtension(
          () => (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local.get('rapport:ignoredPhrases'),
          null,
        );
        return stored['rapport:ignoredPhrases'];
      })
      .toEqual({ everywhere: [], sites: [{ site: '127.0.0.1', phrases: [flagged.toLowerCase()] }] });
  });
});

// ---- late editors, big drafts, timing, network -----------------------------------------------

describe('pages and drafts of every size', () => {
  it('coaches an editor added after load', async () => {
    await openDemo('textarea');
    expect(await page.evaluate(() => window.__demo.addEditor())).toBe(LATE_EDITOR_ID);
    await focusEditor(LATE_EDITOR_ID);
    await page.keyboard.type(COLD_REPLY);
    await expect.poll(() => badgeCount(LATE_EDITOR_ID)).toBeGreaterThan(0);
    await expect.poll(() => underlines(LATE_EDITOR_ID)).toEqual(expect.arrayContaining([expect.stringContaining(FLAGGED)]));
    expect(await inputCount(LATE_EDITOR_ID)).toBeGreaterThan(0);
  });

  it('says a reply in another language is not checked, instead of flagging it', async () => {
    await openDemo('textarea');
    await focusEditor('textarea');
    await page.keyboard.type('Vielen Dank für Ihre Nachricht. Wir kümmern uns sofort darum und melden uns morgen bei Ihnen.');
    const badge = page.locator('[data-rapport="badge"]');
    await expect.poll(() => badge.getAttribute('data-checked')).toBe('false');
    expect(await badge.getAttribute('aria-label')).toContain("isn't checking it");
    expect(await badge.getAttribute('data-count')).toBe('0');
  });

  it('underlines around the caret first when a long draft is pasted at once, then checks all of it', async () => {
    const id = 'textarea';
    await openDemo(id);
    await focusEditor(id);
    const pasted = draft(5_000, 'pasted');
    await page.keyboard.insertText(pasted);
    // The coach's own signal for a first look (test builds): the sentences nearest the caret, checked within a short budget.
    const firstLook = async () => {
      const raw = await (await coachFrame(id)).evaluate(() => document.querySelector('rapport-coach')?.getAttribute('data-rapport-first-look') ?? null);
      return raw ? (JSON.parse(raw) as { chars: number; findings: number }) : null;
    };
    await expect.poll(async () => (await firstLook())?.chars, { timeout: 60_000 }).toBe(pasted.length);
    const look = (await firstLook())!;
    // The caret's sentences are read whatever the budget (FIRST_LOOK_MIN_SENTENCES); this draft ends on "You need to…".
    expect(look.findings).toBeGreaterThan(0);
    const whole = await waitForAnalysis(id, pasted.length, 60_000);
    expect(whole.findings).toBeGreaterThan(look.findings);
    expect(await badgeCount(id)).toBe(whole.findings);
  });

  it('checks a 20,000-word draft completely, without analysing in the page', async () => {
    const id = 'textarea';
    await openDemo(id);
    const big = draft(20_000, 'big');
    await setText(id, big);
    await focusEditor(id);
    await page.keyboard.type('!');
    // The coach's own signal: it painted the analysis of the whole draft, made in slices.
    // The engine checks one draft for at most 2 s per request (lib/engine-host/host.ts); on a busy machine that ends
    // before the last sentence, and the coach asks again where it stopped until the check is complete, with no more typing
    // (40 rounds, then by itself a few times more: MAX_RESUMES).
    const t = await waitForCompleteAnalysis(id, big.length + 1, 120_000);
    // Findings are capped per rule and per draft (FINDING_LIMITS), so a long draft of repeated phrasing has dozens, not hundreds.
    expect(t.findings).toBeGreaterThan(20);
    // The browser's one engine analysed it (Chrome: its offscreen document), not the page: the page ran no analysis slice at all.
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-rapport-engine'))).toBe('offscreen');
    expect(t.slices).toBe(0);
    expect(await badgeCount(id)).toBe(t.findings);
  });
});
