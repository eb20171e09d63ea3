/**
 * What came, told by the state it came in: in pieces, bent, dead, warm when it should be chilled, defrosted, with a
 * part bent or missing, the day after the event it was for. The customer lost what they paid for. Look-alikes stay
 * calm: a thing that arrived safely, hot food that arrived warm and fresh, a delivery date asked about, thanks.
 * Sentences are invented for these tests.
 */
import { describeUpsetCases } from './testing/upset-cases';

describeUpsetCases('it came spoilt', {
  upset: [
    'The mirror arrived in pieces.',
    'Our sourdough kit came with a cracked jar and the starter arrived dead.',
    'the ice cream turned up melted',
    'The salmon was delivered warm and smelling off.',
    'My bike arrived with a bent wheel.',
    'The banners arrived the day after the fete.',
  ],
  calm: [
    'The mirror arrived safely, cheers.',
    'The pizza arrived warm and fresh as always.',
    'When will the banners arrive? The fete is on the 14th.',
    'Everything arrived perfectly packed, thank you!',
    'My bike arrived today. How do I fit the pedals?',
  ],
});
