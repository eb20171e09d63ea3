/**
 * Paid for something and it is not there, or a sum paid told beside what went wrong: "bought the season pass for the
 * lounge, the lounge isn't open", "I paid £900 for this", "Paid $60. The heater never worked." The money is spent and the
 * thing is missing: a cost to them. Look-alikes stay calm: a payment told with nothing wrong, something not here yet,
 * a swap asked for, their own "not", a question. Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('paid for it and did not get it', {
  upset: [
    'We paid for the half-board package and the dinners were not included.',
    'I upgraded to the family plan, but my kids still have no access.',
    'bought the season ticket for the parking and there is no parking',
    'The fence panels you fitted are already leaning. I paid £1,200 for this.',
    'The boat engine cut out twice on the lake. We paid €140.',
    'Hi,\n\nThe projector in the room you hired us never worked. We paid $300 each for the workshop.\n\nThanks,\nLena',
  ],
  calm: [
    'I paid £50 by transfer yesterday. Can you confirm it arrived?',
    "I ordered the table on Monday and it hasn't shipped yet, no rush.",
    'I bought the blue one but I would like to swap it for the green, please.',
    'We paid £200 for the course and it was worth it, thank you.',
    "I booked the 2pm slot but I can't make it now. Can I move it?",
    'I paid for the premium plan. How do I turn on the reports?',
    'we booked two rooms for the weekend but my son is vegan, no dairy either. can the kitchen cope?',
  ],
});
