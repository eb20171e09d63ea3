// The editor contract (tests/browser/support/editor-contract.ts) over composers helpdesks use beyond the demo's
// own reply boxes (COMPOSER_EDITOR_IDS, mounted only when named): every other one, so the browser-test workers get an
// even share; editor-contract-4 takes the rest. Tiptap, Trix, RoosterJS, Summernote, Jodit, Squire, MediumEditor,
// TinyMCE inline, CKEditor 5's balloon editor, a textarea and a contenteditable inside web components' open shadow
// roots, contenteditable="plaintext-only", and a React-controlled textarea (its model is React's state).
import { COMPOSER_EDITOR_IDS } from '../../demo/src/types';
import { editorContract } from './support/editor-contract';

editorContract(COMPOSER_EDITOR_IDS.filter((_, index) => index % 2 === 0));
