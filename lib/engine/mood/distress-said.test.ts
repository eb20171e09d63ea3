/**
 * Distress said in so many words, though not with a feeling adjective: crying or lost sleep told of themselves, a thing
 * "stressing me out", the situation called a disaster or a nightmare, "I feel violated". Near misses: glad tears, a
 * disaster denied, a "nightmare" used of nothing that happened to them. Messages are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('distress said in so many words', {
  upset: [
    'The venue rang to say our date is gone. I have been crying since.',
    'We were sobbing in the car park after the vet called.',
    "Honestly I'm losing sleep over this tax letter.",
    'The move is on Friday and the van company still has not confirmed. It is stressing me out.',
    'Half our invoices went to the wrong clients. This is an absolute nightmare.',
    'The app double-booked every class this week. It has been a complete shambles.',
    'Your staff went through my drawers while I was out. I feel totally violated.',
    'Our stand never arrived at the expo. The whole thing was a disaster.',
  ],
  calm: [
    'We cried with laughter at the card you sent, thank you!',
    "It's not a disaster, just wondering when the next batch ships.",
    'Quick question: is the Nightmare Before Christmas boxset back in stock?',
    'No nightmare at all, the swap was easy. Can I order two more?',
    'I think the title of the book is "Disaster Artist", can you check you have it?',
  ],
});
