// The editor contract (tests/browser/support/editor-contract.ts) over half the demo editors: every
// other one, so the two browser-test workers get an even share; editor-contract-2 takes the rest.
import { DEMO_EDITOR_IDS } from '../../demo/src/types';
import { editorContract } from './support/editor-contract';

editorContract(DEMO_EDITOR_IDS.filter((_, index) => index % 2 === 0));
