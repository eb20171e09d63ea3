// The demo helpdesk works on its own (no extension loaded): every editor takes
// real keyboard input into its own model, fires input events the page can see,
// undoes with Ctrl+Z, and sends. Each test gets a fresh demo tab and fails if
// anything leaves 127.0.0.1 or the page throws (support/session.ts).
//
// Needs demo/dist (the globalSetup builds it when missing) and /usr/bin/chromium
// (or CHROMIUM_PATH). Run: npx vitest run --config vitest.browser.config.ts
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_EDITOR_IDS, LATE_EDITOR_ID, type DemoEditorId, type SentReply } from '../../demo/src/types';
import { isLocalRequestUrl } from './support/network';
import { useBrowserSession } from './support/session';

const SENTENCE = 'You need to restart the router.';

const session = useBrowserSession({ extension: false });
let page: Page;

// Thin wrappers over window.__demo. page.evaluate serializes the callback, so
// each one only uses its argument, never closure variables.
const getText = (id: string) =>
  page.evaluate((editorId) => {
    const editor = window.__demo.editors[editorId];
    if (!editor) throw new Error(`no editor ${editorId}`);
    return editor.getText();
  }, id);

const setText = (id: string, text: string) =>
  page.evaluate(
    ([editorId, value]) => {
      const editor = window.__demo.editors[editorId];
      if (!editor) throw new Error(`no editor ${editorId}`);
      return editor.setText(value);
    },
    [id, text] as const,
  );

const focusEditor = (id: string) =>
  page.evaluate((editorId) => {
    const editor = window.__demo.editors[editorId];
    if (!editor) throw new Error(`no editor ${editorId}`);
    editor.focus();
  }, id);

const setReadOnly = (id: string, readOnly: boolean) =>
  page.evaluate(
    ([editorId, value]) => {
      const editor = window.__demo.editors[editorId];
      if (!editor) throw new Error(`no editor ${editorId}`);
      editor.setReadOnly(value);
    },
    [id, readOnly] as const,
  );

const inputCount = (id: string) => page.evaluate((editorId) => window.__demo.inputEvents[editorId] ?? 0, id);

const lastSent = () => page.evaluate((): SentReply | undefined => window.__demo.sent.at(-1));

/** Wait until the editor's model text satisfies a condition evaluated in the page. */
async function waitForText(id: string, mode: 'contains' | 'differs', value: string): Promise<string> {
  await page.waitForFunction(
    ([editorId, how, expected]) => {
      const text = window.__demo.editors[editorId]?.getText() ?? '';
      return how === 'contains' ? text.includes(expected) : text !== expected;
    },
    [id, mode, value] as const,
  );
  return getText(id);
}

describe('demo helpdesk page', () => {
  beforeEach(async () => {
    page = await session.openDemo();
  });

  // One page for both (loading the whole demo, TinyMCE's frame included, is most of either's cost).
  it('mounts every editor without errors, with helpdesk-like markup for the thread and the composers', async () => {
    const state = await page.evaluate(() => ({
      ids: Object.keys(window.__demo.editors),
      errors: window.__demo.errors,
    }));
    expect(state.errors).toEqual({});
    expect(new Set(state.ids)).toEqual(new Set(DEMO_EDITOR_IDS));

    const counts = await page.evaluate(() => {
      const count = (selector: string) => document.querySelectorAll(selector).length;
      return {
        comments: count('article[data-test-id="omni-log-comment-item"] .zd-comment'),
        authors: count('[data-test-id="omni-log-item-sender"]'),
        ckeditable: count(
          '[data-test-id="omnicomposer-rich-text-ckeditor"] .ck-editor__editable[role="textbox"][contenteditable="true"]',
        ),
        gmailBody: count(
          'div.Am.Al.editable.LW-avf[contenteditable="true"][role="textbox"][aria-label="Message Body"][g_editable="true"]',
        ),
        gmailSend: count('div.T-I.J-J5-Ji.aoO[role="button"][data-tooltip^="Send"]'),
        tinymceIframe: count('section#tinymce iframe'),
        sections: Array.from(document.querySelectorAll<HTMLElement>('section.reply-box')).map((s) => s.id),
        latestComment: document.querySelector('article[data-test-id="omni-log-comment-item"]:last-of-type .zd-comment')
          ?.textContent,
      };
    });
    expect(counts).toMatchObject({
      comments: 2,
      authors: 2,
      ckeditable: 1,
      gmailBody: 1,
      gmailSend: 1,
      tinymceIframe: 1,
    });
    expect(counts.sections).toEqual([...DEMO_EDITOR_IDS]);
    expect(counts.latestComment).toContain('order #4521 arrived BROKEN');
  });
});

describe('?editors= mounts only the reply boxes it names', () => {
  it('mounts and shows just those, in page order', async () => {
    const only: DemoEditorId[] = ['textarea', 'gmail'];
    page = await session.openDemo(only);
    const state = await page.evaluate(() => ({
      ids: Object.keys(window.__demo.editors),
      errors: window.__demo.errors,
      sections: Array.from(document.querySelectorAll<HTMLElement>('section.reply-box')).map((s) => s.id),
    }));
    expect(state.errors).toEqual({});
    expect(new Set(state.ids)).toEqual(new Set(only));
    expect(state.sections).toEqual(DEMO_EDITOR_IDS.filter((id) => only.includes(id)));
  });

  it('refuses an unknown editor id with a message naming the known ones', async () => {
    // A tab outside the session's error check: this page is meant to throw.
    page = await session.context.newPage();
    const failure = new Promise<string>((resolve) => page.once('pageerror', (error) => resolve(error.message)));
    await page.goto(`${session.demoUrl}?editors=textarea,nope`);
    expect(await failure).toContain(`comma-separated list of ${DEMO_EDITOR_IDS.join(', ')}; got "textarea,nope"`);
    expect(await page.evaluate(() => window.__demo.ready)).toBe(false);
  });
});

