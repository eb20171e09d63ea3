/**
 * Underlines for <textarea>/<input>, whose text is not in the DOM: a mirror with the same box,
 * font metrics and wrapping, laid exactly over the field inside Rapport's own shadow root
 * (pointer-events: none), with transparent text and underlined spans. It follows the field's
 * scroll position, size and place on the page.
 */
import type { Severity } from '../engine/types';
import { inBatches, type BatchOptions } from './batches';
import { keptBlocks, mirrorBlocks, type MirrorBlock } from './mirror-chunks';
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
/* A pre-wrap text indents only its first line: so does the mirror, whatever its blocks. */
.mirror > div + div { text-indent: 0; }
${underlineCss((s) => `.mirror mark[data-severity="${s}"]`)}`;

export class FieldMirror {
  readonly element: HTMLDivElement;
  private text = '';
  private spans: readonly MirrorSpan[] = [];
  /** The blocks on show, in order (lib/highlight/mirror-chunks.ts). */
  private blocks: ShownBlock[] = [];

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

  /** Paints at once; only the blocks that changed since the last paint are laid out again. */
  paint(text: string, spans: readonly MirrorSpan[]): void {
    const change = this.change(text, spans);
    change.fresh.forEach((block) => change.insert(block));
    this.show(text, spans, change);
  }

  /**
   * The same paint with the changed blocks made and laid out one at a time under a time budget
   * (lib/highlight/batches.ts; each block's layout is forced inside its batch, so the budget covers
   * the browser's layout too). While it spans several tasks the underlines are hidden (the old and the
   * new blocks are both in place then). False when a newer paint superseded it.
   */
  async paintInBatches(text: string, spans: readonly MirrorSpan[], options: BatchOptions): Promise<boolean> {
    const change = this.change(text, spans);
    const done = await inBatches(
      change.fresh,
      (block) => void change.insert(block).offsetHeight,
      {
        ...options,
        clockEvery: 1,
        yieldToPage: () => {
          this.element.style.visibility = 'hidden';
          return options.yieldToPage();
        },
      },
    );
    if (!done) {
      change.discard();
      return false;
    }
    this.show(text, spans, change);
    return true;
  }

  /** What a paint of `text` changes: the blocks to make (between the unchanged head and tail) and where they go. */
  private change(text: string, spans: readonly MirrorSpan[]) {
    // The whole text stays, so the mirror scrolls as far as the field; a trailing space keeps a final empty line.
    const next = mirrorBlocks(`${text} `, spans);
    const old = this.blocks;
    const { head, tail } = keptBlocks(
      old.map((b) => b.key),
      next.map((b) => b.key),
    );
    const anchor = old[old.length - tail]?.element ?? null;
    const made: HTMLDivElement[] = [];
    const doc = this.element.ownerDocument;
    return {
      fresh: next.slice(head, next.length - tail),
      insert: (block: MirrorBlock): HTMLDivElement => {
        const element = blockElement(doc, block);
        this.element.insertBefore(element, anchor);
        made.push(element);
        return element;
      },
      discard: () => made.forEach((element) => element.remove()),
      /** The blocks on show once the old middle is gone. */
      finish: (): ShownBlock[] => {
        old.slice(head, old.length - tail).forEach((b) => b.element.remove());
        const elements = [...old.slice(0, head).map((b) => b.element), ...made, ...old.slice(old.length - tail).map((b) => b.element)];
        return elements.map((element, i) => ({ element, key: next[i]!.key, start: next[i]!.start }));
      },
    };
  }

  private show(text: string, spans: readonly MirrorSpan[], change: { finish(): ShownBlock[] }): void {
    this.text = text;
    this.spans = spans;
    this.blocks = change.finish();
    this.element.style.visibility = '';
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

  /** The client rectangles of each underlined span, in span order (a span cut by a block edge: one entry per piece). */
  spanRects(): { start: number; rects: DOMRect[] }[] {
    return this.blocks.flatMap(({ element, start }) =>
      [...element.querySelectorAll<HTMLElement>('mark')].map((mark) => ({ start: start + Number(mark.dataset.finding), rects: [...mark.getClientRects()] })),
    );
  }

  /** The client rectangles of the text's lines that show through the field's box (a line per rectangle); only visible blocks are measured. */
  lineRects(limit: number): DOMRect[] {
    const box = this.element.getBoundingClientRect();
    const range = this.element.ownerDocument.createRange();
    const out: DOMRect[] = [];
    for (const { element } of this.blocks) {
      const blockBox = element.getBoundingClientRect();
      if (blockBox.top >= box.bottom) break;
      if (blockBox.bottom <= box.top) continue;
      range.selectNodeContents(element);
      for (const rect of range.getClientRects()) {
        if (out.length >= limit) return out;
        if (rect.width > 0 && rect.bottom > box.top && rect.top < box.bottom) out.push(rect);
      }
    }
    return out;
  }

  /** Where a caret at `offset` in the painted text shows (a zero-width rectangle), or null. */
  caretRect(offset: number): DOMRect | null {
    const doc = this.element.ownerDocument;
    const at = Math.max(0, offset);
    const block = this.blocks.findLast((b) => b.start <= at);
    if (!block) return null;
    const walker = doc.createTreeWalker(block.element, NodeFilter.SHOW_TEXT);
    let left = at - block.start;
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
    const at = Math.trunc(start);
    for (const block of this.blocks) {
      const mark = block.element.querySelector<HTMLElement>(`mark[data-finding="${at - block.start}"]`);
      if (mark) return mark;
    }
    return null;
  }

  get painted(): { text: string; spans: readonly MirrorSpan[] } {
    return { text: this.text, spans: this.spans };
  }

  destroy(): void {
    this.element.remove();
  }
}

interface ShownBlock {
  element: HTMLDivElement;
  key: string;
  start: number;
}

function blockElement(doc: Document, block: MirrorBlock): HTMLDivElement {
  const element = doc.createElement('div');
  let at = 0;
  for (const mark of block.marks) {
    if (mark.from > at) element.append(block.text.slice(at, mark.from));
    const node = doc.createElement('mark');
    node.dataset.severity = mark.severity;
    node.dataset.rapport = 'mirror-mark';
    // Relative to the block, so a block keeps its element when text before it changes (spanRects adds the block's start).
    node.dataset.finding = String(mark.finding);
    node.textContent = block.text.slice(mark.from, mark.to);
    element.append(node);
    at = mark.to;
  }
  element.append(block.text.slice(at));
  return element;
}
