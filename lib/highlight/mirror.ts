/**
 * Underlines for <textarea>/<input>, whose text is not in the DOM: a mirror with the same box,
 * font metrics and wrapping, laid exactly over the field inside Rapport's own shadow root
 * (pointer-events: none), with transparent text and underlined spans. It follows the field's
 * scroll position, size and place on the page.
 */
import type { Severity } from '../engine/types';
import { inBatches, type BatchOptions } from './batches';
import { underlineCss } from './colors';

type Field = HTMLTextAreaElement | HTMLInputElement;

const COPIED = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontKerning',
  'fontFeatureSettings', 'fontVariationSettings', 'letterSpacing', 'wordSpacing', 'lineHeight', 'textTransform',
  'textIndent', 'textAlign', 'tabSize', 'direction', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'wordBreak', 'hyphens',
] as const;

export interface MirrorSpan {
  start: number;
  end: number;
  severity: Severity;
  /** The start of the finding this span underlines, when it is only part of it (lib/highlight/spans.ts). */
  finding?: { start: number };
}

export const MIRROR_CSS = `
.mirror { position: absolute; overflow: hidden; pointer-events: none; color: transparent; margin: 0;
  border-style: solid; border-color: transparent; background: transparent; overflow-wrap: break-word; }
.mirror mark { color: transparent; background: transparent; }
${underlineCss((s) => `.mirror mark[data-severity="${s}"]`)}`;

export class FieldMirror {
  readonly element: HTMLDivElement;
  private text = '';
  private spans: readonly MirrorSpan[] = [];

  /** `role` names the element: 'mirror' draws underlines, 'measure' only lays out the field's text to measure it. */
  constructor(
    private readonly field: Field,
    layer: HTMLElement,
    role: 'mirror' | 'measure' = 'mirror',
  ) {
    this.element = layer.ownerDocument.createElement('div');
    this.element.className = 'mirror';
    this.element.dataset.rapport = role;
    this.element.setAttribute('aria-hidden', 'true');
    layer.appendChild(this.element);
  }

  paint(text: string, spans: readonly MirrorSpan[]): void {
    const build = this.builder(text);
    spans.forEach(build.add);
    this.show(text, spans, build.finish());
  }

  /**
   * The same paint with the marks made in batches under a time budget (lib/highlight/batches.ts), the
   * old underlines left in place until the new ones are whole. False when a newer paint superseded it.
   */
  async paintInBatches(text: string, spans: readonly MirrorSpan[], options: BatchOptions): Promise<boolean> {
    const build = this.builder(text);
    if (!(await inBatches(spans, build.add, options))) return false;
    this.show(text, spans, build.finish());
    return true;
  }

  private builder(text: string): { add(span: MirrorSpan): void; finish(): DocumentFragment } {
    const doc = this.element.ownerDocument;
    const fragment = doc.createDocumentFragment();
    let at = 0;
    return {
      add(span) {
        if (span.start < at) return; // Overlaps are resolved before (underlineSpans); a stray one is skipped.
        if (span.start > at) fragment.append(text.slice(at, span.start));
        const mark = doc.createElement('mark');
        mark.dataset.severity = span.severity;
        mark.dataset.rapport = 'mirror-mark';
        mark.dataset.start = String(span.finding?.start ?? span.start);
        mark.textContent = text.slice(span.start, span.end);
        fragment.append(mark);
        at = span.end;
      },
      finish() {
        // The whole text stays, so the mirror scrolls as far as the field; a trailing space keeps a final empty line.
        fragment.append(text.slice(at) + ' ');
        return fragment;
      },
    };
  }

  private show(text: string, spans: readonly MirrorSpan[], fragment: DocumentFragment): void {
    this.text = text;
    this.spans = spans;
    this.element.replaceChildren(fragment);
    this.sync();
  }

  /** Copy the field's box, metrics and scroll position. Cheap enough for scroll and resize events. */
  sync(): void {
    const field = this.field;
    const win = field.ownerDocument.defaultView;
    if (!win) return;
    const computed = win.getComputedStyle(field);
    const style = this.element.style;
    for (const key of COPIED) style[key] = computed[key];
    style.whiteSpace = field.tagName === 'INPUT' ? 'pre' : 'pre-wrap';
    const rect = field.getBoundingClientRect();
    const borderX = parseFloat(computed.borderLeftWidth) + parseFloat(computed.borderRightWidth);
    const borderY = parseFloat(computed.borderTopWidth) + parseFloat(computed.borderBottomWidth);
    // Leave out the field's scrollbars so text wraps at the same width.
    const scrollbarX = Math.max(0, field.offsetWidth - field.clientWidth - borderX);
    const scrollbarY = Math.max(0, field.offsetHeight - field.clientHeight - borderY);
    const scaleX = field.offsetWidth ? rect.width / field.offsetWidth : 1;
    const scaleY = field.offsetHeight ? rect.height / field.offsetHeight : 1;
    style.boxSizing = 'border-box';
    style.left = `${rect.left + win.scrollX}px`;
    style.top = `${rect.top + win.scrollY}px`;
    style.width = `${field.offsetWidth - scrollbarX}px`;
    style.height = `${field.offsetHeight - scrollbarY}px`;
    style.transformOrigin = '0 0';
    style.transform = scaleX !== 1 || scaleY !== 1 ? `scale(${scaleX}, ${scaleY})` : '';
    style.display = rect.width === 0 && rect.height === 0 ? 'none' : '';
    this.element.scrollTop = field.scrollTop;
    this.element.scrollLeft = field.scrollLeft;
  }

  /** The client rectangles of each underlined span, in span order. */
  spanRects(): { start: number; rects: DOMRect[] }[] {
    return [...this.element.querySelectorAll<HTMLElement>('mark')].map((mark) => ({
      start: Number(mark.dataset.start),
      rects: [...mark.getClientRects()],
    }));
  }

  /** The client rectangles of the text's lines that show through the field's box (a line per rectangle). */
  lineRects(limit: number): DOMRect[] {
    const box = this.element.getBoundingClientRect();
    const range = this.element.ownerDocument.createRange();
    range.selectNodeContents(this.element);
    const out: DOMRect[] = [];
    for (const rect of range.getClientRects()) {
      if (out.length >= limit) break;
      if (rect.width > 0 && rect.bottom > box.top && rect.top < box.bottom) out.push(rect);
    }
    return out;
  }

  /** Where a caret at `offset` in the painted text shows (a zero-width rectangle), or null. */
  caretRect(offset: number): DOMRect | null {
    const doc = this.element.ownerDocument;
    const walker = doc.createTreeWalker(this.element, NodeFilter.SHOW_TEXT);
    let left = Math.max(0, offset);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (left <= node.data.length) {
        const range = doc.createRange();
        range.setStart(node, left);
        range.collapse(true);
        return range.getClientRects()[0] ?? null;
      }
      left -= node.data.length;
    }
    return null;
  }

  /** The first mark of the finding that starts at `start` (to scroll the field to it). */
  markFor(start: number): HTMLElement | null {
    return this.element.querySelector<HTMLElement>(`mark[data-start="${Math.trunc(start)}"]`);
  }

  get painted(): { text: string; spans: readonly MirrorSpan[] } {
    return { text: this.text, spans: this.spans };
  }

  destroy(): void {
    this.element.remove();
  }
}
