/**
 * A promise broken told flatly: a day promised with no one named ("Promised Monday. It's Thursday."), or a sum promised
 * and another billed after it. Look-alikes stay calm: a promise kept, a sum told the same, a question about a price, thanks.
 * Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('a promise broken, told flatly', {
  upset: [
    'Promised Monday for the delivery. It is Thursday.',
    'Guaranteed Friday for the repair. Today is Tuesday.',
    'I was told the renewal would be £30. The invoice says £52.',
    'Your rep said the fee would stay at $15. My statement shows $24.',
  ],
  calm: [
    'I was told the renewal would be £30. The invoice says £30, thanks.',
    'Your rep said the fee would stay at $15. Can I pay it by card?',
    'Promised Monday for the delivery and it came Monday, all good.',
    'I was told the deposit would be £100. I have paid it today.',
  ],
});
