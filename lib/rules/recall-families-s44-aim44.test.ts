/**
 * Session 44, aim44 (issue #10), under the A/B protocol: a grammar slot, not a family of words. blames-the-customer
 * reads the customer as the passive's doer ("…was provided by you", "…would have been checked by yourself") with any
 * subject, tense and verb, not only after "as/since/because" and six chosen verbs; the customer's part named without
 * the passive, or a step still to come, passes.
 * Our own wording, not taken from dev files, a check batch or held-out data.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['blame, the customer as the passive doer', 'blames-the-customer',
    ['No meter reading was provided by you.',
      'The catch would have been checked by yourself at collection.',
      'The wrong size was ordered by you.',
      'As the parts were selected by yourself, return postage is at your cost.',
      'The seal was clearly broken by you before it came back.',
      'Those dates were never confirmed by you.',
      'The door code should have been given by you when you booked.',
      'This box was not ticked by yourself on the form.'],
    ['Once the form has been signed by you, I will book the visit.',
      'The photos you sent show the crack clearly, so I have ordered a new one.',
      'Thanks for the meter reading you sent, I have updated the bill.',
      'The wrong size was sent by us, and I have posted the right one today.',
      'The booking you made on Monday is confirmed for 3pm.',
      'The parts you chose are in stock and ship tomorrow.',
      'Nothing more is needed from you, I have sorted it.',
      'Your refund was approved by my manager this morning.']],
];

describeRecallFamilies('session 44, aim44: blames-the-customer, the customer as the passive doer', cases);
