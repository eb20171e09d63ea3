/**
 * Ordered one thing and another turned up ("Ordered a navy sofa, a grey one turned up", "I ordered a blue kettle but a
 * red one arrived"): the customer did not get what they paid for. Look-alikes stay calm: the thing ordered arriving,
 * part of an order arriving as expected, a swap asked for, thanks. Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('ordered one thing, another turned up', {
  upset: [
    'Ordered the walnut desk, an oak one turned up.',
    'I asked for a king duvet but a single one arrived.',
    'hi ordered green tiles and grey tiles were delivered',
    'We chose the matt finish but the gloss version came.',
    'Dear Sir,\n\nI ordered the large frame but a small one was delivered today.\n\nM. Haddad',
  ],
  calm: [
    'Ordered the walnut desk and it arrived this morning.',
    'I ordered six chairs and two arrived this morning, the rest come next week as planned.',
    'I ordered a blue kettle and the blue one arrived, thanks!',
    'Ordered the oak desk, could a walnut one be delivered instead please?',
    'We chose the matt finish and the matt samples came yesterday.',
  ],
});
