// Shared types for the demo helpdesk and the test hook it exposes on
// `window.__demo`. Browser tests import these types (types only) so that
// `page.evaluate` callbacks are checked against the real shape.

/** Ids of the reply boxes present at page load, in page order. */
export const DEMO_EDITOR_IDS = [
  'ckeditor5',
  'gmail',
  'prosemirror',
  'lexical',
  'quill',
  'tinymce',
  'textarea',
  'draftjs',
  'slate',
  'ckeditor4',
] as const;

/**
 * Composers mounted only when a test names them in `?editors=` (the editor contract over composers beyond the
 * demo's own helpdesk, tests/browser/editor-contract-3.browser.test.ts); the page without `?editors=` is unchanged.
 */
export const COMPOSER_EDITOR_IDS = [
  'tiptap',
  'trix',
  'tinymce-inline',
  'ckeditor5-balloon',
  'shadow-textarea',
  'shadow-editable',
  'plaintext-only',
  'react-textarea',
  'roosterjs',
  'summernote',
  'jodit',
  'squire',
  'medium-editor',
] as const;

export type DemoEditorId = (typeof DEMO_EDITOR_IDS)[number] | (typeof COMPOSER_EDITOR_IDS)[number];

/** Id of the reply box that `__demo.addEditor()` adds after load. */
export const LATE_EDITOR_ID = 'late-textarea';

/** Uniform handle over one editor, reading the editor's own model. */
export interface DemoEditor {
  /**
   * Plain text from the editor's model (not scraped from the DOM), blocks
   * joined by "\n" -- except TinyMCE, whose getContent({ format: 'text' })
   * separates paragraphs with "\n\n".
   */
  getText(): string;
  /** The editor's own serialization (HTML for most, the value for a textarea). */
  getData(): string;
  /** Replace the content through the editor's API. Lines become paragraphs. */
  /** Replaces the draft; a promise when the editor takes it asynchronously (CKEditor 4 rebuilds its frame). */
  setText(text: string): void | Promise<void>;
  /** Focus the editable so keyboard input goes to it. */
  focus(): void;
  /**
   * Lock or unlock the reply through the editor's own read-only mode (as a helpdesk does while
   * another agent holds the ticket): the editor then drops any change offered to it.
   */
  setReadOnly(readOnly: boolean): void;
  /**
   * Whether the editor's undo history has recorded the draft as it stands, for an editor that records it a moment after
   * the change (Jodit, on a timer): a Ctrl+Z pressed before that goes back over its previous step instead.
   */
  historyRecorded?(): boolean;
}

export interface SentReply {
  editor: string;
  text: string;
}

export interface DemoApi {
  /** True once every editor has been mounted (or has failed; see `errors`). */
  ready: boolean;
  editors: Record<string, DemoEditor>;
  /** Replies "sent" with a Send button, oldest first. */
  sent: SentReply[];
  /** Native `input` events the page saw on each editor's editable root. */
  inputEvents: Record<string, number>;
  /** Mount failures by editor id; empty when everything loaded. */
  errors: Record<string, string>;
  /** Adds the textarea reply box `late-textarea` after load; returns its id. Idempotent. */
  addEditor(): string;
}

declare global {
  interface Window {
    __demo: DemoApi;
  }
}
