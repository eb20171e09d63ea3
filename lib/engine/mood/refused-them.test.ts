/**
 * Something they asked for refused, declined or rejected, told as done: a claim declined, a return refused, an
 * application turned down, entry refused, a place withdrawn. What they asked for was turned down: a team lead wants that
 * acknowledged before the reasons. Look-alikes stay calm: their own refusing, a card declined with nothing more told, a
 * supposed case, a question about the process, a decision overturned. Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('refused what they asked for', {
  upset: [
    'My warranty claim for the cracked hob was rejected.',
    'you turned down my refund. the shoes were never worn',
    'The landlord refused to return our deposit and gave no reason.',
    'We were turned away at the door with our tickets in hand.',
    'Hello,\n\nOur mortgage application has been declined after six weeks of paperwork.\n\nRegards,\nKofi Mensah',
    'Return refused at the till, receipt and all.',
    'my daughter was denied boarding because of a typo in her name',
  ],
  calm: [
    'I declined the extended warranty at checkout, can I still add it?',
    'If my claim is rejected, can I appeal?',
    'My card was declined at the till, I used another one.',
    'What happens when an application is turned down? Is there a fee?',
    'Good news, the appeal was accepted and my claim is no longer rejected.',
    'We politely refused the upgrade they offered at the desk.',
  ],
});
