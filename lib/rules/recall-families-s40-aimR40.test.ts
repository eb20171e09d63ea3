/**
 * Session 40, aimR40 (issue #10, respect). Three families of respect misses found on the tune files, each fixed by
 * grammar, and the two leftovers of the session-39 review. Flags and near misses are written here, not taken from dev
 * files, a check batch or held-out data.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['the customer\'s slip told in the passive, no doer named (done wrong, or not done right)', 'done-wrong-unnamed',
    ['Your application form was completed incorrectly.', "It's nearly always because the postcode was keyed in wrong.",
      'The seal had been fitted incorrectly, which is why it leaked.', 'Jams like this happen when the bobbin is inserted incorrectly.',
      'the documents were not uploaded properly', "From the photos, the decking wasn't being oiled correctly.",
      'It is possible the cake was stored improperly after collection.', 'ur payment wasnt made correctly'],
    ['The label was printed wrongly at the warehouse, so a new one is on its way.',
      'Sorry, the charge was applied wrongly and the refund is already out.',
      'If anything was packed wrong, just tell me and I will swap it.',
      'Make sure the filter clicks in properly and you are all set.',
      'The blind was fitted wrong by our fitter, and he is back on Tuesday to redo it.',
      'Your address was entered incorrectly, so I have corrected it and resent the parcel.',
      'Everything was installed correctly and the boiler is running.']],
  ['what the customer says happened, put as a belief they may hold', 'if-you-believe',
    ['If you believe the debt was paid, please send proof of payment.', 'If you believe this is in error, you may appeal in writing.',
      'Should you feel the decision is incorrect, contact the complaints team.',
      'if you think the meter was read wrongly, send a photo of it',
      'If you genuinely believe that a payment has been misallocated, forward the remittance.',
      "If you feel it's warranted, you can escalate to the ombudsman.",
      'Where you consider the penalty was issued unfairly, an appeal form is attached.'],
    ['If you believe the charge is wrong, I will refund it straight away.', 'If you feel unwell after the treatment, call us any time.',
      'If you think the blue one is better suited, I will swap it.',
      'If you feel the parcel was damaged, send me a photo and I will replace it today.',
      'I believe the debt was paid, and I have asked the bank to confirm.', 'If you think of anything else, just reply here.',
      'If you feel you would be more comfortable with a female doctor, we can arrange it.',
      'If you believe your photo is protected by copyright, you can file a claim.']],
  ['advice to the customer\'s whole category, with a modal, "all", "not" or "to"', 'lecturing-order',
    ['We advise customers to photograph the meter every month.', 'We do advise all members to check their settings every year.',
      'we would always advise clients not to book builders before delivery', 'We recommend that guests do not leave bags in the car.',
      'We strongly recommend that parents label every item.', 'We would recommend owners to service the bike each spring.'],
    ["We ask guests to check out by 11, but I've moved yours to 1pm.", 'We advise customers of any delay by text.',
      'Our customers recommend the blue one, and I have put one aside for you.',
      'We recommend the window seat for the view!', 'I would recommend the 10am slot, as it is quieter.',
      'We recommend customers like you for the loyalty club, so I have added you.']],
  ['the guess followed at once by an offer to help is no blame (review 39)', 'blames-by-guess',
    ['It\'s most likely a setting on your side.', "It's most likely a firewall setting on your end."],
    ["It's most likely a setting on your side, so let me walk you through it on a quick call.",
      'Most likely a cable on your end, happy to talk you through swapping it.',
      "It's probably a setting on your side, let me show you where it is.",
      "It's most likely a router setting on your end, glad to help you check it now."]],
  ['"valued" or "esteemed" before any role noun (review 39)', 'dear-customer',
    ['Dear valued Ticketholder,', 'Dear esteemed Shareholder,\n\nThe meeting has moved to Monday.', 'Hello valued Leaseholder,',
      'Good morning esteemed Policyowner,', 'Dear valued Cardmember, your statement is ready.', 'Hi valued Pass-holder!'],
    ['Dear Mr Patel,', 'Dear esteemed Dr Okafor,',
      'Hello Priya, thanks for being a valued customer of ours.', 'Hi Tom, your valued feedback is with the team.',
      'Dear Ms Valued,']],
];

describeRecallFamilies('recall families, session 40 aimR40 (respect)', cases);
