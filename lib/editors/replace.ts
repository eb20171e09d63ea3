/**
 * The apply strategy shared by the rich editors: select the exact span, then hand the text to the
 * editor by the route it accepts, and report success only when the editor itself holds the result.
 *
 * Routes (`InputRoute`), tried in the editor's order until one is taken:
 * - `beforeinput`: a synthetic `insertReplacementText` with the text in a DataTransfer. Editors
 *   with their own model (CKEditor 5, Lexical) apply it through their commands and cancel it.
 * - `delete`: for a deletion, a synthetic `deleteContentBackward` over the span: Lexical takes an empty
 *   `insertReplacementText` as nothing to do, and deletes a selection only as the agent's Backspace does.
 * - `execCommand`: the browser inserts the text itself (native undo); DOM-observing editors
 *   (ProseMirror, Quill, TinyMCE, plain contenteditable) read it back like typing.
 * - `paste`: a synthetic `paste` carrying the text. CKEditor 5 takes a multi-line paste into its
 *   model as paragraphs, in one undo step, where its `insertReplacementText` collapses a blank line.
 *   Firefox empties a synthetic paste's clipboard: there it carries one of the page's own (synthetic-input.ts).
 *
 * The editor DOM is never edited directly: CKEditor 5 and others revert such edits. Success needs
 * the expected text twice: once written, and again after the editor's own re-render (a task and a
 * frame later), so an editor that drops the change and repaints its old state is caught. Adapters
 * of model-rendering editors read only the nodes the editor renders (`textIn` in dom-text.ts), so
 * text the browser wrote behind the editor's back does not count either.
 */
import { blockSafeDeletion } from './block-deletion';
import { hasFocusWithin } from './focus';
import { syntheticDeletion, syntheticPaste, syntheticReplacement } from './synthetic-input';
import { sharedEnd, sharedStart } from './shared-ends';
import { judgeStart, judgeUndo, planTakeBack, undoesOn, type TakeBackPlan } from './take-back';

const SETTLE_MS = 600;
/** How long to wait for the browser to announce a new selection. */
const SELECTION_WAIT_MS = 100;
/** How long to wait for an animation frame (frames pause in hidden tabs, e.g. behind the popup). */
const FRAME_WAIT_MS = 100;
/** The most undos that take back one Apply the editor did not keep (each judged: take-back.ts). */
const TAKE_BACK_UNDOS = 6;

export type InputRoute = 'beforeinput' | 'delete' | 'execCommand' | 'paste';

const DEFAULT_ROUTES: readonly InputRoute[] = ['beforeinput', 'execCommand'];

export interface TextAccess {
  readText(root: HTMLElement): string;
  rangeOf(root: HTMLElement, start: number, end: number): Range | null;
  /** Called just before the text goes in, the span selected: an editor-specific step (summernote.ts). */
  beforeInsert?(root: HTMLElement): void;
  /** Called after the browser inserted the text itself (the editor did not take the beforeinput). */
  afterNativeInsert?(root: HTMLElement, replacement: string): void;
  /** The routes this editor accepts for this replacement, in order (default: beforeinput, then execCommand). */
  routes?(replacement: string): readonly InputRoute[];
  /** The text/plain a `paste` route carries (default: the replacement itself). */
  pasteText?(replacement: string): string;
  /** A text/html the `paste` route carries too, for an editor that reads lines right only from HTML (null: none). */
  pasteHtml?(replacement: string): string | null;
  /**
   * The editor's own word that it has seen the focus (CKEditor 5: the `ck-focused` class its focus tracker renders). An
   * editor that keeps a selection of its own takes ours only once it has: before, CKEditor 5 sets a selection change
   * aside until its focus comes, and a paste goes in at its model's caret. A paste route selects the span once this holds.
   */
  hasFocus?(root: HTMLElement): boolean;
}

export async function replaceInEditable(
  access: TextAccess,
  root: HTMLElement,
  spanStart: number,
  spanEnd: number,
  replacement: string,
): Promise<boolean> {
  // A deleted line is selected from the end of the line above to the end of its words: no empty block is left.
  const { start, end } = replacement === '' ? blockSafeDeletion(access.readText(root), spanStart, spanEnd) : { start: spanStart, end: spanEnd };
  // An input method's composition the agent opens while the Apply settles (the coach starts none during one:
  // lib/coach/composition.ts) is left alone: no take-back undoes under it, which would take the word being made.
  const watching = new AbortController();
  let composing = false;
  const on = { capture: true, passive: true, signal: watching.signal };
  root.addEventListener('compositionstart', () => (composing = true), on);
  root.addEventListener('compositionend', () => (composing = false), on);
  try {
    return await replaceWatched(access, root, start, end, replacement, () => composing);
  } finally {
    watching.abort();
  }
}

