/**
 * Picks the adapter for a focus target: specific editors first, the generic contenteditable last.
 * Respects the usual opt-outs (data-gramm="false", data-rapport="off", read-only fields, code fields).
 */
import { ckeditor4, CKEDITOR4_TEMPORARY } from './ckeditor4';
import { ckeditor5 } from './ckeditor5';
import { contenteditable } from './contenteditable';
import { draftjs } from './draftjs';
import { lexical } from './lexical';
import { prosemirror } from './prosemirror';
import { quill } from './quill';
import { roosterjs } from './roosterjs';
import { slate } from './slate';
import { squire } from './squire';
import { summernote } from './summernote';
import { textarea } from './textarea';
import { tinymce } from './tinymce';
import type { EditorAdapter } from './types';

export type { EditorAdapter, EditorId } from './types';

const ADAPTERS: readonly EditorAdapter[] = [
  textarea,
  ckeditor5,
  prosemirror,
  lexical,
  quill,
  tinymce,
  draftjs,
  slate,
  ckeditor4,
  roosterjs,
  summernote,
  squire,
  contenteditable,
];

export interface EditorMatch {
  adapter: EditorAdapter;
  root: HTMLElement;
}

/**
 * Editables an editor makes for a moment, never the agent's reply box: focus passing through one (CKEditor 4's paste bin
 * in Firefox, during an Apply) must not move the coach off the reply, which would drop the list and the Apply's status.
 */
const EDITORS_OWN_TEMPORARY = CKEDITOR4_TEMPORARY;

export function findEditor(target: Element): EditorMatch | null {
  if (target.closest(EDITORS_OWN_TEMPORARY)) return null;
  for (const adapter of ADAPTERS) {
    if (!adapter.detect(target)) continue;
    const root = adapter.root(target);
    return isOptedOut(root) ? null : { adapter, root };
  }
  return null;
}

const OPT_OUT = '[data-gramm="false"], [data-gramm_editor="false"], [data-enable-grammarly="false"], [data-rapport="off"]';
const CODE_EDITORS = 'pre, code, .CodeMirror, .cm-editor, .monaco-editor, .ace_editor';

function isOptedOut(root: HTMLElement): boolean {
  if (root.closest(OPT_OUT)) return true;
  if (root.tagName === 'TEXTAREA' || root.tagName === 'INPUT') {
    const field = root as HTMLTextAreaElement | HTMLInputElement;
    if (field.readOnly || field.disabled) return true;
  } else if (!root.isContentEditable) {
    return true;
  }
  // spellcheck="false" on its own is common in rich editors; together with code styling it marks a code field.
  if (root.closest('[spellcheck="false"]') && looksLikeCode(root)) return true;
  return false;
}

function looksLikeCode(root: HTMLElement): boolean {
  if (root.closest(CODE_EDITORS)) return true;
  const family = root.ownerDocument.defaultView?.getComputedStyle(root).fontFamily ?? '';
  return /monospace|courier|consolas|menlo|monaco|\bmono\b/i.test(family);
}
