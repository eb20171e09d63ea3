/**
 * What a fault cost the customer, counted: sales or bookings lost, hours or a day wasted, a trip made for nothing, a day
 * taken off for it. A team lead wants that cost acknowledged. Look-alikes stay calm: a loss that was the customer's own
 * doing or said to be no big deal, a question about it, thanks, a loss of weight or a game. Sentences are invented.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('what the fault cost them, counted', {
  upset: [
    'The booking widget was down all Saturday. We lost about 30 covers.',
    'Till crashed at lunch, lost maybe a dozen orders — well, 12 orders.',
    'Three days of production lost while the press waited for your part.',
    'Half the lesson was wasted because the projector would not start.',
    'Drove across town to the depot for nothing, the parcel was not there.',
    'I took a day off work for this and the engineer never rang.',
    "Your form has stopped sending. We're missing leads.",
    'The update wiped the rota and we lost two shifts of cover.',
  ],
  calm: [
    'I lost 5 kilos on the plan, thank you so much!',
    'If the site is down for an hour, how many orders could we lose?',
    'Lost two hours setting it up but that was my own fault, all good now.',
    'We lost the match on Saturday but the new kit looked great.',
    'Can I take a day off from the meal plan at the weekend?',
    'I lost my card, how do I order a new one?',
    'We drove over for the open day and loved it.',
    'Is half the session spent on theory?',
    'If my flight is delayed 3 hours, can I claim the cost of a hotel?',
  ],
});
