/**
 * A question about how things stand at a place ("Are the pitches flooded?") asks for news: a hazard word in it counts
 * only beside another cue. The customer's own flooded tent, or the question beside a grievance, still reads upset.
 * Messages are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('a question about how things stand at a place', {
  upset: [
    'Our caravan is flooded and the children are soaked through.',
    'Is our pitch flooded?? We paid £300 and nobody answers the phone.',
  ],
  calm: [
    'Are the fields flooded? We are booked in for Friday.',
    'Hi, is the towpath flooded after the rain? Thinking of walking it Sunday.',
    'Morning, are the lanes to the farm flooded at the moment?',
  ],
});

describeUpsetCases('"freezing" of a screen is a fault, of a home a hazard', {
  upset: ['Our heating is off and the flat is freezing, and we have a newborn.', 'The game keeps freezing on the loading screen.'],
  calm: ['Video freezing for a second on the smart TV app, audio carries on. Any tips?'],
});
