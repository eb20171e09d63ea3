// What the editor contract expects of every editor, in Chromium (editor-contract.ts, Playwright) and in Firefox
// (firefox.browser.test.ts, puppeteer-core): the cold reply, its flagged phrase and rewording, the greeting a
// multi-line Apply writes, and what the coach's status says of an Apply. One copy, so both browsers hold editors
// to the same promises.
import { expect } from 'vitest';

// Short, because every editor types it in both browsers (typing is most of a contract test's CPU): a sentence before the
// flagged one, so Apply replaces text in the middle of the draft, not all of it.
export const COLD_REPLY = 'No outages here. You need to restart your router.';
export const FLAGGED = 'You need to restart your router';
export const REWORDED = 'Could you restart your router?';
export const APPLIED = COLD_REPLY.replace(`${FLAGGED}.`, REWORDED);
/** A short reply with nothing the coach underlines, typed before the helpdesk's macro replaces it. */
export const WARM_OPENER = 'Thanks so much for writing in.';

/** The greeting's line: "Hi Maria," when the coach reads the customer's name from the page around the editor's frame. */
export const GREETING = /^Hi (Maria|there),$/;
/** The coach's status after an Apply the editor kept, and after one it dropped. */
export const APPLIED_STATUS = /^Applied/;
export const NOT_ACCEPTED_STATUS = /did not accept/;
/** The coach's status after an Apply the editor kept only part of, left in the draft so the agent's typing stays (lib/editors/take-back.ts). */
export const NOT_TAKEN_BACK_STATUS = /stopped undoing it rather than touch your typing/;
/** The coach's status once the editor's own undo has brought back the draft from before an Apply (lib/coach/apply.ts). */
export const UNDONE_STATUS = 'Undone.';

/**
 * A no-break space read as a space: Chromium types a space at the end of a text node as U+00A0, and Trix keeps it in
 * its document when it reads the DOM before the next key (how often depends on the machine's speed), so the same
 * typed reply can hold either. The coach reports the editor's text as it is; the contract compares words.
 */
export const withPlainSpaces = (text: string) => text.replace(/\u00a0/g, ' ');
/** Non-empty lines of a model text (editors differ in how they write an empty line: "", "\n\n", nbsp). */
export const lines = (text: string) => withPlainSpaces(text).split('\n').map((line) => line.trim()).filter((line) => line !== '');

/** The greeting Apply's result in the editor's model: the greeting on its own line, an empty line, then the reply. */
export function expectGreeted(model: string): void {
  expect(lines(model)).toEqual([expect.stringMatching(GREETING), COLD_REPLY]);
  // The greeting stands on its own line with an empty line after it, however the editor writes that.
  expect(model).toMatch(/^Hi (Maria|there),\n\s*\n/);
}
