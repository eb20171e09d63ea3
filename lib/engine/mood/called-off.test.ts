/**
 * Something of theirs called off by us or ours, with what it cost them told: a flight cancelled and a refund wanted, a
 * class cancelled after they drove in, a tour cancelled after they paid, "train cancelled, next one in 2 hours". The
 * customer lost what they planned and paid for: a team lead wants it acknowledged. Look-alikes stay calm: their own
 * cancelling, a case supposed, a change they agreed to, thanks, a notice with nothing lost. Sentences are invented.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('called off on them, with its cost told', {
  upset: [
    'My ferry was cancelled and I need a refund, not a voucher.',
    'The pottery class got cancelled after we drove 30 minutes to get there.',
    'We paid for the whale tour and it was cancelled for wind.',
    '@CityBus 7:40 cancelled, next one in an hour, no info at the stop',
    'the gig has been cancelled and the booking fee is not refunded',
    'Hello,\n\nOur dinner reservation was cancelled by text with two hours notice.\n\nJ. Ortiz',
  ],
  calm: [
    'I cancelled my gym membership last week and got the email.',
    'If the ferry is cancelled, do I get a refund?',
    'Our Friday session was cancelled and moved to Monday as we agreed, the fee stays the same.',
    'Thanks for the refund after the concert was cancelled.',
    'The Thursday class was cancelled so I went to the Friday one.',
    'When a lesson is cancelled by the school, is the fee credited?',
  ],
});
