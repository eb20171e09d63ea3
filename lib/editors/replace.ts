/**
 * The apply strategy shared by the rich editors: select the exact span, offer the editor a
 * synthetic `beforeinput` (insertReplacementText) so editors with their own model (CKEditor 5,
 * Lexical, Slate…) apply it through their commands, and otherwise let the browser insert the text
 * with `execCommand('insertText')`, which keeps native undo and which DOM-observing editors
 * (ProseMirror, Quill, plain contenteditable) read back like typing. The editor DOM is never
 * edited directly: CKEditor 5 and others revert such edits.
 */
const SETTLE_MS = 600;

export interface TextAccess {
  readText(root: HTMLElement): string;
  rangeOf(root: HTMLElement, start: number, end: number): Range | null;
  /** Called after the browser inserted the text itself (the editor did not take the beforeinput). */
  afterNativeInsert?(root: HTMLElement, replacement: string): void;
}

export async function replaceInEditable(
  access: TextAccess,
  root: HTMLElement,
  start: number,
  end: number,
  replacement: string,
): Promise<boolean> {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const selection = doc.getSelection();
  if (!win || !selection) return false;

  const before = access.readText(root);
  if (start < 0 || end > before.length || start > end) return false;
  const expected = before.slice(0, start) + replacement + before.slice(end);

  if (!root.contains(doc.activeElement) && doc.activeElement !== root) root.focus({ preventScroll: true });
  const range = access.rangeOf(root, start, end);
  if (!range) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  // Let the editor see the selection change (selectionchange is dispatched as a task).
  await nextTask(win);
  if (access.readText(root) !== before) return false;
  // Focus handling may have re-rendered the DOM: resolve the span again.
  const target = access.rangeOf(root, start, end);
  if (!target) return false;
  if (!sameRange(selection, target)) {
    selection.removeAllRanges();
    selection.addRange(target);
  }

  const transfer = new DataTransfer();
  transfer.setData('text/plain', replacement);
  const event = new InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: replacement,
    dataTransfer: transfer,
    targetRanges: [new StaticRange(target)],
    cancelable: true,
    bubbles: true,
    composed: true,
  });
  const handledByEditor = !root.dispatchEvent(event);
  if (!handledByEditor && doc.execCommand('insertText', false, replacement)) access.afterNativeInsert?.(root, replacement);

  if (await waitFor(win, () => access.readText(root) === expected, SETTLE_MS)) return true;
  // Never leave the draft half-changed: if something else happened, take it back.
  if (access.readText(root) !== before) {
    doc.execCommand('undo');
    await nextTask(win);
  }
  return false;
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

export function nextTask(win: Window): Promise<void> {
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
