/**
 * Session 42, aimA42 (issue #10): the three findings of review 41 on respect and empathy rules, each written as flags and
 * warm near misses in our own wording (not taken from dev files, a check batch or held-out data):
 * - you-probably-did: a guess at the customer's slip flags wherever the hedge sits, even when the sentence also says what
 *   they received, noticed or reported ("…when you reported it"); what they were given or found still passes.
 * - lesson-for-next-time: a tip told as what doing it gets the customer ("For next time, booking before Friday gets you
 *   the early rate") is help, not a lesson; the order, and the gerund that names no gain, still flag.
 * - we-understand-your-concern: noting a detail the customer gave ("…and have noted the new address") is a record, not a
 *   stock line; noting the concern itself still hints.
 * And one exemption narrowed under the A/B protocol: contact-them-directly no longer excuses a hand-off for "if you have…".
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['a guess at their slip beside what they received, noticed or reported', 'you-probably-did',
    ['Most likely you typed it wrong when you reported it.',
      'Most likely you deleted the folder after you got the email.',
      'You probably entered the code wrong when you received it.',
      'Chances are you saved it under the old account when you noticed the error.',
      'Presumably you skipped the check before you reported the fault.',
      'You must have set the timer wrong when you found the oven.',
      'My guess is you clicked the old link you received last month.',
      'I suspect you cancelled it yourself when you mentioned the move.'],
    ['Most likely the card issuer paused it; here is how to check.',
      'I see you received the wrong item; a new one ships today.',
      'Thanks, you spotted the wrong date on the invoice.',
      'You probably noticed the new look of the app this week.',
      'Chances are you noticed the new menu already.',
      'You reported the wrong charge, and you were right to.',
      'You probably received the wrong size because of our label mix-up.',
      'Most likely you got the old email, as the new one went out late.',
      'Good catch: you found the wrong price on the shelf tag.']],
  ['a tip for next time told as what doing it gets them', 'lesson-for-next-time',
    ['For next time, please book before Friday.',
      'In future, checking the label before washing would have avoided this.',
      'For next time, reading the terms would have saved everyone a lot of trouble.',
      'Please read the terms properly next time, as reading them saves you a lot of hassle.',
      'Read the manual carefully in future; following it gets you the best results.',
      'From now on please book the slot at least a day ahead.',
      'In future, please label the box with your booking number.',
      'Going forward, measure the alcove before ordering.'],
    ["For next time, booking before Friday gets you the early rate, so it's worth a look.",
      'For next time, booking early saves you the queue at the gate.',
      'For next time, booking early means you get the best seats.',
      'In future, ordering by noon gets you same-day dispatch.',
      'For future reference, joining the loyalty scheme earns you points on every stay.',
      'Next time, checking in online gives you a free seat choice.',
      'Going forward, paying by direct debit saves you the monthly reminder.',
      'In the future, linking your card gets you the member price automatically.']],
  ['the concern noted, not a detail the agent confirms', 'we-understand-your-concern',
    ['We understand your concern.',
      'We understand your concern and have noted it.',
      'We appreciate your concerns and they have been logged.',
      'I understand your frustration and have noted your feedback.',
      'We acknowledge your disappointment and have passed it on.',
      'I understand your frustration and have duly noted it.',
      'We appreciate your concerns and have raised this with the team.',
      'We understand your concern, and the matter has been passed on.'],
    ['I appreciate your concern and have noted the new address.',
      'We understand your concerns about the move, and we have noted the new address.',
      'We appreciate your worry and have recorded your new phone number on the account.',
      'I understand your frustration and have logged the correct serial number.',
      'We appreciate your concern and have updated the delivery address.',
      'I understand your worry and have noted the new date for the visit.',
      'We understand your concern and have recorded the correct meter reading.',
      'Thanks for the update, and we have noted the new address.']],
  // Kept by the A/B protocol (session 42): an exemption narrowed, not a new family.
  ['a hand-off with "if you have any questions" is still a hand-off', 'contact-them-directly',
    ['Please speak to the room leader if you have any concerns.',
      'Please contact the courier directly if you have any questions.',
      'If you have any questions about the refund, please contact your bank directly.',
      "I'd suggest you call the venue if you have any worries about access.",
      'If you have a problem with the fitting, take it up with the installer.',
      'We recommend checking with your insurer if you have any doubts.',
      'Any questions should be directed to the accounts team if you have them.',
      'Please raise it with the landlord if you have further issues.'],
    ['If you ever need to contact your GP, their number is on the discharge letter.',
      'If you want to speak to the courier yourself, here is their number, but I am chasing them too.',
      "Let me know if you have any questions and I'll sort it.",
      "If you have any questions, just reply here and I'll help.",
      'If you have the app, the driver\'s location shows live, and I am tracking it too.',
      'Please contact me directly if you have any questions.',
      'If you need to reach the hotel tonight, their number is 01632 960123.',
      'If you wish to contact the venue too, I have copied them in.']],
];

describeRecallFamilies('session 42, aimA42: review 41 findings (respect, empathy)', cases);
