/**
 * Session 38 (issues 10 and 15): upset customers told in calm words — what rides on the problem, time given up for it,
 * our work that came back, the same let-down counted in a row, harm done to their things by whoever handled them —
 * read as owed an acknowledgement; calm how-to questions and plans of the same shape stay calm. Sentences are invented
 * for these tests, in several voices (terse, chatty, British, non-native, formal).
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('what rides on the problem, said beside it', {
  upset: [
    'The van has been at your garage three weeks and nobody calls back. I need the van for my rounds.',
    'My wages were not paid in. I have rent to pay.',
    'shop payouts paused again, no reason given. this is my only income',
    'The parts never came. The customers are waiting and I look a fool.',
    'Dear team, the deposit has still not been returned. This money matters to us.',
  ],
  calm: [
    'I need my car for work, can I book the service for a Saturday?',
    'If the hub is late I need it by the 3rd, is that ok?',
    'We have staff to pay on Friday. Can you confirm the payroll run time?',
    'Our customers are waiting to hear about the new range, any date yet?',
    'The invoice came through fine. I need it for my accounts.',
  ],
});

describeUpsetCases('time given up for it', {
  upset: [
    'The fitter never came. I took the day off work for this.',
    'Went to collect at 4 like the text said, shop was shut. Wasted journey.',
    'drove 50 minutes to the depot and the parcel was not there',
  ],
  calm: [
    'I am taking a day off on Friday, could the engineer come then?',
    'I drove 20 minutes to the store and picked it up, thanks!',
    'Can I collect in person? It is a 40 minute drive for me.',
  ],
});

describeUpsetCases('our work back, or the fault still there after it', {
  upset: [
    'Your team cleared the drain on Monday and it is blocked again... sorry, the smell is back.',
    'The wasps are back in the loft. You treated the nest in June.',
    'you fitted the seal last month and the leak has come back through the frame',
  ],
  calm: [
    'You fitted the boiler last year and it is working great. When is the annual service due?',
    'The engineer came back this morning and it is all sorted, thank you.',
    'Your technician visited on Monday. Can I get a copy of the report?',
  ],
});

describeUpsetCases('the same let-down counted in a row', {
  upset: ['Second delivery in a row with the eggs smashed.', 'fourth late train this week, you lot'],
  calm: ['This is our third order this month, could we open a trade account?', 'Two years in a row we have booked with you, can we get the same cabin?'],
});

describeUpsetCases('harm done to theirs by whoever handled it', {
  upset: [
    'The removal men scratched our dining table.',
    'courier threw the box over the gate and the lamp inside has snapped',
    'The cleaner bleached my navy rug. It was my grandmother\'s.',
  ],
  calm: [
    'If the movers scratch the floor, who pays?',
    'The driver dropped off the parcel at noon, all fine.',
    'Your engineer tipped us off about the grant, very kind.',
    'Someone has dumped a sofa on our street, can the council collect it?',
  ],
});

describeUpsetCases('a need of theirs said beside the problem', {
  upset: [
    'My dad is hard of hearing and the engineer has cancelled the loop fitting twice now.',
    'i use a wheelchair and the taxi you sent has no ramp',
    "I've been ill since March. Now the council says my allotment is being taken away.",
  ],
  calm: ['I use a wheelchair. Is the venue step-free?', 'My son is allergic to nuts. Do the cookies contain nuts?', "I'm deaf, so please text rather than call."],
});

describeUpsetCases('a near date of theirs beside a problem asked in complaint', {
  upset: ['got a text saying the cake order is cancelled?? the christening is on Sunday', 'Still no passport back. Registration closes on Friday.'],
  calm: ['Our baby is due next week, can we move the delivery to Tuesday?', 'Registration closes Friday, how do I sign up?'],
});
