/**
 * Review 44: aim44's passive "by you" flagged a plain record of what the customer did and when as blame. A fault in the
 * passive (no, not, never, wrong, "should have been", a reason) still flags. Our own wording.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['blame, the customer as the passive doer, not a record of their step', 'blames-the-customer',
    ['The wrong colour was ordered by you on Friday.',
      'No photo was sent by you on Monday.',
      'The form was not signed by you at the desk.',
      'As the booking was made by you, the change fee applies.',
      'The claim should have been submitted by you within 14 days.',
      'Your order was cancelled by yourself at checkout.'],
    ['The booking was made by you on 3 May, so the new cover applies to it.',
      'The photos were sent by you on Monday and reached the team today.',
      'Your payment was received by you at the till, and the receipt is attached.',
      'The order was placed by you last Tuesday and ships tomorrow.',
      'Your request was submitted by you yesterday, and it is with the warehouse now.',
      'The form was signed by you when you collected the car.']],
];

describeRecallFamilies('review 44: blames-the-customer, a record of their step is no blame', cases);
