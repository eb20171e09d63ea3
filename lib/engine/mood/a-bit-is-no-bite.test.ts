/**
 * "bit" is bite's past only after someone who did it: "a bit fiddly", "a little bit worried about my husband" are no
 * harm to a person of theirs; "the dog bit my son" is. Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('"a bit" is no bite', {
  upset: ['The dog bit my son at the kennels.', 'My daughter got bit by a horse on the trek.'],
  calm: [
    "I share the laptop with my wife so it's a bit awkward. Can we have two logins?",
    'My son found the form a bit long. Is there a shorter one?',
    'Our kids are a little bit excited about the trip! What time should we arrive?',
  ],
});
