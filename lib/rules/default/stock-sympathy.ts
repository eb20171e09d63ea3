import { defineRule } from '../define';

export default defineRule({
  id: 'stock-sympathy',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'hint',
  title: 'Stock sympathy lines',
  description:
    'Form-letter sympathy that names nothing: "We are aware of the issue.", "We\'re sorry to hear about your experience.", "Thank you for your understanding." said as a whole sentence.',
  message: 'Empathy: a stock line like "We are aware of the issue" names nothing the customer went through; say what happened to them and what you are doing.',
  patterns: [
    '(we|i) (are|am) #Adverb? (aware|informed) of (the|this|that|these) (issue|issues|problem|problems|situation|outage|delay|delays|matter|fault)$',
    '^(we|i) (are|am) #Adverb? sorry to (hear|learn) (about|of) your #Adjective? (experience|issue|issues|situation|problem|concerns)$',
    '^(we|i) #Adverb? regret (to hear|to learn|hearing|learning) (about|of)? your #Adjective? (experience|issue|situation)$',
    '^(we|i) #Adverb? regret that you (were|are|feel|felt) #Adverb? (unhappy|dissatisfied|disappointed|upset)',
    '^(we|i) (are|am) #Adverb? sorry (that)? you (had|have had|experienced) a #Adjective? experience',
    '^(thank you|thanks|we thank you) #Adverb? for your (understanding|cooperation|co-operation|understanding and patience)$',
  ],
  rewrites: [],
  advice: 'Name what went wrong for them ("I\'m sorry the app logged you out twice today") and say what you are doing about it.',
  examples: {
    flag: [
      { text: 'We are aware of the issue.', becomes: null },
      { text: "We're sorry to hear about your experience.", becomes: null },
      { text: 'Thank you for your understanding.', becomes: null },
    ],
    pass: [
      'Thank you for your understanding about the later date, and I have added a voucher for the wait.',
      "I'm sorry to hear the delivery driver left your parcel in the rain.",
    ],
    paraphrases: {
      flag: [
        'We are fully aware of the problem.',
        "I'm sorry to hear about your recent experience.",
        'We thank you for your cooperation.',
        'Hi Sam, we are already aware of the outage.',
        'We regret to hear about your experience.',
        'Thanks for your understanding.',
        'We regret that you were unhappy with our service.',
        "We're sorry you had a disappointing experience.",
      ],
      pass: [
        "We're aware of the outage in Leeds, and the engineers expect it fixed by 6pm.",
        'Thanks so much for your patience while I sorted this out!',
        "I'm so sorry to hear about your dad, and I have paused the account for as long as you need.",
        'I was not aware of the issue until you told me, so thank you, I have fixed the link.',
        'Thank you for understanding, and enjoy the new headphones!',
        'Thanks for telling us about your experience at the Leeds store, I have passed it to the manager.',
      ],
    },
  },
});
