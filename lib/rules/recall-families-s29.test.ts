/**
 * Session 29 (issue #10, held-out recall on ownership, interaction and empathy): each family is tested on its rule
 * alone, with paraphrases written here (not from dev-extra-dk, dev-extra-dl, a check batch or held-out data) and near
 * misses, some of them sentences of warm dev replies (aq047, u0011, f0009, s0078, ci027, cx027) that must stay quiet.
 * Every flag here was missed by its rule before this session.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['the work told as a party\'s standing arrangement, in any verb, passive or active', 'left-with-another-team',
    ['Boiler parts are ordered by our heating contractor.', 'Replacement keys are made by a third-party supplier.',
      'Seat maps are drawn up and published by the airport.', 'The lettings agency decides the deposit deductions.',
      'Our courier partner sets the delivery windows.', 'Legal handles all the chargeback letters.',
      'Course dates are fixed by the exam board.'],
    ['Claims over £500 are checked by a vet on our team, which usually takes a few extra days.',
      'Lids are covered by our lifetime warranty, so a new one is on us.',
      'The bread is baked by our own team every morning.',
      'Replacement keys are cut by our locksmith partner, and I have asked them to post yours today.',
      'Your parcel was collected by the courier at 3pm, so it arrives tomorrow.']],
  ['a fault said to happen as a kind of thing, hedged or not, at the start or after a linking word', 'happens-from-time-to-time',
    ['Glitches can happen with any new app.', 'Honestly, errors do occur in busy weeks.', 'Sadly breakdowns will happen on older buses.',
      'The wool is natural, and unfortunately shrinkage may occur.', 'Problems of this kind do arise in winter.',
      'Hiccups happen with big orders.'],
    ['If any errors occur, ring me on 0161 555 0192 and I will sort it.',
      'Errors can happen when the card has expired, so check the date first.',
      'No problems occurred during the survey, so you are all set.',
      "Mistakes happen, and this one was ours, so I've refunded you in full."]],
  ['a mistake guessed at, or told in any passive with no one making it', 'mistake-was-made',
    ['Some kind of error may have occurred with your booking.', 'An oversight appears to have occurred at the depot.',
      'Your postcode was keyed in wrongly.', 'The labels were printed incorrectly.', "Your direct debit wasn't set up properly.",
      'The order was not packed correctly.'],
    ['Your payment was taken correctly and the receipt is attached.', 'I typed your postcode in wrongly, and I have fixed it.',
      "If anything was entered wrong, tell me and I'll change it.", 'No error occurred on our side; the card issuer declined it.']],
  ['the stock "we understand this may be frustrating" in any tense, hedge or verb of knowing', 'we-understand-your-concern',
    ['We understand this may have been upsetting.', 'We totally get how frustrating that can be!',
      'I appreciate this has been a difficult experience for you.', 'We get that this could be an inconvenient situation.',
      'I understand it must have been really stressful.'],
    ['I understand how frustrating this is after the effort you put in.', 'I understand how frustrating that is after three months.',
      'I completely understand how worrying this is with only two days of tablets left.',
      "We understand this is frustrating, and I've refunded the delivery fee today."]],
  ['sorry for the customer\'s taste or expectations, not for what went wrong', 'sorry-you-feel-that',
    ['We are sorry to learn you did not enjoy the tasting menu.', "I'm sorry you didn't like your new glasses.",
      'We are sorry the apartment was not what you expected.', 'Sorry that the cake was not to your liking.',
      'We regret that the course did not meet your expectations.'],
    ["Thank you for letting us know, and I'm sorry the collection was missed.",
      "I'm sorry you didn't enjoy the show, and I've refunded both tickets.",
      "Sorry the parcel wasn't what you ordered: the right one goes out today."]],
  ['the matter judged closed by any verb, or the talk declared over', 'this-concludes',
    ['We regard this complaint as concluded.', 'The store deems the matter to be closed.', 'There is honestly nothing more to say.',
      "There's nothing further to discuss on this.", 'Nothing more to add from us.'],
    ["If there's nothing else to add, I'll book the engineer for Tuesday.", "There's nothing more to pay: the balance is cleared.",
      'We consider every appeal carefully, and yours is booked for review on Monday.']],
  ['"not something we can do anything about" with any helper or verb', 'not-my-department',
    ["It's not something the branch can do anything about.", 'That is not something we can fix.'],
    ["That's not something we can fix, but I have asked the bank to call you today.",
      "It's not something you need to do anything about."]],
];

describeRecallFamilies('recall families, session 29', cases);
