/**
 * A why-question about money taken or kept against what was agreed: a bill above the plan, a fee charged again, a
 * deposit kept, part of a refund missing, an invoice over the quote. The question is the complaint: the customer has
 * lost money they did not agree to lose. Look-alikes stay calm: a why-question about a price in general, one the customer
 * says is only to understand, a question what a charge is, a why about something with no money taken.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('why was I charged: money taken against what was agreed', {
  upset: [
    'Why is my broadband bill £58? The contract says £30.',
    'why did you charge me the booking fee twice',
    'Why have you only refunded £20 of the £65 I paid?',
    'Why has the hotel kept my £150 deposit? We left the room spotless.',
    'Why is our invoice £400 more than the quote?',
    'Why am I paying for premium when I downgraded in April?',
    'Why did my monthly payment go up when you promised a fixed price for two years?',
    'Why was I charged the admin fee again? It was waived last time.',
  ],
  calm: [
    'Why is the yearly plan cheaper than paying monthly?',
    'Why is my bill higher in winter? Just trying to understand the tariff.',
    'Why is there a £1 charge when I add a card, is that a test payment?',
    'Why do I need to pay a deposit for the bike hire?',
    'Why does the app need my location?',
    'Why did my parcel go to the depot first?',
    'Why is my bill lower this month? Not complaining!',
    'Why do you charge a booking fee on the app but not at the box office?',
    'why is my bill £20 more this month',
    'Why did my bill double this quarter?',
  ],
});
