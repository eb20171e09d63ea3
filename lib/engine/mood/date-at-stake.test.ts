/**
 * A problem told against a date of theirs close at hand ("…a size too small. Our show opens tomorrow."): the date is
 * what makes it hurt, though no feeling is named. Near misses: the date with a plain request, a question only, thanks.
 * Messages are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('a problem against a date at stake', {
  upset: [
    'The flowers came in pink, not ivory. The ceremony is on Saturday.',
    'The uniforms have no logo on them. Term starts next week.',
    'My visa application still has no decision. My start date is next month.',
  ],
  calm: [
    'Our wedding is on the 14th. Could we add two more guests to the booking?',
    'We have a board meeting Friday. Can I book the large room for it?',
    'We need two more boxes of napkins. Our wedding is in 3 weeks.',
    'Our move is next week, could you pause the deliveries until then?',
    'No rush at all, the event is in 3 weeks.',
  ],
});
