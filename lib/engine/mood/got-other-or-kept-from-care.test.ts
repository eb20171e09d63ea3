/**
 * Two plain grievances: given other than what was booked ("Booked a double, got a twin", "ordered the oak but you sent
 * the pine"), and kept from medicine ("Couldn't get my inhaler", "can't collect Dad's insulin"). Look-alikes stay calm:
 * a swap asked for, thanks, a booking told, a question about medicine. Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('given other than booked, or kept from medicine', {
  upset: [
    'Booked a sea view, got a room over the car park.',
    'We ordered the oak table but you sent the pine one.',
    'Paid for a window seat, was given the middle.',
    "The pharmacy system was down and I couldn't get my inhaler.",
    "Dad can't collect his insulin because the script wasn't sent.",
  ],
  calm: [
    'Booked a sea view and got exactly that, thank you!',
    'I ordered the oak table, could I swap it for the pine please?',
    'We booked a double for Friday.',
    'Can I take my tablets with food?',
    'I ordered the oak table, got it yesterday and love it.',
  ],
});
