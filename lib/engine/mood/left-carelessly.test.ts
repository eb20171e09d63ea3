/**
 * Someone of ours left a thing of theirs somewhere bad, open, or in a mess ("left my gate open", "left the box on the
 * kerb in the rain", "left plaster dust all over the hall", "was left outside in the rain"): a careless harm to what is
 * theirs. Look-alikes stay calm: left where the customer asked or agreed, their own leaving, a request, a note left.
 * Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('left carelessly by us', {
  upset: [
    'The gardener left the back gate open and the chickens got out.',
    'Your driver left the fridge on the kerb in the rain.',
    'Your decorators left plaster dust all over the hall.',
    'The boxes were left outside in the rain overnight.',
    'The plumber left the outside tap running.',
  ],
  calm: [
    'The courier left the box behind the bins as we asked.',
    'Could you ask the driver to leave it outside the garage?',
    'The window cleaner left the side gate open for the next visit as agreed.',
    'I left my umbrella in your shop yesterday, has anyone found it?',
    'The engineer left a card with his number.',
  ],
});
