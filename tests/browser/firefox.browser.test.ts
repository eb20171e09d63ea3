// The Firefox build (.output/firefox-mv2), installed in stock Firefox ESR as a temporary add-on over
// WebDriver BiDi, on the demo helpdesk: the same promises as in Chromium — badge and underlines in a
// textarea and a contenteditable, Apply through the editor, Ctrl+Z and a re-check, the popup reading
// the draft, a sent reply recorded for the summary, and options that read and save storage; and on every
// other composer of the demo, the editor contract (support/contract-expectations.ts): Apply into the editor's model
// and its Ctrl+Z taking back the rewording alone, the multi-line greeting likewise, an Apply into a locked reply
// reported as not applied, and a macro's text checked with no typing.
// Firefox missing is a failure with the install command, never a skip (CI installs firefox-esr).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPOSER_EDITOR_IDS, DEMO_EDITOR_IDS, type DemoEditorId } from '../../demo/src/types';
import { startDemoServer, type DemoServer } from '../../scripts/serve-demo';
// The editor contract's expectations, shared with Chromium's editor-contract.ts.
import { APPLIED, APPLIED_STATUS, COLD_REPLY, expectGreeted, FLAGGED, GREETING, lines, NOT_ACCEPTED_STATUS, NOT_TAKEN_BACK_STATUS, REWORDED, WARM_OPENER, withPlainSpaces } from './support/contract-expectations';
import { FIREFOX_EXTENSION_DIR, launchFirefoxWithExtension, type LaunchedFirefox } from './support/firefox';
import { EDITABLE, editorFrameSelector, FRAME_UI_HOST, OVERLAY_EDITORS, underlineTexts } from './support/underlines';

/** The demo's composers beyond its textarea and Gmail-like box (tested on the helpdesk page below). */
const FIREFOX_EDITORS = [...DEMO_EDITOR_IDS, ...COMPOSER_EDITOR_IDS].filter((id) => id !== 'textarea' && id !== 'gmail');
/**
 * Composers whose multi-line Apply Firefox writes as one insertHTML of line blocks (lib/editors/replace.ts), of both
 * kinds: one whose DOM is its model, where Firefox's undo of an insertHTML half kept changes nothing (MediumEditor; so
 * too Summernote, Jodit, TinyMCE inline), and one that reads the DOM back into its own state (ProseMirror; so too
 * Tiptap). All six failed before the take-back was fixed, all six pass with it (session 36).
 */
const HALF_TAKE_EDITORS: readonly DemoEditorId[] = ['medium-editor', 'prosemirror'];
/** Composers of that path whose own undo follows Firefox's: the editor tidying an insert adds a step of Firefox's. */
const TIDY_EDITORS: readonly DemoEditorId[] = ['medium-editor', 'summernote'];
/** Composers of that path, of both kinds, where the agent types into the greeting before the Apply's check is done. */
const TYPED_INTO_EDITORS = HALF_TAKE_EDITORS;
/** The greeting's Apply button in the coach's list (the multi-line rewording). */
const GREETING_APPLY = '[data-rapport="finding"][data-rule="greeting-missing"] [data-rapport="apply"]';
/** What the helpdesk's macro writes: a line of its own before the cold reply, so the coach must read it anew. */
const MACRO_REPLY = `${WARM_OPENER} ${COLD_REPLY}`;

let server: DemoServer;
let firefox: LaunchedFirefox;
let demo: Page;

/** The coach's UI lives in an open shadow root of <rapport-coach>; `>>>` pierces it. */
const inCoach = (selector: string) => `rapport-coach >>> ${selector}`;

const demoText = (id: string) => demo.evaluate((editorId) => window.__demo.editors[editorId]!.getText(), id);

/** Characters of the draft the coach analysed last (its own signal on <rapport-coach>), in the frame it coaches. */
const analysedCharsIn = (frame: Frame) =>
  frame.evaluate(() => {
    const raw = document.querySelector('rapport-coach')?.getAttribute('data-rapport-timing');
    return raw ? (JSON.parse(raw) as { chars: number }).chars : -1;
  });
const analysedChars = () => analysedCharsIn(demo.mainFrame());

/** The text under each underline on the helpdesk page: the mirror's marks for its textarea, CSS highlights for the rest. */
const underlines = (editable: string) => demo.evaluate(underlineTexts, [editable, editable === EDITABLE.textarea] as const);

