/**
 * A synthetic `paste` that carries its text to the page's own listeners (the editors' clipboard handlers).
 *
 * Chromium keeps the DataTransfer a ClipboardEvent is built with. Firefox gives every synthetic ClipboardEvent an empty
 * clipboard whatever it is built with, so there the page's view of the event gets a clipboard of the page's own
 * (`wrappedJSObject`, Firefox's view of a page object from a content script) as an own property: an editor reading
 * `event.clipboardData` then reads the text. Null when neither way carries it (the caller takes its next route).
 */
interface PageView {
  wrappedJSObject?: { DataTransfer: new () => DataTransfer };
}

export function syntheticPaste(win: Window, text: string, html: string | null): ClipboardEvent | null {
  const transfer = fill(new DataTransfer(), text, html);
  const event = new ClipboardEvent('paste', { clipboardData: transfer, cancelable: true, bubbles: true, composed: true });
  if (event.clipboardData?.getData('text/plain') === text) return event;
  return withPageClipboard(win, event, text, html);
}

function withPageClipboard(win: Window, event: ClipboardEvent, text: string, html: string | null): ClipboardEvent | null {
  const page = (win as unknown as PageView).wrappedJSObject;
  const pageEvent = (event as unknown as { wrappedJSObject?: object }).wrappedJSObject;
  if (!page || !pageEvent) return null;
  try {
    const transfer = fill(new page.DataTransfer(), text, html);
    Object.defineProperty(pageEvent, 'clipboardData', { value: transfer, configurable: true });
    const seen = (pageEvent as { clipboardData?: DataTransfer }).clipboardData;
    return seen?.getData('text/plain') === text ? event : null;
  } catch {
    return null;
  }
}

function fill(transfer: DataTransfer, text: string, html: string | null): DataTransfer {
  transfer.setData('text/plain', text);
  if (html !== null) transfer.setData('text/html', html);
  return transfer;
}
