/**
 * Session 52, famr52 (issue #10), under the A/B protocol: respect families by what the agent does to the customer, not
 * by word. Doubting their account with other customers' silence, our staff's record or plain disbelief
 * (others-had-no-problem). Our own wording, not taken from dev files, a check batch or held-out data.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['their account doubted, with others or our record as the proof', 'others-had-no-problem',
    ['No other guests have reported a problem with the shower.',
      'Nobody else on the tour has complained.',
      'No one else seems to have had this issue.',
      'Everyone else at the class seemed to really enjoy it.',
      'Everybody else was happy with the food.',
      'You are the only passenger who has mentioned this.',
      "We've never had a complaint about this before.",
      'I find this very hard to believe.',
      'We see no reason to think the parcel was damaged in transit.',
      'They are highly qualified.',
      'Our bakers have baked well over 10,000 wedding cakes.'],
    ['Nobody else has access to your account.',
      'No other fees will be charged.',
      "Thanks for flagging it, you're the first to tell us and I've passed it to the chef.",
      "I'm sorry, nobody else has reported it yet, so I've asked the team to check the line today.",
      'Everyone else in the group has their tickets now.',
      'I find it quicker to book online, but I can book it for you now.',
      'We have no reason to doubt what you saw.',
      'He is very experienced with boilers like yours and will be with you at 9am.',
      'Our driver has delivered your parcel to the front desk.',
      // Review 52: praise that names the customer first or only is no doubt of their account; nor is another person's
      // access or action ("had access") a problem others did not have.
      'You are the first customer to have booked our new suite, congratulations!',
      'You were the only one who has spotted it, great catch!',
      'Nobody else had access to the parcel, it went straight from our warehouse to you.',
      'No one else has a key to your locker.']],
];

describeRecallFamilies('recall families, session 52 (famr52)', cases);
