import { defineRule } from '../define';

export default defineRule({
  id: 'wait-without-a-time',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'suggestion',
  title: 'A wait with no time',
  description:
    'Telling the customer to wait for something with no time at all: "when available", "once a decision has been reached", "may take longer than usual", "in order of receipt", "no update at this time".',
  message: 'Urgency: a wait with no time leaves the customer checking their inbox; give a day or time, even a rough one, and when you will check.',
  patterns: [
    '(when|once|as soon as|until) (it|they|one|someone|somebody|a slot|slots|stock|an engineer|a technician|an agent|staff)? (is|are|becomes|become) available',
    '(when|once|if) (available|possible)$',
    '(when|once|until) (a|the|our) (decision|outcome|resolution) (has been|is|was|have been) #Adverb? (reached|made|taken)',
    '(when|once|until) (it|your #Noun|the #Noun) (reaches|gets to) the (front|top) of the (queue|list)',
    '(when|once) (it|they|your #Noun) (reaches|reach|gets to|get to) the (front|top)',
    '(may|might|could|can|will) #Adverb? take (longer than usual|longer than normal|longer than expected|some time|a while|longer)',
    '(may|might|could|can|will) #Adverb? take (several|a few|many|a number of) #Duration',
    '^please allow (additional|extra|more|some|further|sufficient) time',
    '(in order of|according to) (receipt|priority|arrival|urgency)',
    '(have|has|there is|there are) no (further|new|more)? (information|update|updates|news) (at this time|at the moment|at present|right now|yet)$',
  ],
  unless: [
    // A real time somewhere in the sentence ("several hours" is a #Date to compromise, but no time).
    '(#WeekDay|#Month|#Time)',
    '(by|on|before|until|at) #Date',
    '(within|today|tonight|tomorrow)',
    '#Value (minutes|hours|days|working days|business days)',
    '(i|we) (will|am going to) #Adverb? (check|chase|call|email|update|message|text|write|ring)',
  ],
  rewrites: [],
  advice: 'Give the customer a time, even a rough one ("by Thursday", "within two working days"), and say when you will check on it yourself.',
  examples: {
    flag: [
      { text: 'The engineer will attend when available.', becomes: null },
      { text: 'You will hear from us once a decision has been reached.', becomes: null },
      { text: 'Due to high demand, replies may take longer than usual.', becomes: null },
      { text: 'Claims are handled in order of receipt.', becomes: null },
    ],
    pass: [
      'The engineer can come on Thursday between 8am and noon.',
      "It may take a while for the bank to show it, so I'll check it with you tomorrow.",
      'Your parcel is in the queue and ships today.',
    ],
    paraphrases: {
      flag: [
        'We will send a replacement as soon as stock becomes available.',
        'Once the outcome has been reached, our team will write to you.',
        'Your request is in the queue and will be picked up when it reaches the front.',
        'Unfortunately, the investigation could take some time.',
        'Please allow extra time for your order to arrive.',
        'Repairs are booked according to priority.',
        'We have no further updates at this time.',
        'A technician will call you back when one is available.',
        'Wait for the courier to ring, which may take several hours.',
      ],
      pass: [
        'A technician will call you back within two hours.',
        'The investigation could take some time, so I will email you an update on Friday.',
        'The new colour is available now, and I have added it to your basket.',
        'I have put your case at the front of the queue.',
        'When you are available, just reply and I will book the visit.',
        'I have no doubt this will sort it, and I will check in tomorrow.',
        'Your order will arrive on Monday.',
      ],
    },
  },
});
