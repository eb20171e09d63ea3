/**
 * Session 37, aim37 (issue #10, "caught by another principle's rule"): phrases a dev annotator filed under ownership or
 * respect were underlined only by a rule of another principle (rulebook-voice, the learned check), because the rule
 * aimed at the habit was too narrow for the wording. Each family widens its rule by grammar; flags and near misses are
 * written here, not taken from dev files, a check batch or held-out data.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['a fault waved away as "to be expected", any subject', 'thats-expected',
    ['Shrinkage of a few millimetres is to be expected after the first wash.', 'Hairline cracks are to be expected in hand-thrown glaze.',
      'Some noise from the pump is to be expected when it starts.', 'Honestly, creasing is only to be expected with linen.',
      'Minor scuffs on the soles are to be expected after a month of wear.', 'Condensation inside the lamp is to be expected in winter.'],
    ['Your parcel is expected on Tuesday.', 'Rain is expected all weekend, so I have moved your fitting indoors.',
      "I'm sorry, cracks like that are not what you should expect, and I've sent a new vase.",
      'We expect the part to arrive by Friday.', 'What to expect at your first appointment is in the leaflet I attached.',
      'The engineer is expected at 10am.']],
  ['fault disowned with any modal, inability or as a noun: "we would not be at fault", "unable to accept responsibility", "not a failure on our part"', 'not-our-responsibility',
    ['We would therefore not be at fault for the delay.', 'We are unable to accept responsibility for loss of earnings.',
      'This was not a failure on our part.', 'There was no error on our part.', 'I could not be to blame for the courier losing it.',
      'The studio is unable to accept liability for items left behind.'],
    ['We would be happy to look at the invoice again.', 'I am unable to attend on Friday, so Priya will visit instead.',
      'This was a failure on our part, and I am sorry.', 'We are able to accept returns for 60 days.',
      'The fault was on our part, so the repair is free.', 'Nobody is to blame for the weather, and I have rebooked your flight for Sunday.']],
  ['the customer passed to a named desk, address or partner: "should be directed to X"', 'contact-them-directly',
    ['Any claim must be directed to our insurers.', 'Questions about fares should be directed to Transport for NSW.',
      'Disputes should be directed to claims@parkwise.com.', 'Any queries should be directed there.',
      'Complaints about the driver have to be raised with the agency.', 'Noise complaints should be addressed to your landlord.'],
    ['Any questions can come straight to me.', 'Your call will be directed to the next free advisor.',
      'I have directed your claim to our insurers and will call you on Friday.', 'Any concerns should be raised with me.',
      'Your refund has been sent to your bank.', 'The letter was addressed to your old flat, which is our mistake.']],
  ['our kit said to be tested or inspected, as proof it was sound', 'our-work-was-sound',
    ['Our equipment is inspected daily and works perfectly.', 'Machines are checked every morning.',
      'Our packaging is tested to keep food cold for 48 hours.', 'All harnesses are inspected before each session.',
      'Our scales are calibrated weekly.', 'The lifts are serviced regularly and were fine yesterday.'],
    ['Your boiler is checked every year as part of the plan, and I have booked this year’s visit.',
      'Could you check whether the seal is cracked?', 'I tested the charger myself this morning.',
      'Our equipment was faulty, and I am sorry.', 'The machine is being checked now, and I will call you by 3pm.',
      'Please make sure the ladder is checked before you climb it.']],
  ['a passive promise hung on someone else\'s step, any verb, the step first or last', 'wait-on-an-event',
    ['Refund will be initiated once the airline confirms the same.', 'Once the document is returned it will be dispatched to you.',
      'Once the parts have arrived and the work is complete, the vehicle will be returned to you.',
      'Once the scripts have been marked, results will be published.', 'When the order is packed, it will be sent by courier.',
      'Your deposit will be released when the landlord signs the form.'],
    ['Once the parts arrive, I will fit them on Tuesday.', 'Once your payment cleared on Monday, I sent the tickets.',
      'Your refund will be sent once the bank confirms it, which I have chased for Friday.',
      'I will call you once the engineer has been.', 'Once you have signed the form, the deposit will be released the same day.',
      'When the order was packed, the wrong size was picked, and I am sorry.']],
];

describeRecallFamilies('recall families, session 37 (aimed rule too narrow for the wording)', cases);
