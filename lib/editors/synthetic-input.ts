/**
 * Synthetic `paste` and `beforeinput` events whose text the page's own listeners (the editors' handlers) can read.
 *
 * Chromium keeps the DataTransfer an event is built with. Firefox does not let it through to the page: it gives every
 * synthetic ClipboardEvent an empty clipboard, and the page reads nothing from a DataTransfer a content script filled.
 * There the page's view of the event (`wrappedJSObject`, Firefox's view of a page object from a content script) gets a
 * DataTransfer of the page's own as an own property, which the editors' handlers read.
 *
 * What of the page's runs here: whatever it keeps as `DataTransfer` (a constructor or getter of its own) and that
 * object's `setData`/`getData`, in the page's compartment with the page's rights, handed only strings the page's editor
 * receives anyway. The event is the content script's, made just now, so no page code saw it before the property goes
 * on. A throw (the page took `DataTransfer` away) gives the paste up for the next route; a page whose transfer carries
 * other text only feeds its own editor, and Apply's read-back of the draft then fails.
 */
interface PageView {
  wrappedJSObject?: { DataTransfer: new () => DataTransfer };
}

/** A paste carrying the text; null when no way carries it (the caller takes its next route). */
export function syntheticPaste(win: Window, text: string, html: string | null): ClipboardEvent | null {
  const event = new ClipboardEvent('paste', { clipboardData: fill(new DataTransfer(), text, html), cancelable: true, bubbles: true, composed: true });
  if (!pageWindow(win)) return event.clipboardData?.getData('text/plain') === text ? event : null;
  return withPageTransfer(win, event, 'clipboardData', text, html) ? event : null;
}

/** An `insertReplacementText` beforeinput over `target`, its text in `data` and in a DataTransfer the page can read. */
export function syntheticReplacement(win: Window, target: Range, text: string): InputEvent {
  const event = new InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: text,
    dataTransfer: fill(new DataTransfer(), text, null),
    targetRanges: [new StaticRange(target)],
    cancelable: true,
    bubbles: true,
    composed: true,
  });
  // Where the page's copy cannot be given, the event still carries `data`, which some editors read first.
  if (pageWindow(win)) withPageTransfer(win, event, 'dataTransfer', text, null);
  return event;
}

/** A `deleteContentBackward` beforeinput over `target`: the agent's Backspace over a selection, which carries no text. */
export function syntheticDeletion(target: Range): InputEvent {
  return new InputEvent('beforeinput', { inputType: 'deleteContentBackward', targetRanges: [new StaticRange(target)], cancelable: true, bubbles: true, composed: true });
}

const pageWindow = (win: Window) => (win as unknown as PageView).wrappedJSObject;

function withPageTransfer(win: Window, event: Event, key: 'clipboardData' | 'dataTransfer', text: string, html: string | null): boolean {
  const page = pageWindow(win);
  const pageEvent = (event as unknown as { wrappedJSObject?: object }).wrappedJSObject;
  if (!page || !pageEvent) return false;
  try {
    Object.defineProperty(pageEvent, key, { value: fill(new page.DataTransfer(), text, html), configurable: true });
    return (pageEvent as Partial<Record<typeof key, DataTransfer>>)[key]?.getData('text/plain') === text;
  } catch {
    return false;
  }
}

function fill(transfer: DataTransfer, text: string, html: string | null): DataTransfer {
  transfer.setData('text/plain', text);
  if (html !== null) transfer.setData('text/html', html);
  return transfer;
}