async function replaceWatched(
  access: TextAccess,
  root: HTMLElement,
  start: number,
  end: number,
  replacement: string,
  composing: () => boolean,
): Promise<boolean> {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const selection = doc.getSelection();
  if (!win || !selection) return false;

  const before = access.readText(root);
  if (start < 0 || end > before.length || start > end) return false;
  // A locked editor (read-only mode, a disabled Trix) drops typing; an editor that handles input events itself
  // would still take ours, which no browser fires at a field the agent cannot type into.
  if (!root.isContentEditable) return false;
  const expected = before.slice(0, start) + replacement + before.slice(end);

  if (!hasFocusWithin(root)) root.focus({ preventScroll: true });
  // A paste goes in at the editor's own selection, which follows ours only once the editor has seen the focus. Its focus
  // event may come later than focus() (a page whose window is not in front gets it only when it is): an editor that never
  // says it has the focus gets no paste, rather than the text at a caret of its own. (An input event carries its span.)
  const routes = access.routes?.(replacement) ?? DEFAULT_ROUTES;
  const { hasFocus } = access;
  if (hasFocus && routes.includes('paste') && !(await waitFor(win, () => hasFocus(root), SETTLE_MS))) return false;
  const range = access.rangeOf(root, start, end);
  if (!range) return false;
  const selectionSeen = selectionChange(win, doc, SELECTION_WAIT_MS);
  selection.removeAllRanges();
  selection.addRange(range);
  // Let the editor see the selection change before the text goes in: an editor that did not (CKEditor 5 in Firefox,
  // whose selectionchange comes later than a task) adds the text to the agent's typing, and Ctrl+Z takes both back.
  await selectionSeen;
  await nextTask(win);
  if (access.readText(root) !== before) return false;
  // Focus handling may have re-rendered the DOM: resolve the span again.
  const target = access.rangeOf(root, start, end);
  if (!target) return false;
  if (!sameRange(selection, target)) {
    // The editor drew a selection of its own over ours (CKEditor 5 redraws it from its model): set ours again and let the
    // editor see it too, or a paste lands where the editor's model still has the caret ("…in your area. Hi Maria,",
    // seen once in Firefox under CI load).
    const seen = selectionChange(win, doc, SELECTION_WAIT_MS);
    selection.removeAllRanges();
    selection.addRange(target);
    await seen;
    await nextTask(win);
    if (access.readText(root) !== before) return false;
  }

  access.beforeInsert?.(root);
  /** The undo steps of the browser's own the text went in as (0: the editor took it through its own model). */
  let nativeSteps = 0;
  for (const route of routes) {
    if (route === 'beforeinput') {
      if (!root.dispatchEvent(syntheticReplacement(win, target, replacement))) break;
    } else if (route === 'delete') {
      if (replacement !== '') continue;
      // A Backspace goes in at the editor's selection, not at its target range: where that is no longer our span (the
      // agent clicked into the draft just now) it would take their character, and no take-back undoes an editor's own change.
      if (!sameRange(selection, target)) break;
      if (!root.dispatchEvent(syntheticDeletion(target))) break;
    } else if (route === 'paste') {
      // A paste that cannot carry the text would be cancelled by the editor with nothing inserted: the next route then.
      const paste = syntheticPaste(win, access.pasteText?.(replacement) ?? replacement, access.pasteHtml?.(replacement) ?? null);
      if (!paste) continue;
      if (!root.dispatchEvent(paste)) break;
    } else {
      nativeSteps = insertNatively(doc, root, replacement, before.slice(start, end), (from, to) => access.rangeOf(root, start + from, start + to));
      if (nativeSteps === 0) continue;
      access.afterNativeInsert?.(root, replacement);
      break;
    }
  }

  if (await waitFor(win, () => holds(access.readText(root), expected), SETTLE_MS)) {
    // The editor's own re-render has had its chance to drop what was written: ask again.
    await settle(win);
    if (holds(access.readText(root), expected)) return true;
  }
  // Never leave the draft half-changed by the browser: take back a native insert that landed, whole or in part. (A change
  // an editor made through its own model is its own to undo.)
  if (nativeSteps > 0) await takeBack(doc, win, access, root, before, start, end, replacement, composing);
  return false;
}

