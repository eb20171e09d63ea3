import { defineRule } from '../define';

/**
 * Session 35 (issue #10): the customer told not to get in touch, by meaning rather than by a fixed object. The older
 * rules hold "…us again" (do-not-reply), "…us for updates" (threat-of-consequences) and "…via chat" (channel-refused);
 * this one holds the same order with any office, line or person as its object ("Please do not call the clinic to
 * chase", "Kindly do not call the office"), the bare "don't chase", "don't open a new ticket", and the order said of a
 * group ("Parents are requested not to call the warden", "we'd ask that customers don't phone in").
 */
export default defineRule({
  id: 'do-not-contact-us',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: '“Do not contact us”',
  description:
    'Tells the customer not to call, e-mail, chase or open a new ticket, whoever the office is: "Please do not call the clinic to chase", "Please don\'t open a new one", "Parents are requested not to call the warden".',
  message: 'Respect: telling the customer not to get in touch shuts them out; say when you will update them, so there is nothing to chase.',
  patterns: [
    // Any office, line or person as the object: "Please do not contact the office for updates", "Kindly do not call the office".
    '(do not|don\'t|dont|never) #Adverb? (contact|call|phone|ring|email|e-mail|message|text|dm|chase|write to) (me|the #Noun|our #Noun|this #Noun|this address|this number|this inbox)',
    // Chasing forbidden, with no object: "Please do not chase before then", "Please don't chase as this slows things down".
    '(please|kindly|pls)? (do not|don\'t|dont) #Adverb? (chase|chase up|keep chasing)',
    // Another ticket forbidden: "Please don't open a new one", "Pls do not raise further tickets for the same issue".
    '(do not|don\'t|dont) #Adverb? (open|raise|log|send|submit|create|start) (a|any)? (new|further|more|additional|another|duplicate|separate|second) (one|ticket|tickets|case|cases|request|requests|complaint|complaints|chat|chats|messages|emails|enquiry|enquiries|query|queries)',
    // Said of a group, in the passive or as a request: "Parents are requested not to call the warden",
    // "we'd ask that customers don't phone in about it".
    '(are|is) #Adverb? (requested|asked|reminded|instructed) (not to|to not) (call|contact|phone|ring|email|chase|visit|message)',
    '(ask|request) that #Noun+ (do not|don\'t|not) #Adverb? (call|contact|phone|ring|email|chase|message)',
  ],
  unless: [
    // A scam warning or a number that no longer works is care, not a door shut: "Don't call the number in that text".
    '(scam|scams|phishing|fraud|fraudulent|fake|suspicious|not from us|not us|isn\'t us)',
    '(old|wrong|previous|former|closed|disconnected) (number|line|address|inbox|office)',
    // The update promised instead: "Please don't chase, I'll email you on Friday".
    '(i|we) (will|\'ll|shall|am going to|are going to) #Adverb? (email|call|ring|phone|update|message|text|write|contact|let you know|send)',
    "(no need to|you don't need to|you do not need to|don't worry about|do not worry about)",
  ],
  rewrites: [],
  advice: 'Say when and how you will update them instead ("I\'ll email you by Friday with the result, so there\'s no need to chase."), and keep the door open.',
  examples: {
    flag: [
      { text: 'Please do not call the clinic to chase.', becomes: null },
      { text: "Please don't open a new one as this resets your place in the queue.", becomes: null },
      { text: 'Parents are requested not to call the warden directly.', becomes: null },
    ],
    pass: [
      "Please don't chase, I'll email you on Friday with the result.",
      "Please don't call the number in that text, it's a scam.",
      'Feel free to call the office whenever you need.',
    ],
    paraphrases: {
      flag: [
        'Kindly do not call the office.',
        'Please do not contact the depot regarding this outage.',
        'Please do not email this address.',
        'Pls do not raise further tickets for the same issue.',
        'Please do not chase before the 14th.',
        "We'd ask that customers don't phone in about it before then.",
        'Do not message the store about refunds.',
        'Please don\'t send additional messages on this case.',
        'Students are reminded not to email the lecturers directly.',
      ],
      pass: [
        'Please do not share your PIN with anyone.',
        "Please don't hesitate to contact the office.",
        'You do not need to call the clinic, I have booked it for you.',
        'Please refrain from calling the old number; mine is below.',
        "Don't open the parcel until the engineer arrives, so the warranty stays valid.",
        'Please do not send the faulty part back, keep it with our compliments.',
        'Do not call the number on that email, it is not from us.',
        "Call the office any time, and don't worry about chasing, I will email you first.",
      ],
    },
  },
});
