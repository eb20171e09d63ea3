/**
 * Paints the draft's findings and nothing else: CSS custom highlights over the editor's own text
 * (they never change the editor's DOM), or for form fields a mirror laid over the field inside
 * Rapport's shadow root. Keeps the mirror and the badge in place when the page scrolls or resizes,
 * keeps the badge off the text and caret when it has to sit inside the editor (it is measured on every
 * caret move and edit then), hit-tests underlines for the card, and puts the number of underlines on Rapport's host element
 * (`data-rapport-highlights`).
 */
import type { Finding } from '../engine/types';
import { FieldMirror } from '../highlight/mirror';
import { inBatches, nearestFirst, pageYield } from '../highlight/batches';
import { HighlightPainter, supportsHighlights, type PaintItem } from '../highlight/painter';
import { shownInkOf, underlineSpans } from '../highlight/spans';
import { bottomRight, contains, NO_TEXT, type Point, type TextNearBadge } from './geometry';
import { badgeMayGoInside, editableTextNearBadge, fieldTextNearBadge, sameText } from './text-near-badge';
import type { CoachSession, Draft } from './session';
import { toSurface, type FrameView } from './surface';

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
  /** A form field's text laid out for measuring where the badge may go (made when first needed). */
  measure: FieldMirror | null;
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
      measure: null,
      painted: [],
    };
    const on = { signal: draft.signal, passive: true };
    draft.root.addEventListener('scroll', reposition, on);
    // A field's caret moves report on the field itself (selectionchange there, or a key or click).
    for (const type of ['input', 'selectionchange', 'keyup', 'pointerup']) draft.root.addEventListener(type, placeBadge, on);
    const resize = new ResizeObserver(reposition);
    resize.observe(draft.root);
    draft.signal.addEventListener('abort', () => resize.disconnect());
  });

  session.on('detached', (draft) => {
    if (canvas?.draft !== draft) return;
    canvas.painter?.clear();
    canvas.mirror?.destroy();
    canvas.measure?.destroy();
    canvas = null;
    if (store.get().textNearBadge !== NO_TEXT) store.set({ textNearBadge: NO_TEXT });
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
    placeBadge();
  });

  /** Counts paints: a batch of an older paint stops when a newer one starts. */
  let paints = 0;

  /**
   * Paints in batches under a time budget (lib/highlight/batches.ts), so no page task grows with the
   * draft: rich editors get the underlines nearest the caret first, in this task, and the rest in later
   * ones; the textarea mirror is built in batches and shown whole. A draft of typical length is one batch.
   */
  function paint(c: Canvas, text: string, findings: readonly Finding[]): void {
    const run = ++paints;
    const batches = {
      now: () => win.performance.now(),
      yieldToPage: pageYield(win),
      isCurrent: () => run === paints && canvas === c && !signal.aborted,
    };
    // One underline per stretch of text (the most severe finding wins an overlap), drawn the same
    // by the mirror and the highlights.
    const spans = underlineSpans(findings, text);
    if (c.mirror) {
      const mirror = c.mirror;
      void mirror.paintInBatches(text, spans, batches).then((done) => done && setHighlightCount(spans.length));
      return;
    }
    c.painted = [];
    const painter = c.painter;
    const painted = c.painted;
    let first = true;
    let batch: PaintItem[] = [];
    const flush = () => {
      if (first) painter?.begin(batch);
      else painter?.add(batch);
      first = false;
      batch = [];
      setHighlightCount(painted.length);
    };
    const ordered = nearestFirst(spans, caretIn(c));
    void inBatches(
      ordered,
      ({ finding, start, end }, index) => {
        const range = c.draft.adapter.rangeOf(c.draft.root, start, end);
        if (range) {
          painted.push({ finding, range });
          batch.push({ range, severity: finding.severity });
        }
        // The end of this batch (the next item starts a new task, or there is none).
        if (index === ordered.length - 1) flush();
      },
      {
        ...batches,
        yieldToPage: () => {
          flush();
          return batches.yieldToPage();
        },
      },
    );
    if (ordered.length === 0) flush();
  }

  /** Where the agent's caret is in the draft's text, if the editor says. */
  function caretIn(c: Canvas): number | null {
    try {
      return c.draft.adapter.caretOffset(c.draft.root);
    } catch {
      return null;
    }
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
      if (store.get().visible) store.set({ anchor: bottomRight(c.draft.root, session.surface) });
      measureTextNearBadge(c);
    });
  }

  /** What the badge must step aside from, when it sits inside the editor; nothing to measure otherwise. */
  function measureTextNearBadge(c: Canvas): void {
    if (!store.get().visible) return;
    const run = ++measures;
    const show = (measured: TextNearBadge) => {
      const text = onSurface(measured, session.surface.frameView());
      if (!sameText(text, store.get().textNearBadge)) store.set({ textNearBadge: text });
    };
    if (!badgeMayGoInside(c.draft.root, session.surface)) return show(NO_TEXT);
    if (!c.draft.adapter.overlay) return show(editableTextNearBadge(c.draft.root));
    // A form field's text is laid out in the measuring mirror first: in batches, like the underlines,
    // so a long paste is never one long layout (a keystroke re-lays only the block it changed).
    const field = c.draft.root as HTMLTextAreaElement;
    const measure = (c.measure ??= new FieldMirror(field, session.ui().layer, 'measure'));
    const isCurrent = () => run === measures && canvas === c && !signal.aborted;
    void measure
      .paintInBatches(field.value, [], { now: () => win.performance.now(), yieldToPage: pageYield(win), isCurrent })
      .then((done) => done && isCurrent() && show(fieldTextNearBadge(field, measure)));
  }

  /** Counts measurements: an older one still laying out text stops when a newer one starts. */
  let measures = 0;

  // The caret moved or the text changed: measure again (once a frame), so the badge never sits on either.
  let placing = 0;
  function placeBadge(): void {
    if (placing || signal.aborted) return;
    placing = win.requestAnimationFrame(() => {
      placing = 0;
      if (canvas) measureTextNearBadge(canvas);
    });
  }
  doc.addEventListener('selectionchange', placeBadge, { passive: true, signal });
  doc.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
  win.addEventListener('resize', reposition, { passive: true, signal });
  // Drawn on the page around the editor's frame: that page scrolling or resizing moves the frame too.
  if (session.surface.doc !== doc) {
    session.surface.doc.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
    session.surface.win.addEventListener('resize', reposition, { passive: true, signal });
  }
  signal.addEventListener('abort', () => {
    win.cancelAnimationFrame(frame);
    win.cancelAnimationFrame(placing);
  });

  return {
    targetOf(finding) {
      const c = canvas;
      if (!c) return null;
      if (c.mirror) return c.mirror.markFor(finding.start);
      // The card anchors on the underlined words, not on a line break a deletion also takes.
      const ink = c.draft.analysedText === null ? finding : shownInkOf(c.draft.analysedText, finding);
      return c.draft.adapter.rangeOf(c.draft.root, ink.start, ink.end);
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

/** Text measured in the editor's viewport, in the surface's (the same when the UI is drawn in the editor's document). */
function onSurface(text: TextNearBadge, view: FrameView | null): TextNearBadge {
  if (!view) return text;
  return { lines: text.lines.map((line) => toSurface(line, view, true)), caret: text.caret && toSurface(text.caret, view, true) };
}