/**
 * Undoes the browser's insert until the draft reads as `before` again, as the agent's Ctrl+Z would, checked by the
 * editor's own text after every undo, never by a count of the steps the insert was thought to make (an editor that
 * tidied the insert with a command of its own added a step; one that rebuilt its DOM left fewer). Each undo is judged
 * (take-back.ts): it may only take out what the Apply put in, give back what it took out, or give back the Apply's own
 * text an editor tidied away, and never change the agent's text outside the Apply's region. The agent's typing inside
 * the region (typed between the Apply and now, or merged by the editor into the Apply's undo step) is never undone: the
 * take-back does not start, or redoes every undo it made, and the draft keeps the Apply's part ("not taken back", the
 * status says so: lib/coach/apply.ts). At most TAKE_BACK_UNDOS undos. An editor that dropped the insert has repainted
 * its own state (the draft already reads as before), and an undo then would take the agent's own typing. Nor does it
 * undo while an input method composes in the editor (`composing`). Where the
 * browser's undo cannot (an editor that kept only part of Firefox's one insertHTML removed a block the undo step holds,
 * so the undo changes nothing), what is left of the insert is deleted like a selection the agent deletes, judged like an
 * undo: the draft reads as before, checked by its own text.
 */
async function takeBack(doc: Document, win: Window, access: TextAccess, root: HTMLElement, before: string, start: number, end: number, replacement: string, composing: () => boolean): Promise<void> {
  const plan = planTakeBack(before, start, end, replacement);
  if (composing() || judgeStart(plan, access.readText(root)) !== 'ready') return;
  /** The draft before each undo made, to redo back to where the take-back started. */
  const undone: string[] = [];
  for (let undo = 0; undo < TAKE_BACK_UNDOS; undo += 1) {
    // A composition opened since: no undo, and no redo either, under the input method (the status says to check it).
    if (composing()) return;
    const was = access.readText(root);
    doc.execCommand('undo');
    await nextTask(win);
    const verdict = judgeUndo(plan, was, access.readText(root));
    if (verdict === 'reached') return;
    if (undoesOn(verdict)) {
      undone.push(was);
      continue;
    }
    if (verdict === 'unchanged') {
      deleteLeftOfInsert(doc, access, root, plan, before, start, end);
      await nextTask(win);
      const deleted = judgeUndo(plan, was, access.readText(root));
      if (deleted === 'reached') return;
      // The delete left the draft neither as before nor as it was: take the delete itself back, then redo the undos.
      if (deleted !== 'unchanged') {
        doc.execCommand('undo');
        await nextTask(win);
        if (access.readText(root) !== was) return;
      }
    } else {
      undone.push(was);
    }
    break;
  }
  await redoUntil(doc, win, access, root, undone);
}

/** Redoes the take-back's undos, last first, each while the draft reads as it did after that undo was made. */
async function redoUntil(doc: Document, win: Window, access: TextAccess, root: HTMLElement, undone: string[]): Promise<void> {
  for (let wanted = undone.pop(); wanted !== undefined; wanted = undone.pop()) {
    const was = access.readText(root);
    doc.execCommand('redo');
    await nextTask(win);
    const now = access.readText(root);
    if (now === was || plain(now) !== plain(wanted)) return;
  }
}

