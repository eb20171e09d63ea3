import type { SkippedPartKind } from '../engine/structure/types';

export type EditorId =
  | 'textarea'
  | 'ckeditor5'
  | 'prosemirror'
  | 'lexical'
  | 'quill'
  | 'tinymce'
  | 'draftjs'
  | 'slate'
  | 'ckeditor4'
  | 'roosterjs'
  | 'summernote'
  | 'squire'
  | 'contenteditable';

/**
 * Everything Rapport knows about one kind of editor. Offsets are UTF-16 indices into the text that
 * `readText` returns; `rangeOf` and `replace` use exactly the same text model.
 */
export interface EditorAdapter {
  id: EditorId;
  /** True when `el` (a focus target) belongs to this kind of editor. */
  detect(el: Element): boolean;
  /** The editable root for a focus target that `detect` accepted. */
  root(el: Element): HTMLElement;
  readText(root: HTMLElement): string;
  /** A DOM range over `start..end`, for highlights; null for form fields, whose text is not in the DOM. */
  rangeOf(root: HTMLElement, start: number, end: number): Range | null;
  /** The caret's text offset, or null when the selection is elsewhere. */
  caretOffset(root: HTMLElement): number | null;
  /**
   * Replace `start..end` through the editor's own input handling (so its model and undo stack
   * follow). Resolves true only when the text afterwards is exactly the expected text.
   */
  replace(root: HTMLElement, start: number, end: number, replacement: string): Promise<boolean>;
  /**
   * The kinds of region `readText` left out of the text (the signature and quoted email a mail composer holds), so
   * "what was checked" names them though the check never saw them. Absent: the editor leaves nothing out.
   */
  leftOut?(root: HTMLElement): readonly SkippedPartKind[];
  /** Form fields: underlines are painted on a mirror overlay instead of with CSS highlights. */
  overlay?: boolean;
}
