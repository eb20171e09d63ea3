/**
 * `document.open()` (CKEditor 4 rewrites its editing frame so on every `setData()`) keeps the
 * Document and Window but replaces the document's root element and erases every event listener on
 * them: whatever ran in the old content (the coach's listeners, observers and UI) is gone or bound
 * to nodes that left. This runs `start` for the document as it is and again for each replacement,
 * aborting the previous run's signal first so its teardown happens before the next run starts.
 */
export function forEachDocumentGeneration(doc: Document, signal: AbortSignal, start: (generation: AbortSignal) => void): void {
  if (signal.aborted) return;
  let current = new AbortController();
  let root = doc.documentElement;
  const begin = () => start(current.signal);
  // A MutationObserver on the Document node survives document.open() (only event listeners are erased).
  const replacements = new MutationObserver(() => {
    const next = doc.documentElement;
    // Between open() and the first write the document has no root yet: wait for it.
    if (!next || next === root) return;
    root = next;
    current.abort();
    current = new AbortController();
    begin();
  });
  replacements.observe(doc, { childList: true });
  signal.addEventListener(
    'abort',
    () => {
      replacements.disconnect();
      current.abort();
    },
    { once: true },
  );
  begin();
}
