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
    // The same receipt said by "we": "We note your comments", "We have noted your concern", "I have logged your query".
    '(we|i) #Adverb? have? #Adverb? (note|noted|log|logged|record|recorded|register|registered) [<said>your #Adjective? (comments|comment|concern|concerns|feedback)]',
    '(we|i) #Adverb? have? #Adverb? (note|noted|log|logged|record|recorded|register|registered) [<said>your #Adjective? (views|points|remarks|observations)]',
    '(we|i) #Adverb? have? #Adverb? (noted|logged|recorded|registered) [<said>your #Adjective? #Noun? (complaint|query|enquiry|inquiry|report|request)]$',
    '(we|i) #Adverb? (note|log|record|register) [<said>your #Adjective? #Noun? (complaint|query|enquiry|inquiry|report|request)]$',
    '[<said>your #Adjective? (feedback|comments|concerns|views|points|remarks)] (is|are|has been|have been) #Adverb? (noted|acknowledged|recorded|registered)',
    '^(we|i) #Adverb? (have|are|am)? #Adverb? (taken|taking) note of [<said>your #Adjective? (comments|concerns|concern|feedback|complaint|views)]',
    '(we|i) #Adverb? have? #Adverb? (noted|logged|recorded|registered) [<said>your #Adjective? (issue|issues|problem|fault)]$',
  ],
  unless: [
    '(logged|noted|received|recorded|registered|filed) and #Adverb? (will|is|are|has|should|may|passed|forwarded|sent|escalated|referred|shared)',
    '(note|noted|log|logged|record|recorded) your #Noun? (and|so) #Adverb? (i|we|have|will)',
    '(i|we) (will|\'ll|would|can|could|must|should) #Adverb? (note|log|record|register)',
    'if (we|i) (note|log|record)',
  ],
  rewrites: ["I've {verb} {thing|lower}", "Thanks, I've got {thing|lower}", "I've read {said|lower}", 'Thanks for sharing {said|lower}'],
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
    paraphrases: {
      flag: [
        'We note your comments.',
        'We have duly noted your concern.',
        'I have logged your complaint.',
        'Your feedback has been noted.',
        'Rest assured, your concerns have been recorded.',
        'Your comments have been recorded.',
        'We have taken note of your comments about the fees.',
        'Your report has been logged under reference WST-22871.',
        'We have logged your issue.',
      ],
      pass: [
        'I have noted your new address and changed the delivery to Friday.',
        'We noted your comments and I have fixed the typo on the invoice.',
        "I'll log your request with the warehouse right now and call you by 4pm.",
        'Thanks for your comments about the app, they helped us fix the login bug.',
        'I have noted the serial number on your repair, so the engineer brings the right part.',
        'If we log the fault today, the engineer can come on Monday.',
        'We have logged your issue and Sam is on his way with a new router.',
      ],
    },
  },
});
