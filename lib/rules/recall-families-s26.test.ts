/**
 * Session 26 (issue #10, held-out recall on respect and ownership): each family is tested on its rule alone, with
 * paraphrases written here (not from dev-extra-cr, a check batch or held-out data) and near misses, several of them
 * sentences of warm dev replies that must stay quiet. Every flag here was missed by the pack before this session.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['fine as it left our hands: a state or a check, then the moment it left us in any words', 'fine-when-it-left-us',
    ['The kettle was tested at full power before our courier left the shop.', 'Our bikes leave the workshop fully serviced.',
      'Every order leaves our bakery in perfect condition.', 'The trailer was sound when it was signed out to your driver.',
      'The lock was working when the cabin was handed over to you.', 'The pump was cleaned and pressure tested prior to delivery.',
      'The frame was inspected on dispatch.', 'It went out in full working order.'],
    // Warm and neutral dev replies (cd031, u0051, cq014, cf002) and the agent's own fault or promise.
    ['Order 4481-22B left our warehouse this morning with DPD, tracking 15501234567890.',
      'Incidents are recorded in the accident book and parents are asked to sign it at collection.',
      'Our natural indigo vat was weaker after the rains, and we should have checked it against your approved sample before dispatch.',
      "If you're running the same conference next year, I'll test every unit myself before it leaves.",
      'It was tested before it left us, but I have asked the workshop to test it again today.',
      'Your bags are checked at collection.', 'We were delighted when the cake was collected.']],
  ['blame by habit: the usual cause comes down to a handling slip, or a class of customers who slip', 'you-probably-did',
    ['Faded seat covers usually come down to the car being parked in full sun.', 'Hoses typically crack if they are left out over winter.',
      "Nine times out of ten it's down to owners overfilling the tank.", 'If you did not rinse the filter, that could explain the smell.',
      'If the tent has been packed away wet, that will be the reason.',
      'Most riders who come off at that bend have not checked their tyre pressure.',
      'Guests often forget that the sauna needs an hour to heat.', 'Many owners never read the care label.'],
    // Warm dev reply (bl026) and reassurance, tips and causes on no one's side.
    ['A squeak usually comes from the insole rubbing; lift it out and sprinkle a little talc underneath and it should go quiet.',
      'Delays usually come down to the weather at the port.', "Don't worry, lots of people forget this step.",
      "Many people don't realise they can claim the VAT back, so here's how.", 'Lots of customers forget their PIN, so I have reset yours.',
      "Most people who book early haven't needed to pay a deposit.", 'Nine times out of ten a restart fixes it.',
      'Pipes usually burst when the temperature drops below zero.']],
  ['told by the paperwork they were handed', 'you-were-told',
    ['Leaving the lid off lets the dough dry out, which our care card warns about.',
      'The parking rules were in the information pack sent to you before arrival.',
      'The weak floorboard was flagged by your surveyor during the viewing.',
      'The dates are set out in the member handbook, which every member gets.',
      'Bleach marks the resin, which is why the care guide says use soap and water.'],
    // Warm dev reply (y0012) and documents that hand over something useful.
    ["The crew's new route sheet had Alder Close marked as assisted collection only, which is why the lorry drove past.",
      'The wifi code is in the welcome pack, which all guests receive.',
      'The route is in the guide handed to you at check-in, so you can follow it at your own pace.',
      "Your code was in the email sent on Monday, and I've resent it to be safe.",
      'The noise was mentioned by our engineer during the visit, and he has ordered the part.']],
  ['a claim, dispute or complaint the customer is to lodge with another company', 'contact-them-directly',
    ["You'll need to file a dispute with your bank.", 'Honestly, you could open a complaint with the airline about the seat.',
      "You should submit your claim through the insurer's portal.", 'Refunds have to go through them directly.',
      'Any cashback claim has to go through 3M.'],
    // The agent lodging it, a claim with us, and news of a claim.
    ["I'll raise a claim with the courier for you today.", 'If you would rather, you can lodge the claim with the carrier yourself.',
      'We have made a claim with the courier and will refund you as soon as they reply.',
      'You can raise a claim with us online in two minutes.', 'Your claim with the insurer has been approved.']],
];

describeRecallFamilies('recall families of session 26 (issue #10)', cases);
