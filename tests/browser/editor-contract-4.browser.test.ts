// The editor contract (tests/browser/support/editor-contract.ts) over half the composers of COMPOSER_EDITOR_IDS:
// every other one, so the browser-test workers get an even share; editor-contract-3 takes the rest.
import { COMPOSER_EDITOR_IDS } from '../../demo/src/types';
import { editorContract } from './support/editor-contract';

editorContract(COMPOSER_EDITOR_IDS.filter((_, index) => index % 2 === 1));