// One page per editor for its whole life cycle (typing, undo, the page's lock, Send): loading a page is most of
// a test's cost here, and each step starts from the state the previous one leaves, as an agent's reply box does.
// That typing reaches the editor's model and the page sees its input events, and that the editor's saved data holds
// the text, the editor contract checks on the same editors (support/editor-contract.ts, its first test: typeColdReply,
// "The page's own listeners still see the typing", getData after Apply); this test checks what the contract does not:
// the undo of typing, the lock against the keyboard and Send.
describe.each([...DEMO_EDITOR_IDS])('editor %s', (id) => {
  beforeEach(async () => {
    page = await session.openDemo([id]);
  });

  it('takes typed text, undoes it with Ctrl+Z, drops typing while read-only, and sends', async () => {
    expect((await getText(id)).trim()).toBe('');
    await focusEditor(id);
    await page.keyboard.type(SENTENCE);
    const typed = await waitForText(id, 'contains', SENTENCE);
    expect(typed).toContain(SENTENCE);

    // One Ctrl+Z must change the model back: some or all of the typing is gone.
    // (Editors group typing differently: CKEditor in ~20-character steps,
    // Quill within 1 s, ProseMirror within 500 ms, native fields until the
    // caret moves. So assert "a strict prefix of what was typed".)
    await page.keyboard.press('Control+z');
    const afterUndo = await waitForText(id, 'differs', typed);
    expect(afterUndo).not.toContain(SENTENCE);
    expect(typed.startsWith(afterUndo.trimEnd())).toBe(true);

    // Further undos return the editor to its original, empty state.
    for (let i = 0; i < 40 && (await getText(id)).trim() !== ''; i += 1) {
      await page.keyboard.press('Control+z');
    }
    expect((await getText(id)).trim()).toBe('');

    // While the page holds it read-only, typing is dropped; once unlocked, it is taken again.
    await setText(id, 'Thanks for waiting, Maria.');
    await focusEditor(id);
    await setReadOnly(id, true);
    await page.keyboard.type(' Locked');
    await page.keyboard.press('Enter');
    // The model never changed; the page's own lock is the editor's, so nothing is left to wait for.
    expect((await getText(id)).trim()).toBe('Thanks for waiting, Maria.');
    await setReadOnly(id, false);
    await focusEditor(id);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Unlocked');
    // Exactly the unlocked typing: anything typed while locked would show up here by now.
    expect((await waitForText(id, 'contains', 'Unlocked')).trim()).toBe('Thanks for waiting, Maria. Unlocked');

    // Send records the reply and clears the editor.
    await page.locator(`section#${id} [data-send="${id}"]`).click();
    expect(await lastSent()).toEqual({ editor: id, text: expect.stringContaining('Thanks for waiting, Maria. Unlocked') });
    expect((await getText(id)).trim()).toBe('');
  });
});

describe('editor added after load', () => {
  beforeEach(async () => {
    page = await session.openDemo(['textarea']);
  });

  it('addEditor() adds a working late textarea, once', async () => {
    expect(await page.locator(`#${LATE_EDITOR_ID}`).count()).toBe(0);
    expect(await page.evaluate(() => window.__demo.addEditor())).toBe(LATE_EDITOR_ID);
    // Idempotent: the button (or a second call) does not add another box.
    await page.locator('#add-late-editor').click();
    expect(await page.locator(`#${LATE_EDITOR_ID}`).count()).toBe(1);

    await focusEditor(LATE_EDITOR_ID);
    await page.keyboard.type(SENTENCE);
    expect(await waitForText(LATE_EDITOR_ID, 'contains', SENTENCE)).toBe(SENTENCE);
    expect(await inputCount(LATE_EDITOR_ID)).toBeGreaterThan(0);

    await page.locator(`section#${LATE_EDITOR_ID} [data-send="${LATE_EDITOR_ID}"]`).click();
    expect(await lastSent()).toEqual({ editor: LATE_EDITOR_ID, text: SENTENCE });
    expect(await getText(LATE_EDITOR_ID)).toBe('');
  });
});

describe('network', () => {
  beforeEach(async () => {
    page = await session.openDemo(['textarea']);
  });

  it('records the page and its assets, all from 127.0.0.1', () => {
    expect(session.recorder.all().length).toBeGreaterThan(0);
    expect(session.recorder.external()).toEqual([]);
  });

  // Proves the check after every test is not vacuous. 127.0.0.2 is still
  // loopback, so this stray request never leaves the machine.
  it('the recorder does flag a request to any other host', async () => {
    expect(isLocalRequestUrl('http://127.0.0.1:5178/assets/x.js')).toBe(true);
    expect(isLocalRequestUrl('data:text/plain,hi')).toBe(true);
    expect(isLocalRequestUrl('https://cdn.example.com/tinymce.js')).toBe(false);

    await page.evaluate(() => fetch('http://127.0.0.2:9/stray').catch(() => undefined));
    await expect.poll(() => session.recorder.external().map((r) => r.url)).toContain('http://127.0.0.2:9/stray');
    expect(() => session.recorder.assertOnlyLocal()).toThrow(/127\.0\.0\.2:9\/stray/);
    session.recorder.clear();
  });
});
