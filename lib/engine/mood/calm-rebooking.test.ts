/**
 * Session 29 (issue #10): calm requests the mood reader read as upset, so a warm reply got an acknowledgement card.
 * Tickets the customer bought are no support tickets raised ("I booked 3 tickets but one name is misspelt"); a slot of
 * ours the customer cannot make and asks to move is a rebooking, not a hurry ("The fitting is on Monday at 9 but I can't
 * drive that early; could it be moved?"). Beside them, the upset forms still read upset: tickets raised, a slot missed
 * with a deadline that stands, being kept from something they need, fewer got than were bought. Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('tickets bought and a slot to move are calm; tickets raised and a hurry are not', {
  upset: [
    "I've raised three tickets about the refund and nobody answers.",
    'I have had three calls about this and nobody fixed it.',
    'My interview is tomorrow at 10 and the train is cancelled. Can you move my ticket to an earlier train?',
    'My appointment is tomorrow at 9 and nobody has confirmed it. I need to know now!',
    "I can't drive my car since you fitted the new tyre.",
    'We bought three passes for the tour but only received two.',
    'Ordered 6 mugs for the cafe and got just 4.',
  ],
  calm: [
    'Hi, I booked 3 tickets but the name on one is wrong. Can I change it?',
    "We purchased two tickets and now my friend can't come, can the second one go to my sister?",
    'We ordered four tickets for the gala but my sister now has a name change, can the ticket be reissued?',
    "The eye test is on Thursday at 8am but I can't drive that early. Could it be rescheduled?",
    'The meeting with the adviser is on Friday at 2pm but I cannot make it, could we do a different day?',
    "I've got an appointment on Monday at 9 and I can't get there that early, is a later slot possible?",
  ],
});
