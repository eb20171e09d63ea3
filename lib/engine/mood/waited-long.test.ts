/**
 * A wait told by its length or since a clock time ("we stand 40 minutes", "been stood on the platform since 6:40", "sat
 * at the gate for five hours"), or a thing that came a counted time late: the customer's time lost. Look-alikes stay
 * calm: a wait offered or planned, a wait that ended in thanks, a seat booked for a time, a question. Sentences are
 * invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('kept waiting a long time, or later than paid for', {
  upset: [
    'We stood at the desk 45 minutes before anyone came.',
    'Sat in reception for two hours with my appointment letter.',
    'been queuing since 7:15 and the counter still isnt open',
    'My mother waited in the cold for an hour for the transfer bus.',
    'The cake arrived three hours late.',
    'Paid for express postage. The parcel came four days later.',
  ],
  calm: [
    "I'm happy to wait an hour if it means the same engineer.",
    'We can wait two days, no problem.',
    'Waited 30 minutes but the tour guide was brilliant, thank you!',
    'How long will I wait for a table on Saturday?',
    'We sat down for dinner at 8pm as planned.',
    'I ordered on Monday and it arrived two days later.',
  ],
});
