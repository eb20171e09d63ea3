/**
 * Something done against the customer although they did their part: a fine although they had a permit, a charge
 * although they paid or cancelled, a card declined with money in the account, a claim rejected although they sent what
 * was asked. The customer has done right and still pays for our mistake: a team lead wants it acknowledged. Look-alikes
 * stay calm: a question about a fine or a charge, their own slip, a charge they say is right, thanks for putting it
 * right, a payment told with nothing done against them. Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('done against them although they did their part', {
  upset: [
    'Got a penalty notice but I had a visitor permit showing the whole time.',
    'You billed me for June even though I cancelled in May.',
    'My subscription renewed although I switched off auto-renew last year.',
    'The booking was cancelled by your system but we paid the deposit on time.',
    'Application refused for a missing passport scan. I uploaded it twice.',
    'My card was declined at the chemist, there is £300 in my account.',
    'They offloaded us at the gate although we checked in early.',
    'We got to the cinema and were told the screening was full even though we had tickets.',
    'I cancelled in June but I was billed for July anyway.',
    'paid for the car park online but still got a ticket',
    'Got a £40 penalty but my account was set to pay automatically.',
    'Hey, my contract renewed even though I gave notice in May??',
    'The coach left without us even though we were at the stop on time.',
    'hi they ticketed my van yesterday but i displayed the blue badge like always',
    'Dear team,\n\nWe were charged a late fee despite paying on the 1st.\n\nRegards,\nN. Mensah',
  ],
  calm: [
    'Can I pay my penalty notice online?',
    'My card was declined but I had typed the wrong PIN, sorted now.',
    'You charged me £5 but I had added the extra bag, so that is right.',
    'Thanks for cancelling the fine once I sent the permit photo.',
    'I paid the deposit on Friday, could you confirm it has arrived?',
    'I cancelled my order this morning, just checking the refund goes back to my card.',
    'Will the subscription renew automatically if I have already paid for the year?',
    'There is £300 in my account, can I move it to savings?',
    'Will my contract renew even though I gave notice?',
    'I paid the invoice yesterday but used the old reference, sorry about that.',
    'I booked online and got the tickets by email straight away.',
    'The car park was full but we had tickets for the park and ride, so all good.',
  ],
});
