/**
 * Session 48 review: duty-with-a-deadline's new "how" and "when" patterns ("…fitted in person", "…no later than Monday")
 * read our own staff's step as the customer's duty. Our own wording, not taken from dev files or held-out data.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['our own staff’s step, not a duty laid on the customer', 'duty-with-a-deadline',
    ['Boxes must be sealed properly, with the label on top.', 'Old meters have to be returned in person.',
      'The booking form must be completed correctly.', 'Deposits need to be settled in full.'],
    ['The new hob has to be fitted in person by our engineer.',
      'The payment has to be processed no later than Monday on our side.',
      'The boiler needs to be serviced properly by our technician first.',
      'Your claim must be checked in full by the team, and the answer comes next week.',
      'Your new oven has to be installed correctly, which takes most of a morning.',
      'Every order has to be checked properly at the warehouse, which is why it took a day longer.',
      'The refund needs to be paid in full, and it will reach you on Friday.']],
];

describeRecallFamilies('session 48 review: our own staff’s step', cases);
