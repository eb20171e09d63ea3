/**
 * The plain-text model of a contenteditable region, built the same way for reading the text and for
 * mapping UTF-16 offsets back to DOM positions: block elements are lines joined by "\n", a `<br>`
 * ends a line (a trailing `<br>` is only a placeholder), and editors' zero-width caret fillers are
 * left out. Every character of the text comes from one text node, so offsets map back exactly.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'IMG', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT']);

/** Caret fillers editors put into text nodes (CKEditor's U+2060 run, Quill's cursor U+FEFF, ZWSP). */
const FILLER = /^[\u2060\uFEFF\u200B]+/;
/** Indentation between tags in the page source: only spaces, tabs and at least one line break. */
const SOURCE_WHITESPACE = /^[ \t]*\n[ \t\n]*$/;

export interface TextPiece {
  node: Text;
  /** Offset in `node.data` where the piece's characters begin (after any filler). */
  nodeStart: number;
  /** Range of the piece in the model text. */
  start: number;
  end: number;
}

export interface TextModel {
  text: string;
  pieces: TextPiece[];
}

export interface TextModelOptions {
  /** Subtrees to leave out (quoted history, signatures, widgets that are not reply text). */
  skip?: string;
  /**
   * The first element matching this, and everything after it in document order, is left out
   * (Outlook marks where the quoted message begins with an empty `#appendonsend` and puts the quote
   * after it as siblings). Text before it keeps its offsets.
   */
  cutAt?: string;
  /**
   * Leave out whitespace-only text holding a line break (the page source's indentation between
   * blocks, which browsers do not render). For reading pages; editors keep every character.
   */
  ignoreSourceWhitespace?: boolean;
  /**
   * Editors that render a model (Draft.js, Slate): only text and `<br>`s inside elements matching
   * this selector are the editor's; anything else in the DOM (text the browser wrote behind the
   * editor's back, placeholders) is not in its model and is left out.
   */
  textIn?: string;
  /** With `textIn`: the elements the editor renders as lines (instead of the HTML block tags). */
  lineBlocks?: string;
}

export function buildTextModel(root: Element, options: TextModelOptions = {}): TextModel {
  const pieces: TextPiece[] = [];
  let text = '';
  let lines = 0;
  let lineOpen = false;
  let cut = false;

  const ensureLine = () => {
    if (lineOpen) return;
    if (lines > 0) text += '\n';
    lines += 1;
    lineOpen = true;
  };

  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child && !cut; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const node = child as Text;
        const data = node.data;
        const skipped = FILLER.exec(data)?.[0].length ?? 0;
        if (skipped === data.length) continue;
        if (options.ignoreSourceWhitespace && SOURCE_WHITESPACE.test(data)) continue;
        if (options.textIn && !node.parentElement?.closest(options.textIn)) continue;
        ensureLine();
        pieces.push({ node, nodeStart: skipped, start: text.length, end: text.length + data.length - skipped });
        text += skipped ? data.slice(skipped) : data;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag) || element.hasAttribute('data-rapport-ignore')) continue;
      if (options.cutAt && element.matches(options.cutAt)) {
        cut = true;
        return;
      }
      if (options.skip && element.matches(options.skip)) {
        // A skipped block still ends the line before it, so the text on either side does not run together.
        if (BLOCK_TAGS.has(tag)) lineOpen = false;
        continue;
      }
      if (tag === 'BR') {
        if (options.textIn && !element.closest(options.textIn)) continue;
        ensureLine();
        lineOpen = false;
        continue;
      }
      if (options.lineBlocks ? element.matches(options.lineBlocks) : BLOCK_TAGS.has(tag)) {
        lineOpen = false;
        const before = lines;
        walk(element);
        if (lines === before && !cut) ensureLine(); // An empty block is still a line.
        lineOpen = false;
      } else {
        walk(element);
      }
    }
  };

  walk(root);
  return { text, pieces };
}

/** The DOM position of a text offset; `bias` picks the side when the offset sits between two pieces. */
function domPosition(model: TextModel, offset: number, bias: 'start' | 'end'): { node: Text; offset: number } | null {
  const { pieces } = model;
  if (pieces.length === 0) return null;
  // Binary search for the first piece that ends at or after the offset.
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  let piece = pieces[lo]!;
  if (piece.end < offset) return { node: piece.node, offset: piece.nodeStart + (piece.end - piece.start) };
  if (bias === 'start' && offset === piece.end && pieces[lo + 1]?.start === offset) piece = pieces[lo + 1]!;
  if (offset < piece.start) {
    // The offset is in a gap (a line break): a start goes to the next piece, an end to the previous one.
    const previous = pieces[lo - 1];
    if (bias === 'end' && previous) return { node: previous.node, offset: previous.nodeStart + (previous.end - previous.start) };
    return { node: piece.node, offset: piece.nodeStart };
  }
  return { node: piece.node, offset: piece.nodeStart + (offset - piece.start) };
}

export function rangeFromModel(model: TextModel, start: number, end: number): Range | null {
  const from = domPosition(model, start, 'start');
  const to = domPosition(model, end, 'end');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text offset of a DOM position (a caret or a hit-test point), or null outside the model. */
export function textOffset(model: TextModel, node: Node, offset: number): number | null {
  if (node.nodeType === 3) {
    const piece = model.pieces.find((p) => p.node === node);
    if (piece) return piece.start + Math.max(0, Math.min(piece.end - piece.start, offset - piece.nodeStart));
  }
  const doc = node.ownerDocument;
  if (!doc) return null;
  const probe = doc.createRange();
  try {
    probe.setStart(node, offset);
  } catch {
    return null;
  }
  for (const piece of model.pieces) {
    if (probe.comparePoint(piece.node, piece.nodeStart) >= 0) return piece.start;
  }
  return model.text.length;
}
