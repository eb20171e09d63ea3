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
  ],
  unless: [
    '(courier|carrier|driver|post office|delivery partner|warehouse)',
  ],
  rewrites: ["I've {verb} {thing|lower}"],
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
  },
});
