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
    // Presumed understanding: "We appreciate your understanding.", "We thank you for your patience and understanding."
    '^(we|i) #Adverb? (appreciate|value) your (patience and)? (understanding|cooperation|co-operation|patience and understanding)$',
    '^we #Adverb? thank you (so much|very much)? for your (patience|understanding|cooperation|co-operation)',
    '^(thanks|thank you) (so much)? for understanding$',
    // "We are sorry to hear that your stay did not meet your expectations."
    '(sorry|regret|apologise|apologize|apologies) .{0,6} (did|does|has|have) not (meet|live up to|match) your #Adjective? (expectations|standards)',
    // A bare "We are aware."
    '^(we|i) (are|am) #Adverb? aware$',
    '(we|i) (are|am) #Adverb? sorry (that)? you (were|are|felt) #Adverb? (disappointed|unhappy|dissatisfied) with (your|the|our) (stay|visit|experience|service)',
    '(we|i) (are|am) #Adverb? aware (that)? (some|several|many) (customers|users|members|people) (are|have been|may be) (having|experiencing|seeing|reporting)',
    // Patience asked for as a formula: "We request you to kindly bear with us".
    '(we|i) #Adverb? (request|ask|urge) you to (kindly)? (bear with us|be patient|cooperate|co-operate)',
    // The thin non-apology: "Sorry you didn't enjoy it."
    "^#Adverb? (sorry|apologies) (that)? you (did not|didn't) (enjoy|like|love) (it|that|this|the #Noun|your #Noun|our #Noun)$",
  ],
  // The agent already did something about it in the same sentence.
  unless: ["(so|and|but) (i|we) (have|'ve) #Adverb? #PastTense"],
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
        'We appreciate your understanding.',
        'We thank you for your patience and understanding.',
        'Thanks for understanding.',
        'We are sorry to hear that your stay did not meet your expectations.',
        "I apologise that the service didn't live up to your standards.",
        'We are aware.',
        'We are sorry you were disappointed with your stay.',
        'We are aware that some customers are having problems.',
        'We request you to kindly bear with us.',
        'We ask you to be patient.',
        "Sorry you didn't enjoy it.",
        'Really sorry you did not enjoy the lesson.',
      ],
      pass: [
        "We're aware of the outage in Leeds, and the engineers expect it fixed by 6pm.",
        'Thanks so much for your patience while I sorted this out!',
        "I'm so sorry to hear about your dad, and I have paused the account for as long as you need.",
        'I was not aware of the issue until you told me, so thank you, I have fixed the link.',
        'Thank you for understanding, and enjoy the new headphones!',
        'Thanks for telling us about your experience at the Leeds store, I have passed it to the manager.',
        'We really appreciate your patience while the engineer finished the repair.',
        'Thanks for understanding the change, it means we can deliver on Saturday instead.',
        'Your photos met every standard we check for, so the print run starts today.',
        "I'm aware the first fix didn't work, so I've booked the engineer for 9am.",
        'I appreciate you taking the time to write this down for us.',
        "I'm aware some customers are having problems, so I've moved you to the backup server just now and it's working.",
        "Thanks for bearing with us while I fixed it \u2014 it's all done now.",
        'Could you bear with me for two minutes while I check the stock?',
        "Sorry you didn't enjoy it, so I've refunded the lesson in full.",
        "I'm sorry the instructor had 14 people, that's far too many.",
      ],
    },
  },
});
