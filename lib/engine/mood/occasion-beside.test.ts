/**
 * An occasion of theirs spoilt, with the sign told in the sentence next to it or in new words: "lost the first night of
 * our honeymoon", "put in a twin room for our anniversary", "the cake came after the party had started". Look-alikes
 * stay calm: thanks for the occasion, an occasion planned, a question. Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('an occasion spoilt', {
  upset: [
    'The balloons for my birthday came two hours after the party had started.',
    'We booked the lake cabin for our anniversary and were put in a room above the bar.',
    'There was no cake at the table. We had ordered it for our wedding.',
    'The car for our graduation was double-booked and we took a bus.',
  ],
  calm: [
    'Thank you for the flowers for our wedding, they were lovely.',
    "We're planning my son's 6th birthday party for the 14th. Can the DJ keep it low?",
    'Is the garden ever closed in May? We hope to book it for our wedding.',
    "Our anniversary is in June. We'd like a room with no stairs, please.",
  ],
});
