/**
 * Session 48, aim48 (issue #10), under the A/B protocol: the customer's duty laid down as a rule (duty-with-a-deadline,
 * respect) whatever words sit between the duty and its when or how: a place before the deadline ("…left at the side
 * gate by 8am"), a lead time ("at least 48 hours before"), a manner that is a lesson ("parked correctly"). A "by" that
 * names who acts is not a deadline. An order about the customer's conduct ("Kindly cooperate", "Please comply with…") is an
 * order with its please (you-need-to). Our own wording, not taken from dev files, a check batch or held-out data.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['a duty with its when or how a few words on', 'duty-with-a-deadline',
    ['Bikes must be left at the side gate by 8am on the day.',
      'Bookings must be changed at least 48 hours before the start.',
      'Scooters must be parked correctly in a marked bay.',
      'Keys need to be dropped off at reception before 10am.',
      'Any faults must be logged with photos within a week.',
      'Parcels have to be collected from the depot within 5 days.',
      'Deposits must be paid in full.',
      'The signed lease must be sent to the letting office no later than Friday.',
      'Tickets need to be shown at the gate by 6pm.',
      'The forms must be handed in at the front desk prior to the exam.'],
    ['The part must be ordered from the supplier, so I have placed the order for you today.',
      'The refund has to be approved by a manager, and I have sent it to mine this morning.',
      'The engineer must be let in by someone over 18, so let me know who will be home.',
      'Your parcel must have been left with a neighbour by mistake, and I am chasing the driver now.',
      'Sorry, the boiler has to be checked by the gas board first.',
      'Your booking was moved to Friday at 8am, as you asked.',
      'The cake needs to be collected fresh on the day, and it will be boxed and ready for you from 9.',
      'Your account was updated at least twice this week, which is why the emails came through.',
      'Everything you ordered was packed at the warehouse by Monday and is on its way.']],
  // An order about how the customer behaves, with "please" or "kindly" in front: an order still (you-need-to).
  ['an order about the customer\'s conduct', 'you-need-to',
    ['Kindly cooperate with the engineer.',
      'Please comply with the site rules.',
      'Kindly adhere to the visiting hours.',
      'We request you to kindly co-operate.',
      'Please co-operate with our staff at the gate.',
      'Kindly cooperate.',
      'Please behave on the coach.',
      'Going forward, please comply with the parking signs.'],
    ['Could you kindly cooperate with the driver on the day?',
      'Would you kindly send the photos over when you get a moment?',
      'Thank you so much for cooperating with the engineer.',
      "If you could please comply with the form's word limit, that would help us a lot.",
      'Our app will comply with the new rules from May.',
      'The new boiler complies with every safety standard.',
      'Everyone behaved brilliantly on the trip, thank you!',
      'We adhere to the same hygiene rules as the hospital.']],
];

describeRecallFamilies('session 48, aim48: a duty with its when a few words on; an order about conduct', cases);
