/**
 * Charged, billed or paid for one amount while another was true ("charges us for 40 hours but … 22", "fare RM68 instead
 * of RM30", "charged for 3 nights when we stayed 2"): money taken for what they did not get. Look-alikes stay calm: a
 * request to change an amount, a puzzle about a bill, thanks, a single sum. Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('charged for more than they got', {
  upset: [
    'The invoice bills us for 16 hours but the fitters were here for 9.',
    'Charged for 3 nights when we only stayed 2.',
    'Taxi fare was ₹900 instead of the ₹450 on the app.',
    'You charged 40 licences yet we only have 25 staff.',
    'The show lasted 20 minutes, not the 60 we paid for.',
  ],
  calm: [
    'Could you bill us for 16 hours instead of 20 this month?',
    "I don't understand why the invoice says 16 hours when the quote said 20. Is something I'm missing?",
    'Thanks for charging 2 nights instead of 3, very kind.',
    'The invoice for 16 hours arrived, all fine.',
    'Can I pay for 2 seats instead of 3?',
  ],
});
