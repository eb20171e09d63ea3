/**
 * Review of session 38's new upset families: calm messages of the same shapes as their upset ones stay calm, the upset
 * ones still read upset. Sentences invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

const SHAPES: readonly [title: string, upset: string[], calm: string[]][] = [
  [
    'a need of theirs beside a "has no" that is no problem',
    ['My husband uses a wheelchair and the room you gave us has no lift access.', 'i use a wheelchair and the taxi you sent has no ramp'],
    ['I use a wheelchair. Does the hotel have a ramp? The website says it has no steps at the entrance.', 'He is hard of hearing. Can you text instead of calling? He has no mobile though, only a landline.'],
  ],
  [
    'handled as agreed, or an idiom, is no harm done',
    ['The engineer drilled through the pipe behind the sink.', 'The removal men scratched our dining table.'],
    ['The engineer drilled the holes in the hallway as agreed. Could you send the invoice?', "The vet spilled the beans, we're having puppies! Can we book a check-up?"],
  ],
  ['guests leaving on a date is a plan, not people walking away', ['The pool heater is still not fixed. Our guests are leaving.'], ['Our guests are leaving on Sunday. Can checkout be at 12? No problem if not.']],
  [
    'an account or card named "my business" is no living at stake',
    ['The payout is still on hold. This is my business, and I have staff to pay on Friday.', "It's been frozen for 9 days. This is my income."],
    ['This is my business account. Can I add a user? There is no option in settings.', 'This is my savings account, how do I change the nickname?'],
  ],
];

for (const [title, upset, calm] of SHAPES) describeUpsetCases(title, { upset, calm });
