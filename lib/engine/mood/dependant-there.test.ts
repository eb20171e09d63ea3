/**
 * A problem told beside someone who depends on the customer, there with them: a baby in the house, children in the
 * car, an old pet, the customer's own age. What the fault costs a dependant makes it one a team lead wants
 * acknowledged. Look-alikes stay calm: children named in a plan or a question, a dependant with nothing gone wrong,
 * thanks. Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('a problem beside a dependant there with them', {
  upset: [
    'The lift in our block is still out. I have a newborn and a pram.',
    'Our flight was cancelled at midnight and we sat at the gate for five hours with two toddlers.',
    'Nobody came to fix the heating on Friday. We have three kids at home.',
    'The holiday let was double-booked when we arrived. My kids waited in the car till 1am.',
    "The groomer's appointment was given away. She's 14 and hates waiting rooms.",
  ],
  calm: [
    'We have two kids. Is there a family room with a cot?',
    "We're coming with a baby on Saturday, can we bring a pram into the museum?",
    'My kids are 6 and 9 and love the climbing wall. Do you do birthday parties?',
    'Thanks so much for letting us board early with a baby, it made the flight so much easier.',
    "She's 12 now and the new saddle fits her beautifully.",
  ],
});
