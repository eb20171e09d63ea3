/**
 * What they came or paid for, spoilt on arrival: put somewhere poor (next to the bins, behind a pillar), what they booked
 * not there or taken, a long time before help came, a quote and then a bigger invoice, a delivery at the venue after the
 * service began. Look-alikes stay calm: a place they asked for, a question about seating, an order not ready "yet", a
 * quick arrival, a quote matched. Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('put somewhere poor, or what they booked not there', {
  upset: [
    'We got seated right next to the toilets for the whole dinner.',
    'Our stall was pitched behind the skips at the fair, hardly anyone came past.',
    'The window seat we booked was given away to someone else.',
    "the birthday meal I pre-ordered wasn't on the table when we sat down",
    'The recovery van took five hours to reach us on the hard shoulder.',
    'You quoted $400 for the rewire and now the bill says $650.',
    'The order of service arrived at the chapel after the funeral had started.',
    'Our tent pitch is right next to the toilets, and it was the dearest one.',
    'The chemist gave me 14 pills instead of 28 and the surgery is shut till Monday.',
  ],
  calm: [
    'We were seated next to the window as we asked, thank you.',
    'Can we be seated away from the speakers? My dad has sensitive hearing.',
    "My order isn't ready yet, no rush, I'll come tomorrow.",
    'The recovery van took twenty minutes to reach us, great service.',
    'You quoted $400 for the rewire and the bill says $400, all good.',
    'The flowers arrived at the chapel an hour before the service.',
    'Could you send 10 boxes instead of 12 next time? We have less space.',
    'I would like 30 tablets instead of 60 on the next repeat, please.',
  ],
});
