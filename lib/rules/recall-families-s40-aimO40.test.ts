/**
 * Session 40, aimO40 (issue #10: ownership and follow-through misses on the tune files, cause b and a). Each family is a
 * grammar change in an ownership rule: the case said to sit with another team, the customer sent to phone or write to a
 * named party as a mere option, somebody else who "will be happy to help", another party's discretion, and volunteers as
 * the reason to make allowances. Flags and near misses are written here, not taken from dev files, a check batch or
 * held-out data.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['the case said to be sitting with another team, as where it is', 'left-with-another-team',
    ['Your claim is currently with our valuations team.', 'The refund request is with the finance department.',
      'ur complaint is still with the branch office', 'The paperwork is still with our conveyancing team.',
      'Your ticket is open and with the network vendor.', 'Status update: pending with the billing team.',
      "Honestly it's probably just sitting with them.", 'It is with the lab for testing.'],
    ['Your claim is with our valuations team, and they will call you by 4pm on Friday.',
      'Your parcel is with the courier and arrives tomorrow.', 'I am with the claims team until five.', 'Your son is with our ground team at gate 4 right now.', 'She is with our design team this week.',
      'She is waiting with the dog at reception.', 'The manager is with the sales team today.',
      "I've got your claim with me now and will ring you at 3pm.", 'Your refund is with our finance team, but I will chase it myself this afternoon.']],
  ['the customer sent to phone or write to another party, as a mere option or a please', 'contact-them-directly',
    ['You may contact the Pensions Unit during office hours.', 'Please call Hartwell Appliances on 0800 555 0199.',
      'you can ring security yourself on extension 4', 'maybe call your bank?',
      'Please contact your employer for the payslip.', 'You can email accounts@example.com with the invoice number.',
      'Kindly contact the building management.'],
    ['You can call me on 0800 555 0199 any time.', 'Please email the photos to me and I will sort it.',
      'Please call us back if it happens again.', 'Please check with your GP if you are unsure.', "I'll contact Hartwell Appliances for you this afternoon.",
      'If you ever need to contact your GP out of hours, the number is on the card.',
      'I have emailed accounts@example.com for you and copied you in.', 'You can open the app and see the new date.']],
  ['somebody else there "will be happy to help", the customer sent to them', 'staff-will-contact',
    ['Take it back to the shop and a member of staff will be happy to assist.',
      "Drop them a message in the app and they'll be happy to look into this for you.",
      'Please go to the information desk where our customer team will assist you.',
      'A member of the team would be glad to help with this.',
      'Our team would be happy to look into it.', 'The front desk staff will be pleased to help.'],
    ['I will be happy to help.', 'Our team will never ask for your password.',
      'Our staff will assist you with your bags on arrival, and I have booked the porter.',
      'Happy to help with anything else.', 'They were happy to help on the day, I hope.',
      'I would be glad to look into this myself; I will call you at 2pm.']],
  ["another party's discretion, after any verb or as their own", 'not-my-department',
    ['Refunds are granted at the discretion of the venue.', 'Upgrades happen at their discretion.',
      'The panel will decide at its own discretion, and they may say no.', 'which is at their sole discretion',
      'Refunds are only given at the discretion of the manager.', 'Any goodwill payment is made at his discretion.'],
    ['The refund is at your discretion: card or voucher.', 'I have used my discretion and waived the fee.',
      'Please use your own discretion with the settings.', 'We applied the discount at our discretion, so it is yours.',
      'Discretion is part of the job here.', 'You can choose at your discretion which day suits.']],
  ['volunteers as the reason to make allowances', 'third-party-to-blame',
    ["We're all volunteers here so things do move slower.", 'The coaches are volunteers so please be patient.',
      'Our drivers are volunteers and sometimes routes run over.', 'The helpers are all volunteers and do their best.',
      'The committee is unpaid and cannot answer every email.', 'Our stewards are volunteers so mistakes can happen.'],
    ['Our guides are volunteers who love the river.', 'Our drivers are volunteers and they love the route.', "We're all volunteers and the shop opens at weekends.",
      'The coaches are volunteers, and I have asked the head coach to call you tonight.',
      'We are always looking for volunteers.', 'Would you like to volunteer with us next season?',
      'Thank you for volunteering at the fair last week.']],
];

describeRecallFamilies('recall families, session 40 (aimO40: ownership hand-offs in shapes the rules did not know)', cases);