async function clearEditors(): Promise<void> {
  await demo.evaluate(() => {
    for (const id of ['textarea', 'gmail']) window.__demo.editors[id]!.setText('');
  });
}

async function typeInto(id: string, selector: string, text: string): Promise<void> {
  await demo.bringToFront();
  await demo.evaluate((editorId) => window.__demo.editors[editorId]!.focus(), id);
  await demo.click(selector);
  await demo.keyboard.type(text);
  await expect.poll(() => demoText(id)).toBe(text);
  await expect.poll(analysedChars, { timeout: 20_000 }).toBe(text.length);
}

/**
 * Opens an extension page in a tab. Puppeteer does not see a moz-extension:// document finish
 * loading, so the navigation is not awaited: the caller waits for the page's own content.
 */
async function openExtensionPage(file: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  void page.goto(`${firefox.extensionUrl}${file}`, { timeout: 30_000 }).catch(() => undefined);
  await expect.poll(() => page.evaluate(() => location.href).catch(() => '')).toContain(file);
  return page;
}

/** The toolbar button's badge text and tooltip on the demo helpdesk's tab, read from an extension page. */
const toolbarBadge = (extensionPage: Page) =>
  extensionPage.evaluate(async () => {
    type Action = { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
    const api = (globalThis as unknown as { browser: { browserAction: Action; tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).browser;
    const [tab] = (await api.tabs.query({})).filter((t) => t.url?.startsWith('http://127.0.0.1'));
    if (!tab) return null;
    return { text: await api.browserAction.getBadgeText({ tabId: tab.id }), title: await api.browserAction.getTitle({ tabId: tab.id }) };
  });

const bodyText = (page: Page) => page.evaluate(() => document.body?.innerText ?? '').catch(() => '');

/** The panel's Apply button whose rewording contains `text` (waits for the panel to list it), in `host`'s shadow root. */
async function applyButton(text: string, page: Page = demo, host = 'rapport-coach'): Promise<ElementHandle<Element>> {
  const find = async () => {
    for (const button of await page.$$(`${host} >>> [data-rapport="finding"] [data-rapport="apply"]`)) {
      if ((await button.evaluate((el) => el.textContent ?? '')).includes(text)) return button;
    }
    return null;
  };
  await expect.poll(async () => (await find()) !== null).toBe(true);
  const button = (await find())!;
  // The list scrolls inside its own box when the window is short (800×600 here), as an agent would scroll it.
  await button.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
  return button;
}

/** The frame whose content script coaches editor `id`: its own iframe for TinyMCE and CKEditor 4, the page for the rest. */
async function coachFrame(page: Page, id: DemoEditorId): Promise<Frame> {
  const selector = editorFrameSelector(id);
  if (!selector) return page.mainFrame();
  const frame = await (await page.waitForSelector(selector))?.contentFrame();
  if (!frame) throw new Error(`${id}: editor frame not found`);
  return frame;
}

/**
 * A tab of its own holding only composer `id`, in front (keys go to the front tab: the tab a previous test closed must
 * not take the focus back mid-typing), with what a test reads of the editor's model and of the coach's state.
 */
type Composer = Awaited<ReturnType<typeof openComposer>>;

async function openComposer(id: DemoEditorId) {
  const page = await firefox.browser.newPage();
  await page.goto(`${server.url}?editors=${id}`);
  await page.waitForFunction(() => window.__demo?.ready === true, { timeout: 30_000 });
  await page.bringToFront();
  const frame = await coachFrame(page, id);
  // An editor in a frame has its badge and list drawn on the page around the frame (lib/coach/surface.ts).
  const host = editorFrameSelector(id) ? FRAME_UI_HOST : 'rapport-coach';
  const badge = `${host} >>> [data-rapport="badge"]`;
  const model = () => page.evaluate((editorId) => window.__demo.editors[editorId]!.getText(), id);
  const focus = () => page.evaluate((editorId) => window.__demo.editors[editorId]!.focus(), id);
  return {
    page,
    host,
    /** The editor's own model text (window.__demo.editors[id].getText()). */
    model,
    focus,
    setReadOnly: (readOnly: boolean) =>
      page.evaluate(([editorId, value]) => window.__demo.editors[editorId]!.setReadOnly(value), [id, readOnly] as const),
    underlines: () => frame.evaluate(underlineTexts, [EDITABLE[id], OVERLAY_EDITORS.has(id)] as const),
    /** Once the coach has checked exactly the text the editor's model holds (its own timing signal). */
    async settled() {
      await expect.poll(async () => (await analysedCharsIn(frame)) === (await model()).length, { timeout: 20_000, message: 'coach checked the model' }).toBe(true);
    },
    badgeCount: () => page.$eval(badge, (el) => Number(el.getAttribute('data-count'))).catch(() => 0),
    /** What the coach last told the agent (its live status region). */
    status: () => page.$eval(`${host} >>> [data-rapport="panel"] .status`, (el) => el.textContent ?? '').catch(() => ''),
    /** Opens the coach's list afresh (no status left from before) once the badge counts a finding, as an agent clicks it. */
    async openList() {
      const button = (await page.waitForSelector(badge, { visible: true, timeout: 20_000 }))!;
      await expect.poll(() => button.evaluate((el) => Number(el.getAttribute('data-count'))), { timeout: 20_000 }).toBeGreaterThan(0);
      const expanded = async () => (await page.$eval(badge, (el) => el.getAttribute('aria-expanded')).catch(() => null)) === 'true';
      // The list has closed (the badge says so) before the click that opens it afresh: the two clicks never race. The badge
      // is looked up afresh on each try, and clicked again only when a whole interval later it still says open: a re-check
      // may have drawn it anew, so a click on the badge found before it can be lost (seen once in a quiet fresh-clone CI).
      const closedAfterClick = async () => {
        const open = await expanded();
        if (open) await (await page.$(badge))?.click();
        return open;
      };
      await expect.poll(closedAfterClick, { timeout: 20_000, interval: 1_000, message: 'list closed' }).toBe(false);
      // The badge as it is now: a re-check may have drawn it anew since it was found.
      await (await page.waitForSelector(badge, { visible: true, timeout: 20_000 }))!.click();
      await page.waitForSelector(`${host} >>> [data-rapport="panel"][role="dialog"]`, { visible: true });
    },
    /** Types the cold reply as the agent, waits for the coach to check it, and opens its list. */
    async typeColdReplyAndOpenList() {
      await focus();
      await page.keyboard.type(COLD_REPLY);
      await expect.poll(async () => withPlainSpaces((await model()).trim())).toBe(COLD_REPLY);
      await this.settled();
      await this.openList();
    },
    /** Clicks the greeting's Apply in the open list. */
    async applyGreeting() {
      await (await page.waitForSelector(`${host} >>> ${GREETING_APPLY}`, { visible: true }))!.click();
    },
    /**
     * Presses Ctrl+Z in the editor until its model holds `wanted`. The editor may group an Apply with a snapshot of its
     * own: a few presses at most, each one changing the text. An agent's Ctrl+Z comes after the editor has recorded
     * the change (Jodit records it on a timer).
     */
    async undoUntil(wanted: (model: string) => boolean) {
      await expect.poll(() => page.evaluate((editorId) => window.__demo.editors[editorId]!.historyRecorded?.() ?? true, id)).toBe(true);
      await focus();
      for (let presses = 0; presses < 3 && !wanted(await model()); presses += 1) {
        const before = await model();
        await page.keyboard.down('Control');
        await page.keyboard.press('z');
        await page.keyboard.up('Control');
        await expect.poll(model).not.toBe(before);
      }
    },
  };
}

/**
 * What the page does to the greeting's multi-line insert, once, right after it (marked `data-touched` on <html>):
 * `drop` removes the empty line block as the editor's own input handling (an editor that normalises empty blocks away:
 * the undo step Firefox recorded then holds a block that is gone); `tidy` deletes it a task later with a Backspace of
 * Firefox's own (an editor's normaliser: an undo step more); `type` types words at the end of the greeting's line a task
 * later, as the agent's keystroke would.
 */
type GreetingTouch = 'drop' | 'tidy' | 'type';

/** Opens composer `id` in a tab of its own, types the cold reply, has the page touch the greeting's insert, and applies it. */
async function greetingTouchedByPage(id: DemoEditorId, touch: GreetingTouch): Promise<Composer> {
  const composer = await openComposer(id);
  await composer.typeColdReplyAndOpenList();
  await composer.page.evaluate(
    ([selector, how]) => {
      const root = document.querySelector(selector)!;
      // Firefox gives the input event of an extension's execCommand no inputType: the greeting's line marks the insert.
      const touch = () => {
        const empty = [...root.children].find((block) => (block.textContent ?? '').trim() === '');
        if (!empty || !/^Hi /.test(root.textContent ?? '')) return;
        root.removeEventListener('input', touch);
        const done = (ok: boolean) => {
          if (ok) document.documentElement.dataset.touched = how;
        };
        if (how === 'drop') {
          empty.remove();
          done(true);
          return;
        }
        // After the insert's own step is done, as an editor's normaliser or the agent's next key comes.
        setTimeout(() => {
          if (how === 'tidy') {
            getSelection()!.collapse(empty, 0);
            done(document.execCommand('delete'));
            return;
          }
          const line = root.firstElementChild!;
          getSelection()!.selectAllChildren(line);
          getSelection()!.collapseToEnd();
          done(document.execCommand('insertText', false, ' thanks for waiting'));
        }, 0);
      };
      root.addEventListener('input', touch);
    },
    [EDITABLE[id], touch] as const,
  );
  await composer.applyGreeting();
  return composer;
}

/** The greeting's Apply, its insert touched by the page (`drop`, `tidy`), reported as not taken and taken back whole. */
async function expectGreetingTakenBack(id: DemoEditorId, touch: GreetingTouch, touched: string): Promise<void> {
  const composer = await greetingTouchedByPage(id, touch);
  try {
    await expect.poll(composer.status, { message: 'Apply reported as not taken' }).toMatch(NOT_ACCEPTED_STATUS);
    expect(await composer.page.evaluate(() => document.documentElement.dataset.touched), touched).toBe(touch);
    await expect.poll(async () => lines(await composer.model()), { message: 'greeting taken back' }).toEqual([COLD_REPLY]);
    expect(withPlainSpaces((await composer.model()).trim()), 'the typed reply whole').toBe(COLD_REPLY);
  } finally {
    await composer.page.close();
  }
}

beforeAll(async () => {
  server = await startDemoServer({ port: 0 });
  firefox = await launchFirefoxWithExtension();
  demo = await firefox.browser.newPage();
  await demo.goto(server.url);
  await demo.waitForFunction(() => window.__demo?.ready === true, { timeout: 30_000 });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Rapport in Firefox', () => {
  it('installs with a fixed add-on id, declares no data collection, and has its icons', () => {
    expect(firefox.addonId).toBe('rapport@rapport.local');
    const manifest = JSON.parse(readFileSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    for (const file of [...Object.values(manifest.icons), ...manifest.browser_action.theme_icons.flatMap((t: { light: string; dark: string }) => [t.light, t.dark])]) {
      expect(existsSync(path.join(FIREFOX_EXTENSION_DIR, file as string)), String(file)).toBe(true);
    }
    expect(firefox.extensionUrl).toMatch(/^moz-extension:\/\/[0-9a-f-]{36}\/$/);
  });

  it('underlines a textarea draft, applies a rewording, and re-checks after Ctrl+Z', async () => {
    await clearEditors();
    await typeInto('textarea', '#textarea-input', COLD_REPLY);
    const badge = await demo.waitForSelector(inCoach('[data-rapport="badge"]'), { visible: true });
    expect(Number(await badge!.evaluate((el) => el.getAttribute('data-count')))).toBeGreaterThan(0);
    await expect.poll(() => underlines('#textarea-input')).toEqual(expect.arrayContaining([expect.stringContaining(FLAGGED)]));
    // The analysis ran in the extension's background page, not in the helpdesk's page (issue #12).
    expect(await demo.evaluate(() => document.documentElement.getAttribute('data-rapport-engine'))).toBe('background');

    await badge!.click();
    await (await applyButton(REWORDED)).click();
    await expect.poll(() => demoText('textarea')).toContain(REWORDED);
    expect(await demoText('textarea')).not.toContain(FLAGGED);
    // The coach re-checks the applied text: the flagged phrase is no longer underlined.
    await expect.poll(() => underlines('#textarea-input')).not.toEqual(
      expect.arrayContaining([expect.stringContaining(FLAGGED)]),
    );

    await demo.focus('#textarea-input');
    await demo.keyboard.down('Control');
    await demo.keyboard.press('z');
    await demo.keyboard.up('Control');
    await expect.poll(() => demoText('textarea')).toContain(`${FLAGGED}.`);
    await expect.poll(() => underlines('#textarea-input')).toEqual(
      expect.arrayContaining([expect.stringContaining(FLAGGED)]),
    );
  });

  it('underlines a contenteditable draft and applies through it', async () => {
    await clearEditors();
    await typeInto('gmail', '#gmail-editable', COLD_REPLY);
    await expect.poll(() => underlines('#gmail-editable')).toEqual(
      expect.arrayContaining([expect.stringContaining(FLAGGED)]),
    );
    const badge = await demo.waitForSelector(inCoach('[data-rapport="badge"]'), { visible: true });
    await badge!.click();
    await (await applyButton(REWORDED)).click();
    await expect.poll(() => demoText('gmail')).toContain(REWORDED);
  });

  it('coaches TinyMCE in its frame, its badge and list drawn on the page around the frame', async () => {
    // A tab of its own holding only TinyMCE, so no other test's list lies over this one.
    const page = await firefox.browser.newPage();
    try {
      await page.goto(`${server.url}?editors=tinymce`);
      await page.waitForFunction(() => window.__demo?.ready === true, { timeout: 30_000 });
      await page.evaluate(() => window.__demo.editors.tinymce!.focus());
      await page.keyboard.type(COLD_REPLY);
      await expect.poll(() => page.evaluate(() => window.__demo.editors.tinymce!.getText())).toBe(COLD_REPLY);
      // The frame's UI host on the page (lib/coach/surface.ts): its badge, outside the frame's box.
      const badge = await page.waitForSelector('rapport-frame-ui >>> [data-rapport="badge"]', { visible: true, timeout: 20_000 });
      await expect.poll(() => badge!.evaluate((el) => Number(el.getAttribute('data-count'))), { timeout: 20_000 }).toBeGreaterThan(0);
      const [b, f] = [(await badge!.boundingBox())!, (await (await page.$('#tinymce-target_ifr'))!.boundingBox())!];
      const overFrame = b.y < f.y + f.height && b.y + b.height > f.y && b.x < f.x + f.width && b.x + b.width > f.x;
      expect(overFrame, `badge ${JSON.stringify(b)} over the frame ${JSON.stringify(f)}`).toBe(false);
      await badge!.click();
      await (await applyButton(REWORDED, page, 'rapport-frame-ui')).click();
      await expect.poll(() => page.evaluate(() => window.__demo.editors.tinymce!.getText())).toContain(REWORDED);
    } finally {
      await page.close();
    }
  });

  // Every other composer of the demo, each in a tab of its own, held to the editor contract's expectations
  // (support/contract-expectations.ts, as in Chromium's editor-contract.ts). Firefox differs from Chromium where editors
  // meet Apply: it empties a synthetic paste's clipboard (RoosterJS, Draft.js and CKEditor 4 applied nothing until
  // lib/editors/synthetic-input.ts), builds its selection and input events its own way, and writes a line break its
  // insertText is given as a <br> (lib/editors/replace.ts). The contract's four promises run in one tab per composer, to
  // keep the file's time down; each step's assertions name the promise they check.
  it.each(FIREFOX_EDITORS)(
    "%s: Apply and the greeting reach the model and undo alone, a locked reply refuses Apply, and a macro's text is coached",
    async (id) => {
      const composer = await openComposer(id);
      try {
        const { page } = composer;
        const text = async () => withPlainSpaces((await composer.model()).trim());
        const setText = (value: string) =>
          page.evaluate(([editorId, v]) => window.__demo.editors[editorId]!.setText(v), [id, value] as const);
        const flaggedUnderlined = async () => (await composer.underlines()).some((u) => u.includes(FLAGGED));

        // (a) A typed reply: Apply reaches the editor's model, and its Ctrl+Z takes back the rewording alone.
        await composer.focus();
        await page.keyboard.type(COLD_REPLY);
        await expect.poll(text).toBe(COLD_REPLY);
        await composer.openList();
        await (await applyButton(REWORDED, page, composer.host)).click();
        await expect.poll(text, { message: 'Apply in the model' }).toBe(APPLIED);
        await expect.poll(composer.status, { message: 'Apply reported' }).toMatch(APPLIED_STATUS);
        await composer.undoUntil((model) => model.includes(`${FLAGGED}.`));
        expect(await text(), 'Ctrl+Z: every typed word back').toBe(COLD_REPLY);

        // (b) The greeting, a rewording with a line break: "Hi Maria," on its own line, an empty line, then the reply.
        await expect.poll(flaggedUnderlined, { timeout: 20_000, message: 'undone reply re-checked' }).toBe(true);
        await composer.openList();
        await composer.applyGreeting();
        await expect.poll(async () => lines(await composer.model())[0] ?? '', { message: 'greeting in the model' }).toMatch(GREETING);
        expectGreeted(await composer.model());
        await expect.poll(composer.status, { message: 'greeting reported' }).toMatch(APPLIED_STATUS);
        await composer.undoUntil((model) => !GREETING.test(lines(model)[0] ?? ''));
        expect(lines(await composer.model()), 'Ctrl+Z: the greeting alone taken back').toEqual([COLD_REPLY]);

        // (d) The page locks the reply (the editor's read-only mode) while the list is open: the editor drops the Apply.
        await composer.settled();
        await composer.openList();
        await composer.setReadOnly(true);
        await (await applyButton(REWORDED, page, composer.host)).click();
        await expect.poll(composer.status, { message: 'locked: reported' }).toMatch(NOT_ACCEPTED_STATUS);
        expect(await text(), 'locked: model untouched').toBe(COLD_REPLY);
        await composer.setReadOnly(false);

        // (c) The helpdesk's macro writes a reply through the editor's API, no key pressed: the coach checks all of it.
        await setText(MACRO_REPLY);
        await expect.poll(text).toBe(MACRO_REPLY);
        await composer.settled();
        expect(await flaggedUnderlined(), 'macro text underlined').toBe(true);
        expect(await composer.badgeCount(), 'macro text counted on the badge').toBeGreaterThan(0);
      } finally {
        await composer.page.close();
      }
    },
  );

  // An editor may keep only part of a multi-line Apply that Firefox writes as one insertHTML (lib/editors/replace.ts): here
  // the page drops the empty line the greeting brings, as an editor that normalises empty blocks away would. Apply then
  // reports it was not taken, and the editor's own model must read exactly as before: the half-inserted greeting taken back.
  it.each(HALF_TAKE_EDITORS)('%s: a multi-line Apply the editor keeps only part of is taken back whole', async (id) => {
    await expectGreetingTakenBack(id, 'drop', 'the insertHTML path was taken, and half kept');
  });

  // An editor may tidy a multi-line Apply with a command of its own (here the page deletes the empty line the greeting
  // brings, as a Backspace would: an undo step of Firefox's own). The insert then takes one undo more than it made:
  // take-back counts nothing, it reads the editor's text after each undo, stops once the draft reads as before the
  // Apply, and never undoes the agent's typing before it (the model must read exactly as typed).
  it.each(TIDY_EDITORS)('%s: a multi-line Apply the editor tidied with a step of its own is taken back to the typed reply, no further', async (id) => {
    await expectGreetingTakenBack(id, 'tidy', 'the editor tidied the insert by a step of its own');
  });

  // The agent types inside the greeting the Apply wrote before the Apply's check is done (here the page types for them,
  // right after the insert, as a keystroke would land): the Apply is not kept as written, and taking it back would undo
  // the agent's typing with it (lib/editors/take-back.ts). The take-back does not undo; the status says the change was
  // not taken back, and the agent's words stand in the model.
  it.each(TYPED_INTO_EDITORS)('%s: a multi-line Apply the agent typed into is not taken back over their typing', async (id) => {
    const composer = await greetingTouchedByPage(id, 'type');
    try {
      await expect.poll(composer.status, { message: 'Apply answered' }).toMatch(NOT_TAKEN_BACK_STATUS);
      expect(await composer.page.evaluate(() => document.documentElement.dataset.touched), 'the agent typed into the greeting').toBe('type');
      expect(lines(await composer.model()), 'the agent\'s typing and the greeting it went into stand').toEqual([expect.stringMatching(/^Hi (Maria|there), thanks for waiting$/), COLD_REPLY]);
    } finally {
      await composer.page.close();
    }
  });

  // CKEditor 5 pastes at its model's selection, which takes the page's only once the editor has seen the focus: until
  // then its selection observer sets a selectionchange aside (lib/editors/ckeditor5.ts). Here the focus event Apply's
  // focus() brings is held back, as for a window not in front: Apply must not paste at the editor's own caret (the
  // greeting after "…your router."); it waits for the editor's word (ck-focused) and, without it, changes nothing.
  it.each(['ckeditor5', 'ckeditor5-balloon'] as const)('%s: an Apply the editor has not seen the focus for goes nowhere but its span', async (id) => {
    const composer = await openComposer(id);
    try {
      const { page } = composer;
      await composer.typeColdReplyAndOpenList();
      await page.evaluate((selector) => {
        const root = document.querySelector(selector)!;
        const hold = (event: FocusEvent) => {
          if (event.target !== root) return;
          window.removeEventListener('focus', hold, true);
          event.stopImmediatePropagation();
          document.documentElement.dataset.focusHeld = 'yes';
        };
        window.addEventListener('focus', hold, true);
      }, EDITABLE[id]);
      await composer.applyGreeting();
      await expect.poll(composer.status, { message: 'Apply answered' }).toMatch(/did not accept|^Applied/);
      expect(await page.evaluate(() => document.documentElement.dataset.focusHeld), 'the focus was held back').toBe('yes');
      const model = lines(await composer.model());
      if (NOT_ACCEPTED_STATUS.test(await composer.status())) expect(model, 'nothing changed').toEqual([COLD_REPLY]);
      else expect(model, 'the greeting at the top').toEqual([expect.stringMatching(GREETING), COLD_REPLY]);
    } finally {
      await composer.page.close();
    }
  });

  it('the popup reads the draft the agent is writing', async () => {
    await clearEditors();
    await typeInto('textarea', '#textarea-input', COLD_REPLY);
    const popup = await openExtensionPage('popup.html');
    await expect.poll(() => bodyText(popup)).toContain(FLAGGED);
    const valuetext = await popup.evaluate(() => document.querySelector('[role="meter"]')?.getAttribute('aria-valuetext') ?? '');
    expect(valuetext).toMatch(/^\d+ of 100, (cold|neutral|warm)$/);
    expect(await bodyText(popup)).not.toMatch(/Reload the page to start/);
    // The toolbar icon's badge on the helpdesk tab shows the same count as the badge in the page.
    const inPage = await demo.$eval(inCoach('[data-rapport="badge"]'), (el) => el.getAttribute('data-count'));
    await expect.poll(() => toolbarBadge(popup)).toEqual({ text: inPage, title: expect.stringMatching(/^Rapport: \d+ suggestions?, warmth \d+ of 100 \((cold|neutral|warm)\)\.$/) });
    await popup.close();
  });

  it('records a sent reply for the daily summary', async () => {
    await clearEditors();
    await typeInto('textarea', '#textarea-input', "Hi Maria, I'm so sorry about the lamp. I've sent a replacement today.");
    const before = await demo.evaluate(() => window.__demo.sent.length);
    await demo.click('[data-send="textarea"]');
    await expect.poll(() => demo.evaluate(() => window.__demo.sent.length)).toBe(before + 1);
    const summary = await openExtensionPage('summary.html');
    await expect.poll(() => bodyText(summary)).toMatch(/\b[1-9]\d* repl(y|ies) today/);
    expect(await bodyText(summary)).not.toMatch(/No replies yet/);
    await summary.close();
  });

  it('options read and save settings in storage', async () => {
    const options = await openExtensionPage('options.html');
    await options.waitForSelector('#row-you-need-to-enabled', { timeout: 30_000 });
    expect(await bodyText(options)).not.toMatch(/could not be read/);
    const checkbox = await options.$('#row-you-need-to-enabled');
    expect(await checkbox!.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
    await checkbox!.click();
    await options.keyboard.down('Control');
    await options.keyboard.press('s');
    await options.keyboard.up('Control');
    await expect.poll(() => bodyText(options)).toMatch(/Saved\./);
    const stored = await options.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { storage: { sync: { get(k: string[]): Promise<Record<string, unknown>> } } } }).browser;
      return JSON.stringify(await api.storage.sync.get(['ruleEdits']));
    });
    expect(JSON.parse(stored)).toEqual({ ruleEdits: expect.objectContaining({ overrides: { 'you-need-to': { enabled: false } } }) });
    // A fresh options tab reads the saved edit back.
    const again = await openExtensionPage('options.html');
    await again.waitForSelector('#row-you-need-to-enabled', { timeout: 30_000 });
    await expect.poll(() => again.$eval('#row-you-need-to-enabled', (el) => (el as HTMLInputElement).checked)).toBe(false);
    // Put the rule back so the other tests' coaching is unchanged whatever the order.
    await again.click('#row-you-need-to-enabled');
    await again.keyboard.down('Control');
    await again.keyboard.press('s');
    await again.keyboard.up('Control');
    await expect.poll(() => bodyText(again)).toMatch(/Saved\./);
    await again.close();
    await options.close();
  });
});
