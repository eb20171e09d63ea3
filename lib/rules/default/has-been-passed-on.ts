import { defineRule } from '../define';

export default defineRule({
  id: 'has-been-passed-on',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  message: 'Ownership: "it has been escalated" hides who did it; "I\'ve escalated this" shows the customer a person is handling it.',
  patterns: [
    '^[<thing>(your|the|this|that) #Adjective? #Noun+] (has|have) been #Adverb? [<verb>(escalated|forwarded|passed|referred|raised)]',
    '^[<thing>(it|this|that)] (has|have) been #Adverb? [<verb>(escalated|forwarded|passed|referred|raised)]',
    '(your|the|this|that) #Adjective? #Noun+ (has|have) #Adverb? been #Adverb? (escalated|forwarded|passed|referred|raised|transferred)',
    '(has|have) been (escalated|forwarded|passed on|referred) to (the|our|a) #Adjective? #Noun? (team|department|specialists|manager|engineers)',
    '^[<thing>(a|an) #Adjective? #Noun+] (has|have) been #Adverb? [<verb>(escalated|forwarded|passed|referred|raised)]',
    '(your|the|this|that|a|an) #Adjective? #Noun+ (has|have) been (logged|noted|received|recorded) and (escalated|forwarded|passed|referred|shared|sent)',
    '[<thing>(your|the|this|that|a|an) .? #Noun+] (has|have) been #Adverb? [<verb>(informed|chased|requested|submitted|shared|notified|contacted)]',
  ],
  unless: [
    '(courier|carrier|driver|post office|delivery partner|warehouse)',
    "(i|we) (have|'ve) (escalated|forwarded|passed|referred|raised)",
    'by me',
  ],
  rewrites: ["I've {verb} {thing|lower}"],
  advice: "Say that you did it and what happens next: \"I've escalated this to our billing team, and I'll update you by Friday.\"",
  examples: {
    flag: [
      {
        text: 'Your feedback has been forwarded to the relevant team.',
        becomes: "I've forwarded your feedback to the relevant team.",
      },
      { text: 'It has been escalated.', becomes: "I've escalated it." },
      { text: 'Your case has been passed on to our billing team.', becomes: "I've passed your case on to our billing team." },
    ],
    pass: [
      "I've escalated this to our billing team, and I'll update you by Friday.",
      'Your parcel has been handed to the courier and arrives tomorrow.',
    ],
    paraphrases: {
      flag: [
        'Your case has been escalated.',
        'Unfortunately your complaint has already been forwarded to the store.',
        'For now, the ticket has been passed on to our engineers.',
        'This issue has been raised with the relevant team.',
        'The request was escalated and has been referred to the claims department.',
        'Your details have been transferred to the new provider.',
        'A ticket has been raised with our provisioning team.',
        'Your concern has been logged and passed to our Water Quality department.',
        'Your comments have been noted and shared with the Hotel Manager.',
        'The contractor has been informed.',
        'The supplier has been chased.',
        'A new appointment has been requested.',
        'Your feedback has been shared with them.',
        'A request has been submitted to the imaging archive.',
      ],
      pass: [
        "I've escalated this to our billing team, and I'll update you by Friday.",
        'Your parcel has been handed to the courier and arrives tomorrow.',
        'I have personally forwarded your photos to the hotel manager.',
        'Your order has been delivered to the front desk.',
        'Your refund has been approved and reaches your card in 3 days.',
        'I passed your note to Priya, who will call you at 3pm.',
        'I have informed the contractor, and he will call you at 2pm.',
        'You have been so patient, thank you.',
        'I chased the carrier this morning and the van is on its way.',
        'Your account has been credited with £20 today, and I am sorry for the trouble.',
      ],
    },
  },
});
