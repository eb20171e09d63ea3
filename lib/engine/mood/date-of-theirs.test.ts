/**
 * A fault told beside a date of theirs close at hand that is not an event by name: coursework due, wages paid, a
 * flight taken ("assignment due friday", "We pay staff tomorrow", "I fly on Monday"). Look-alikes stay calm: a date
 * with nothing wrong, a question, a fault with no date. Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('a fault beside a date of theirs close at hand', {
  upset: [
    'The upload page loops back to the start. Essay is due tomorrow.',
    'The payslip run drops anyone on a part-time contract. We pay staff on Friday.',
    'The new passport case I bought has a split seam. I fly on Monday.',
  ],
  calm: [
    'Does the upload page accept PDF? My essay is due next month.',
    'Can we add a new starter to the payroll? We pay staff on the 28th as usual.',
    'I fly on Monday and the case is packed, thanks for the quick delivery!',
  ],
});
