/**
 * Paints the draft's findings and nothing else: CSS custom highlights over the editor's own text
 * (they never change the editor's DOM), or for form fields a mirror laid over the field inside
 * Rapport's shadow root. Keeps the mirror and the badge in place when the page scrolls or resizes,
 * hit-tests underlines for the card, and puts the number of underlines on Rapport's host element
 * (`data-rapport-highlights`).
 */
import type { Finding } from '../engine/types';
import { FieldMirror } from '../highlight/mirror';
import { HighlightPainter, supportsHighlights } from '../highlight/painter';
import { underlineSpans } from '../highlight/spans';
import { bottomRight, contains, type Point } from './geometry';
import type { CoachSession, Draft } from './session';

export interface Painting {
  /** The underlined finding under a viewport point in the current draft, with the rectangle hit. */
  findingAt(point: Point): { finding: Finding; rect: DOMRect } | null;
  /** Where a finding sits in the draft: its mirror mark for form fields, a range in rich editors. */
  targetOf(finding: Finding): HTMLElement | Range | null;
}

interface Canvas {
  draft: Draft;
  painter: HighlightPainter | null;
  mirror: FieldMirror | null;
  painted: { finding: Finding; range: Range }[];
}

export function startPainting(session: CoachSession): Painting {
  const { doc, win, store, signal } = session;
  let canvas: Canvas | null = null;

  const setHighlightCount = (count: number) => session.mountedUi?.host.setAttribute('data-rapport-highlights', String(count));

  session.on('attached', (draft) => {
    const overlay = !!draft.adapter.overlay;
    canvas = {
      draft,
      painter: overlay || !supportsHighlights(doc) ? null : new HighlightPainter(doc),
      mirror: overlay ? new FieldMirror(draft.root as HTMLTextAreaElement, session.ui().layer) : null,
      painted: [],
    };
    const on = { signal: draft.signal, passive: true };
    draft.root.addEventListener('scroll', reposition, on);
    const resize = new ResizeObserver(reposition);
    resize.observe(draft.root);
    draft.signal.addEventListener('abort', () => resize.disconnect());
  });

  session.on('detached', (draft) => {
    if (canvas?.draft !== draft) return;
    canvas.painter?.clear();
    canvas.mirror?.destroy();
    canvas = null;
    setHighlightCount(0);
  });

  session.on('shown', (draft) => {
    if (canvas?.draft !== draft) return;
    let text = draft.analysedText;
    if (text === null) {
      try {
        text = draft.adapter.readText(draft.root);
      } catch {
        text = ''; // The editor itself is what failed: clear the underlines against an empty text.
      }
    }
    paint(canvas, text, session.visibleFindings(draft));
  });

  function paint(c: Canvas, text: string, findings: readonly Finding[]): void {
    // One underline per stretch of text (the most severe finding wins an overlap), drawn the same
    // by the mirror and the highlights.
    const spans = underlineSpans(findings);
    if (c.mirror) {
      c.mirror.paint(text, spans);
      setHighlightCount(spans.length);
      return;
    }
    c.painted = [];
    for (const { finding, start, end } of spans) {
      const range = c.draft.adapter.rangeOf(c.draft.root, start, end);
      if (range) c.painted.push({ finding, range });
    }
    c.painter?.paint(c.painted.map(({ finding, range }) => ({ range, severity: finding.severity })));
    setHighlightCount(c.painted.length);
  }

  let frame = 0;
  function reposition(): void {
    if (frame || signal.aborted) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      const c = canvas;
      if (!c) return;
      c.mirror?.sync();
      const card = store.get().card;
      // A hover card is placed against the text; once the text moves, it goes.
      if (card && !card.focus) store.set({ card: null });
      if (store.get().visible) store.set({ anchor: bottomRight(c.draft.root) });
    });
  }
  doc.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
  win.addEventListener('resize', reposition, { passive: true, signal });
  signal.addEventListener('abort', () => win.cancelAnimationFrame(frame));

  return {
    targetOf(finding) {
      const c = canvas;
      if (!c) return null;
      return c.mirror ? c.mirror.markFor(finding.start) : c.draft.adapter.rangeOf(c.draft.root, finding.start, finding.end);
    },
    findingAt(point) {
      const c = canvas;
      if (!c) return null;
      if (c.mirror) {
        const byStart = new Map(store.get().findings.map((f) => [f.start, f]));
        for (const { start, rects } of c.mirror.spanRects()) {
          const rect = rects.find((r) => contains(r, point));
          const finding = byStart.get(start);
          if (rect && finding) return { finding, rect };
        }
        return null;
      }
      for (const { finding, range } of c.painted) {
        const rect = [...range.getClientRects()].find((r) => contains(r, point));
        if (rect) return { finding, rect };
      }
      return null;
    },
  };
}
