// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { forEachDocumentGeneration } from './document-generations';

/** What document.open() + write() does to the tree: a new root element in place of the old one. */
function rewrite(doc: Document, body: string): void {
  const html = doc.createElement('html');
  html.innerHTML = `<head></head><body>${body}</body>`;
  doc.replaceChild(html, doc.documentElement);
}

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('forEachDocumentGeneration', () => {
  it('starts once for the document, and again (the previous run aborted first) when its root is replaced', async () => {
    const doc = document.implementation.createHTMLDocument('frame');
    const runs: { signal: AbortSignal; root: Element | null; previousAborted: boolean }[] = [];
    const outer = new AbortController();
    forEachDocumentGeneration(doc, outer.signal, (signal) => {
      runs.push({ signal, root: doc.documentElement, previousAborted: runs.at(-1)?.signal.aborted ?? true });
    });
    expect(runs).toHaveLength(1);

    rewrite(doc, '<p>macro text</p>');
    await flush();
    expect(runs).toHaveLength(2);
    expect(runs[0]!.signal.aborted).toBe(true);
    expect(runs[1]!.previousAborted).toBe(true);
    expect(runs[1]!.signal.aborted).toBe(false);
    expect(runs[1]!.root).toBe(doc.documentElement);
    expect(runs[1]!.root).not.toBe(runs[0]!.root);
  });

  it('does not restart for changes inside the document, nor while it has no root yet', async () => {
    const doc = document.implementation.createHTMLDocument('frame');
    let starts = 0;
    forEachDocumentGeneration(doc, new AbortController().signal, () => starts++);
    doc.body.innerHTML = '<p>typed</p>';
    doc.removeChild(doc.documentElement);
    await flush();
    expect(starts).toBe(1);
    doc.appendChild(doc.createElement('html'));
    await flush();
    expect(starts).toBe(2);
  });

  it('stops with its page: the current run is aborted and replacements no longer start one', async () => {
    const doc = document.implementation.createHTMLDocument('frame');
    const signals: AbortSignal[] = [];
    const outer = new AbortController();
    forEachDocumentGeneration(doc, outer.signal, (signal) => signals.push(signal));
    outer.abort();
    expect(signals[0]!.aborted).toBe(true);
    rewrite(doc, '<p>after</p>');
    await flush();
    expect(signals).toHaveLength(1);
  });
});
