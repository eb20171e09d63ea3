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
    '^#AtMention? (i am|we are)? (so|really|very|truly|terribly)? sorry (to hear|about) (that|this)$',
    // "We're sorry to hear about this.", "I am sorry to learn about your situation." — sorry for nothing named.
    '^(we|i) (are|am) #Adverb? sorry to (hear|learn) about (this|that|it|your situation|the situation|your circumstances)$',
    '(we|i) (are|am) #Adverb? (aware|informed) of (the|this|that|these) (issue|issues|problem|problems|situation|outage|delay|delays|matter|fault)$',
    // Sorry for "your experience" in any frame, with or without a subject or a "to hear": "Sorry to hear about your
    // experience!", "We're sorry you've had this experience.", "Hi Chris, we're sorry for your experience."
    '(we|i)? (are|am)? #Adverb? sorry to? (hear|learn)? (about|of|for)? (your|this|the) #Adjective? (experience|issue|issues|situation|problem|concerns) (with us)?$',
    '^(we|i) #Adverb? regret (to hear|to learn|hearing|learning) (about|of)? your #Adjective? (experience|issue|situation)$',
    '^(we|i) #Adverb? regret that you (were|are|feel|felt) #Adverb? (unhappy|dissatisfied|disappointed|upset)',
    '(we|i)? (are|am)? #Adverb? sorry (that)? you (had|have had|have|experienced) (a|an|this|that|such a|such an) #Adjective? experience',
    '^(thank you|thanks|we thank you) #Adverb? for your (understanding|cooperation|co-operation|understanding and patience|patience and understanding)$',
    // Presumed understanding: "We appreciate your understanding.", "We thank you for your patience and understanding."
    // …and the thanks for the wait or the complaint said as a formula: "We appreciate your patience.", "We value your feedback
    // regarding your recent visit.", "Your patience is appreciated." ("I appreciate your patience more than I can say" is a person.)
    '^(we|i) #Adverb? (appreciate|value) your (patience|feedback|comments|understanding|cooperation) (regarding|about|on)? (your|the|this)? #Adjective? #Noun?$',
    '^(we|i) #Adverb? (appreciate|value) your (co-operation|patience and understanding)$',
    '^(your|the) #Adjective? (patience|understanding|cooperation|co-operation|feedback) (is|has been) #Adverb? appreciated$',
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
    // Anywhere in the sentence (after an @handle or "Hi Sam,"), at its end: "Thanks for your continued patience." A hint: thanks for patience "while I looked into it" stays fine.
    '(thank you|thanks|we thank you) (so much|very much)? for your (continued|ongoing|kind)? (patience|understanding)$',
    '(we|i) #Adverb? regret that you (were|have been|are|felt) #Adverb? (disturbed|inconvenienced|affected|upset|unhappy|dissatisfied|disappointed)',
    '(we|i) #Adverb? hope (this|that|it) (does not|will not|has not) put you off',
    // The same stock line after a greeting, or about "the damage" or "your email" rather than "your experience".
    '^#AtMention? (hi|hello|hey|hiya) #Noun? #Adverb? sorry to hear (that|this)$',
    '^(we|i) (are|am|were|was) #Adverb? sorry to (hear|learn|read) (about|of)? (your|the|this) (damage|delay|problem|incident|email|complaint|comments)$',
    '^(we|i) (are|am) #Adverb? sorry (that)? you (have been|were|are|feel) #Adverb? (affected|inconvenienced|disappointed|dissatisfied|unhappy)$',
    "^#AtMention? (we|i) (are|am) #Adverb? sorry (that)? you (did not|didn't) (enjoy|like) (it|your|the|our) #Noun? #Noun?$",
    // Naming the stress and leaving it there: "We appreciate this is a stressful time."
    '^(we|i) #Adverb? (appreciate|understand|recognise|realise) (that)? (this|it) (is|has been|must be) (a|an) #Adverb? .? (time|situation|period) for? you?$',
    // Hoping the customer enjoyed it anyway, after a complaint: "We hope you still enjoyed your stay."
    '^(we|i) #Adverb? hope (that)? you (still|otherwise|nonetheless|nevertheless) (enjoyed|had|managed|liked)',
  ],
  // The agent already did something about it in the same sentence.
  unless: ["(so|and|but) (i|we) (have|'ve) #Adverb? #PastTense"],
  // A bare "Sorry about that." is a real apology when the next sentence is what we did or will do about it.
  unlessNext: [
    // What we did, anywhere in the next sentence: "It sounds like the charger, so I've sent a new one".
    "(i|we) (have|had|will|am|are|was|were)? #Adverb? (found|sent|resent|added|booked|refunded|credited|fixed|checked|emailed|issued|applied|posted|ordered)",
    // Any deed done, in the agent's voice at the start ("I've restarted that charger remotely", "I've spoken to the case
    // officer"); a note taken or a message passed on is no deed ("Sorry about that. I have noted your comments." flags).
    '^#AtMention? (i|we) (have|had) #Adverb? (#PastTense && !noted && !logged && !recorded && !passed && !forwarded && !escalated)',
    "^#AtMention? #Adverb? (i|we) (have|had|will|am|are|was|were)? #Adverb? (arranged|replaced|moving|going|pop|send|add|book|refund|fix|check|call|see|can see)",
    '^(a|the) #Adjective? (fix|patch|refund|replacement|update|credit) (was|is|has been|will be|goes) #Adverb? (released|sent|issued|rolling|out|booked)',
    '^(a|the) (fix|patch|update) for',
    // Their thing put right, in the next breath, said as now true: "Your team is reinstated", "Your order is rebooked for
    // Friday". Only a verb of putting right counts: a thing noted, forwarded, escalated or refused is no deed ("Your
    // feedback is forwarded to management" flags), and a past passive ("Your credit has been returned") is a report.
    '^#AtMention? (your|the) #Adjective? #Noun+ (is|are) (now|all)? (reinstated|restored|fixed|sorted|unlocked|rebooked|replaced|refunded|repaired|posted)',
    // Owning the mistake, or walking the customer through the fix: "The code expired early by mistake.", "…, so please hold the power button".
    '(by mistake|our mistake|my mistake|our fault|my fault|on us|our error|my error)',
    'so please (hold|press|restart|reset|try|turn|tap|open|clear|switch|update|reinstall|unplug)',
    // Meeting the feeling or asking what happened, as a person would: "That's not the experience we want you to
    // have.", "What's going on with them?", "Could you tell me which carrier it was?".
    '(not the|not an|not a) #Adjective? (experience|service|standard|welcome|start) (we|you|anyone)',
    '(must be|must have been|sounds|is so|that is) #Adverb? (frustrating|annoying|stressful|worrying|upsetting|disappointing|maddening|awful)',
    '@hasQuestionMark$',
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
        'Sorry about that. I have noted your comments.',
        "We're sorry to hear about this.",
        "I am sorry to learn about your situation.",
        "We are very sorry to hear about that.",
        "@ben_t We're sorry you didn't enjoy the show.",
        'Sorry to hear that. The warranty does not cover water damage.',
        '@jo_h Really sorry about that. Orders are packed by the store, not us.',
        "I'm sorry to hear this. Unfortunately we don't keep old invoices.",
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
        '@tessa_m Thanks for your patience.',
        'We thank you for your continued patience.',
        'We regret that you were disturbed.',
        'We hope this does not put you off staying with us again.',
        'Hello Priya, so sorry to hear that.',
        'I was sorry to learn of the delay.',
        'We are very sorry to read your complaint.',
        'We are sorry that you were inconvenienced.',
        "I'm sorry you didn't like the hotel.",
        'We understand this has been a difficult period for you.',
        'I realise this is a worrying time.',
        'We hope that you nevertheless had a pleasant evening.',
      ],
      pass: [
        "Sorry about that! I've restarted that charger remotely, so it should be ready in a minute.",
        "Thanks for your patience. I've spoken to the case officer, and a decision is due on 3 June.",
        "I'm sorry to hear about your dog, and I've moved the booking to next week for you.",
        "We're sorry to hear about the delay; the parcel is on the van today.",
        'Sorry about that! The voucher expired a day early by our mistake.',
        "Sorry to hear that. It sounds like the battery, so I've posted a new one today.",
        'Sorry about that! A fix for the login loop went out this morning.',
        "Sorry to hear that! I've sent a new charger by first class post today.",
        "@jo_h So sorry about that. We'll pop a fresh one in the post today.",
        'Sorry about that. A fix was released this morning, so an app update sorts it.',
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
        "Hi Tom, sorry to hear that. I've refunded the ticket just now.",
        "I was sorry to learn of the delay, so I've moved you to the 9am flight.",
        'We are sorry that you were inconvenienced by our mistake.',
        'I realise this is a worrying time, so I have called the hospital myself and they will ring you at 4pm.',
        'I hope you enjoy the new headphones!',
        'We understand this is your first order, so here is a quick guide.',
        'Could you bear with me for two minutes while I check the stock?',
        "Sorry you didn't enjoy it, so I've refunded the lesson in full.",
        "I'm sorry the instructor had 14 people, that's far too many.",
        'Thanks for your patience while I looked into this, and I have refunded the fee.',
        'Thank you for your patience while I checked with the warehouse.',
        "I'm sorry you were disturbed at 3am, and I've refunded the night.",
        'I hope this helps you plan the trip.',
        "We're so sorry to hear this! That's not the experience we want you to have.",
        "Sorry to hear that. Which courier was the parcel with?",
        "We're sorry about this. Could you send us the error message you see?",
        "Sorry about that. That must be really frustrating when you're trying to work.",
      ],
    },
  },
});
