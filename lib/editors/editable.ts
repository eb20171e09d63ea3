/** Builds an adapter for a contenteditable-based editor from its detector and root finder. */
import { buildTextModel, rangeFromModel, textOffset, type TextModel } from './dom-text';
import { selectionFocus } from './focus';
import { replaceInEditable, type InputRoute } from './replace';
import type { EditorAdapter, EditorId } from './types';
import { leftOutKinds, type LeftOutRegion } from './left-out';

export interface EditableSpec {
  id: EditorId;
  /** The editable root above (or at) a focus target, or null when this is not that editor. */
  findRoot(el: Element): HTMLElement | null;
  /** Subtrees that are not reply text (quoted history…). */
  skip?: string;
  /** Where quoted history starts: this element and everything after it are not reply text. */
  cutAt?: string;
  /** What kind of part each of the `skip` regions is, so the adapter can say what it left out (left-out.ts). */
  leftOut?: readonly LeftOutRegion[];
  /** Model-rendering editors: only text inside these elements is the editor's (see dom-text.ts). */
  textIn?: string;
  /** With `textIn`: the elements the editor renders as lines. */
  lineBlocks?: string;
  /** Editor-specific step just before the text goes in, the span selected (see summernote.ts). */
  beforeInsert?(root: HTMLElement): void;
  /** Editor-specific follow-up after the browser inserted the replacement (see tinymce.ts). */
  afterNativeInsert?(root: HTMLElement, replacement: string): void;
  /** The input routes the editor accepts for a replacement, in order (replace.ts). */
  routes?(replacement: string): readonly InputRoute[];
  /** The text/plain a `paste` route carries for a replacement (default: the replacement itself). */
  pasteText?(replacement: string): string;
  /** A text/html the `paste` route carries too (replace.ts). */
  pasteHtml?(replacement: string): string | null;
  /** The editor's own word that it has seen the focus (replace.ts): Apply selects the span only once it holds. */
  hasFocus?(root: HTMLElement): boolean;
}

export function editableAdapter(spec: EditableSpec): EditorAdapter {
  // Highlights ask for many ranges in a row: build the model once per task.
  let cached: { root: HTMLElement; model: TextModel } | null = null;
  const model = (root: HTMLElement): TextModel => {
    if (cached?.root === root) return cached.model;
    const built = buildTextModel(root, { skip: spec.skip, cutAt: spec.cutAt, textIn: spec.textIn, lineBlocks: spec.lineBlocks });
    cached = { root, model: built };
    queueMicrotask(() => {
      cached = null;
    });
    return built;
  };
  const fresh = (root: HTMLElement): TextModel => {
    cached = null;
    return model(root);
  };

  const adapter: EditorAdapter = {
    id: spec.id,
    detect: (el) => spec.findRoot(el) !== null,
    root: (el) => spec.findRoot(el) ?? (el as HTMLElement),
    readText: (root) => fresh(root).text,
    rangeOf: (root, start, end) => rangeFromModel(model(root), start, end),
    caretOffset(root) {
      const selection = root.ownerDocument.getSelection();
      const focus = selection && selection.rangeCount > 0 ? selectionFocus(root, selection) : null;
      if (!focus || !root.contains(focus.node)) return null;
      return textOffset(fresh(root), focus.node, focus.offset);
    },
    replace: (root, start, end, replacement) =>
      replaceInEditable(
        {
          readText: (r) => fresh(r).text,
          rangeOf: (r, s, e) => rangeFromModel(fresh(r), s, e),
          beforeInsert: spec.beforeInsert,
          afterNativeInsert: spec.afterNativeInsert,
          routes: spec.routes,
          pasteText: spec.pasteText,
          pasteHtml: spec.pasteHtml,
          hasFocus: spec.hasFocus,
        },
        root,
        start,
        end,
        replacement,
      ),
  };
  const regions = spec.leftOut;
  if (regions) adapter.leftOut = (root) => leftOutKinds(root, regions, spec.cutAt);
  return adapter;
}

/** The closest ancestor-or-self matching `selector` that is editable. */
export function closestEditable(el: Element, selector: string): HTMLElement | null {
  const found = el.closest<HTMLElement>(selector);
  return found && found.isContentEditable ? found : null;
}
