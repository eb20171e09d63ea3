import { defineRule } from '../define';

export default defineRule({
  id: 'logged-and-noted',
  kind: 'phrase',
  principle: 'interaction',
  severity: 'suggestion',
  message: 'Interaction: "your request has been logged" sounds like a case being filed; saying what you did, as yourself, keeps it a conversation.',
  description: 'Faceless receipts like "Your complaint has been logged" or "Your booking reference has been noted".',
  patterns: [
    '[<thing>(your|this|the) #Adjective? #Noun? (request|requests|complaint|feedback)] (has|have) been #Adverb? [<verb>(logged|noted|received|recorded)]',
    '[<thing>(your|this|the) #Adjective? #Noun? (query|enquiry|inquiry)] (has|have) been #Adverb? [<verb>(logged|noted|received|recorded)]',
    '[<thing>(your|this|the) #Adjective? #Noun{0,3} (ticket|case|claim|appeal|report)] (has|have) been #Adverb? [<verb>(logged|noted|received|recorded|registered)]',
    '[<thing>(your|this|the) #Adjective? #Noun? (message|email|reference|details|comments)] (has|have) been #Adverb? [<verb>(logged|noted|received|recorded)]',
    '[<thing>(your|this|the) #Adjective? #Noun? (concern|concerns|letter|form|submission|number)] (has|have) been #Adverb? [<verb>(logged|noted|received|recorded)]',
    '[<thing>(your|this|the) #Adjective? #Noun? (request|complaint|feedback|query|enquiry|ticket|case)] (has|have) been #Adverb? [<verb>(registered|filed)]',
    '^[<thing>(it|this|that)] (has|have) been #Adverb? [<verb>(logged|noted|recorded|registered|filed)]',
  ],
  unless: [
    '(logged|noted|received|recorded|registered|filed) and #Adverb? (will|is|are|has|should|may|passed|forwarded|sent|escalated|referred|shared)',
  ],
  rewrites: ["I've {verb} {thing|lower}", "Thanks, I've got {thing|lower}"],
  examples: {
    flag: [
      { text: 'Your booking reference has been noted.', becomes: "I've noted your booking reference." },
      { text: 'Dear Anna, your complaint has been logged.', becomes: "Dear Anna, I've logged your complaint." },
      { text: 'Thank you, your feedback has been recorded.', becomes: "Thank you, I've recorded your feedback." },
    ],
    pass: [
      "I've noted your booking reference and found you a seat on the 7:40 flight.",
      'Your refund has been processed and will reach your card by Friday.',
      "I'm glad the parcel has been received safely.",
      'Your request has been received and will be answered by me before 4pm today.',
    ],
  },
});
