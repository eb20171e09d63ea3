/**
 * Their own lateness told is no delay of ours: "We're running ten minutes late", "I'll be five minutes late". A delay of
 * ours told the same way is still read. Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('their own lateness', {
  upset: ['The train was running 40 minutes late and I missed my connection.', 'Your driver turned up two hours late for the move.'],
  calm: ["We're running ten minutes late, can you hold the table?", "I'll be five minutes late for my appointment, sorry.", 'I might be 20 minutes late to collect the keys. Is that ok?'],
});
