import { defineRule } from '../define';
import { ACTS_AFTER_HAND_OFF } from '../hand-off-exemptions';

export default defineRule({
  id: 'third-party-to-blame',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  title: 'An independent party to blame',
  description:
    'Putting the fault on a partner said to be independent, and stopping there: "drivers are independent contractors", "the shop is solely liable", "any claim is between you and their insurer", "that is their own affair", "we just pass the files on", "a manufacturer issue, not a dealer one".',
  message: 'Ownership: the customer chose us, not our partner; however the work is split, say what you will do about it with them.',
  patterns: [
    // Independent, so not ours: "Tutors are independent so attendance is down to them".
    '(are|is) #Adverb? (an|a)? (independent|self-employed) (contractors|contractor|businesses|business|traders|trader|operators|operator|company|companies)',
    '(are|is) #Adverb? (independent|self-employed) (so|and)',
    '(is|are) (solely|entirely|wholly|fully) (liable|responsible|accountable) for',
    '(is|are|was|were) #Adverb? down to (them|him|her|their #Noun|the #Noun)$',
    '(is|are|was|were) #Adverb? (their|his|her|the #Possessive) own (affair|business|matter|concern|lookout)',
    // Left between the customer and the other party: "any claim is between you and their insurer".
    '(is|are|was|were) #Adverb? (between|a matter between) you and (the|their|your|#ProperNoun) #Noun?',
    '(beyond|outside) (anyone|anybody|everyone|anyone else) control',
    // Only the messenger: "we just pass the files on".
    '(we|i) (just|only|simply|merely) (pass|forward|send|relay) (the|your|their)? #Noun? (on|along|across)$',
    '(we|i) (just|only|simply|merely) (pass|forward|send|relay) (the|your|their)? #Noun? (on|along|across)? to (them|the #Noun)',
    // The fault given away by contrast: "a manufacturer issue, not a dealer one", "down to the model rather than our printers".
    '#Noun (issue|fault|problem|matter) not (a|an|the|our) #Noun (one|issue|fault|problem)',
    '(rather than|instead of) (us|ours|our #Noun|our #Noun #Noun)$',
  ],
  unless: [...ACTS_AFTER_HAND_OFF, "(so|and) (i|we) (have|had|'ve) #Adverb? #PastTense", '(our fault|on us|our mistake|my mistake)'],
  rewrites: [],
  advice: 'Say what you will do with the partner ("The driver is a contractor, but I booked him, so I\'ve asked him for an explanation and refunded your fare").',
  examples: {
    flag: [
      { text: 'Our couriers are independent contractors.', becomes: null },
      { text: 'Any claim is between you and their insurer.', becomes: null },
      { text: 'We just pass the orders on.', becomes: null },
    ],
    pass: [
      'Our couriers are independent contractors, but I booked this one, so I have refunded the fee.',
      'The hotel is solely responsible for the pool, so I have called them for you and they will reply by 5pm.',
      'That was our mistake, not the courier\'s.',
    ],
    paraphrases: {
      flag: [
        'Honestly, the venue is an independent business.',
        'Stylists are independent and set their own hours.',
        'The franchise is entirely responsible for its own refunds.',
        'Cancellations are down to the organiser.',
        'How they test the samples is their own business.',
        'That part is a matter between you and the landlord.',
        'Snow on the runway is outside anyone\'s control.',
        'We simply forward the tickets on.',
        'We only pass your order to the bakery.',
        'It is a software issue not a hardware one.',
        'The delay came from the port rather than us.',
      ],
      pass: [
        'Our stylists are self-employed, but the booking was ours, so I have refunded it today.',
        'It was down to us, and I am sorry.',
        'We pass the files to the printer within the hour, and I will send you the tracking by 5pm.',
        'Between you and me, the blue one is the better buy.',
        'The landlord is responsible for the boiler, so I have called him and he will visit tomorrow at 10am.',
        'The venue is an independent business, and I have already rung them about your refund.',
        'Please pick whichever colour you like rather than the one in the photo.',
      ],
    },
  },
});
