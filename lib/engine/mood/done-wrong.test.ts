/**
 * Something of theirs done or told wrong by us, said flatly ("The crates went to the wrong depot", "My statement shows
 * the wrong sort code", "The name on the certificate is wrong"), and a trip made to find it not ready ("The frames
 * weren't ready when I came to collect them"). Look-alikes stay calm: the customer's own slip, an apology for their own
 * mistake, a question whether it is wrong, nothing wrong, a case supposed. Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('done wrong by us, or not ready when they came', {
  upset: [
    'The crates were sent to the wrong depot.',
    'My statement shows the wrong sort code again.',
    'The name on the certificate is wrong.',
    'Our quote was priced in the wrong currency.',
    "The frames weren't ready when I came to collect them.",
    'The car was not ready when we arrived at 9 as booked.',
  ],
  calm: [
    'I typed the wrong sort code, can you update it?',
    'Sorry, wrong chat!',
    'Is the name on the certificate wrong or is that the Latin spelling?',
    'Nothing wrong with the frames, I just want a spare pair.',
    'If the wrong currency shows at checkout, what should I do?',
    'We picked the wrong size and would like to exchange it.',
    'Will the car be ready when we arrive at 9?',
  ],
});
