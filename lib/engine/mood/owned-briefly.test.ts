/**
 * A fault told flatly of a thing the customer has owned only a short while ("Had it 10 days", "bought it three weeks
 * ago", "opened on Sunday", "on day one"), or one that won't do its job ("won't latch", "only charges in one ear",
 * "loops back to the start", "signs me out every single time"): the customer has lost what they paid for. Look-alikes
 * stay calm: a question about it, a thing owned a while that works, a wish for the behaviour, a trip or a drop-off
 * named as a thing. Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('a fault in a thing owned only a short while, or one that will not do its job', {
  upset: [
    'Fridge door won’t shut properly. Had it 12 days.',
    "The speaker won't pair with anything and I only bought it two weeks ago.",
    'Blender lid cracked, we got it a month ago.',
    'The earbuds only charge on the left side. Unboxed them on Friday.',
    'The washer leaked on day one and the floor is soaked.',
    'the booking site loops me back to the login page every single time',
    'Your app kicks me out every time I open the camera.',
    'Garage remote will not open the door, received it 5 days ago.',
    'The stool came out of the box with one leg snapped off.',
  ],
  calm: [
    'How do I make the fridge door shut more softly?',
    "We've had the speaker for three years and it still sounds great.",
    'Can I get the blender lid in a different colour?',
    'Is there a setting so the app signs me out every time I close it?',
    'Our kids are excited about the trip next week! What should we pack?',
    'We bought it a month ago and love it, thank you.',
    'Does the washer need a special detergent on day one?',
    'Where is the drop-off point for the charity bag?',
  ],
});