/** Deletes what is left of an insert the undo cannot take back, if the span's own text was all it replaced. */
function deleteLeftOfInsert(doc: Document, access: TextAccess, root: HTMLElement, plan: TakeBackPlan, before: string, start: number, end: number): void {
  const now = access.readText(root);
  if (judgeStart(plan, now) !== 'ready') return;
  const replaced = before.slice(start, end);
  const from = sharedStart(now, before);
  const to = now.length - sharedEnd(now.slice(from), before.slice(from));
  const restore = before.slice(from, before.length - (now.length - to));
  const range = restore.includes('\n') || (replaced !== '' && restore !== '' && !replaced.includes(restore)) ? null : access.rangeOf(root, from, to);
  const selection = doc.getSelection();
  if (!range || !selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
  if (restore === '') doc.execCommand('delete');
  else doc.execCommand('insertText', false, restore);
}

/**
 * The browser inserts the text at the selection as typing would. A line break goes in as Enter does, a new line block
 * (what Chromium's insertText does with "\n"): Firefox's insertText writes it as a `<br>` inside the line's block, which
 * editors that read the DOM back into their model take apart (ProseMirror keeps one of two breaks) and HTML-reading
 * helpdesks read as one line. Where the lines are blocks of their own (a `<p>`, a `<div>` below the editing host),
 * Firefox gets a multi-line text as blocks like the caret's (`insertLines`). Text written straight in the editing host
 * keeps the browser's own line breaks (Firefox's `<br>`s are that editable's lines).
 */
function insertNatively(doc: Document, root: HTMLElement, text: string, replaced: string, rangeOf: (from: number, to: number) => Range | null): number {
  const block = text.includes('\n') && writesBreaksInBlock(doc) ? lineBlock(doc, root) : null;
  if (!block) return insertText(doc, text);
  // Only what changes goes in (the greeting before a reply's first sentence, not the sentence again): every execCommand
  // is an undo step of Firefox's own, and one that rewrote the agent's words would be taken back on its own.
  const prefix = sharedStart(replaced, text);
  const suffix = sharedEnd(replaced.slice(prefix), text.slice(prefix));
  const inner = text.slice(prefix, text.length - suffix);
  const span = prefix === 0 && suffix === 0 ? null : rangeOf(prefix, replaced.length - suffix);
  const selection = doc.getSelection();
  if (span && selection) {
    selection.removeAllRanges();
    selection.addRange(span);
  }
  if (!inner.includes('\n')) return insertText(doc, inner);
  return insertLines(doc, lineBlock(doc, root) ?? block, inner.split('\n'));
}

/** One `insertText`: the undo steps it made (1, or 0 when the browser refused it). */
const insertText = (doc: Document, text: string): number => (doc.execCommand('insertText', false, text) ? 1 : 0);

/**
 * Lines into a block editor in Firefox, in as few undo steps as it allows. The first line joins the text before the
 * caret and the last the text after it; each line between is a block like the caret's, all of them one `insertHTML`
 * (one step: a greeting and its empty line are taken back by one Ctrl+Z). An empty block the HTML ends with is left
 * empty for Firefox to pad (a `<br>` there would be a second line); one before it holds a `<br>`. Two lines have no
 * block between: an `insertParagraph` splits them. The undo steps made (0: nothing went in), so that a half-taken insert
 * is still taken back, every step of it, when the check fails.
 */
function insertLines(doc: Document, block: Element, lines: readonly string[]): number {
  const first = lines[0] ?? '';
  const last = lines.at(-1) ?? '';
  const middle = lines.slice(1, -1);
  let steps = 0;
  if (middle.length === 0) {
    if (first !== '' && (steps = insertText(doc, first)) === 0) return 0;
    if (!doc.execCommand('insertParagraph')) return steps;
  } else {
    const tag = block.localName;
    const blocks = middle.map((line, index) => `<${tag}>${line ? escapeHtml(line) : index === middle.length - 1 ? '' : '<br>'}</${tag}>`);
    if (!doc.execCommand('insertHTML', false, escapeHtml(first) + blocks.join(''))) return 0;
  }
  steps += 1;
  if (last !== '') steps += insertText(doc, last);
  return steps;
}

export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Firefox (Gecko), whose insertText writes "\n" as a `<br>`: the one engine whose windows have `mozInnerScreenX`. */
function writesBreaksInBlock(doc: Document): boolean {
  const win = doc.defaultView;
  return !!win && 'mozInnerScreenX' in win;
}

/** The block element below the editing host the selection starts in (a line block of the editor's), or null. */
function lineBlock(doc: Document, root: HTMLElement): Element | null {
  const selection = doc.getSelection();
  let node: Node | null = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).startContainer : null;
  const win = doc.defaultView;
  for (; node && node !== root; node = node.parentNode) {
    if (node.nodeType === 1 && win?.getComputedStyle(node as Element).display === 'block') return node as Element;
  }
  return null;
}

/**
 * Whether the draft holds the expected text, a no-break space read as a space: an editor may write the space at the
 * edge of the inserted text as U+00A0 (Squire does after a paste over a selection), as Chromium does after typing.
 */
function holds(text: string, expected: string): boolean {
  return text === expected || plain(text) === plain(expected);
}

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

/** A task, a frame (or its timeout, in a hidden tab) and another task: long enough for an editor's own re-render. */
export async function settle(win: Window): Promise<void> {
  await nextTask(win);
  await new Promise<void>((resolve) => {
    const timer = win.setTimeout(resolve, FRAME_WAIT_MS);
    win.requestAnimationFrame(() => {
      win.clearTimeout(timer);
      resolve();
    });
  });
  await nextTask(win);
}

function sameRange(selection: Selection, range: Range): boolean {
  if (selection.rangeCount !== 1) return false;
  const current = selection.getRangeAt(0);
  return (
    current.startContainer === range.startContainer &&
    current.startOffset === range.startOffset &&
    current.endContainer === range.endContainer &&
    current.endOffset === range.endOffset
  );
}

/**
 * The document's next `selectionchange`, or the timeout (a selection the same as before fires none).
 * The timer is the window checked above (not `doc.defaultView?`, whose absence left no timer and the wait to an event
 * that might never come).
 */
function selectionChange(win: Window, doc: Document, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      win.clearTimeout(timer);
      resolve();
    };
    const timer = win.setTimeout(done, timeoutMs);
    doc.addEventListener('selectionchange', done);
  });
}

function nextTask(win: Window): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** Poll (per frame, then per task) until `done()` or the timeout. */
export async function waitFor(win: Window, done: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = win.performance.now() + timeoutMs;
  while (!done()) {
    if (win.performance.now() > until) return false;
    await new Promise((resolve) => win.setTimeout(resolve, 16));
  }
  return true;
}
