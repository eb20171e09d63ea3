import { defineRule } from '../define';

export default defineRule({
  id: 'regret-to-inform',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'suggestion',
  message: 'Plain language: "We regret to inform you" is letterhead language; "I\'m sorry to say" carries the same regret in a human voice.',
  phrases: [
    'we regret to inform you that',
    'we regret to inform you',
    'we regret to advise you that',
    'we regret to advise that',
    'we regret to announce that',
    'I regret to inform you that',
    'I regret to inform you',
    'it is with regret that we inform you that',
    'it is with regret that we must inform you that',
    'we are sorry to inform you that',
    'we are sorry to inform you',
  ],
  patterns: [
    '^#Adverb? (we|i) #Adverb? (must|have to)? regret to (inform|advise|tell|notify) (you)? (that)?',
    '^it is with #Adjective? regret that (we|i) (must|have to)? (inform|advise|tell|notify) you (that)?',
    '^(we|i) (are|am) #Adverb? (sorry|sad|unhappy) to (inform|advise|notify) you (that)?',
  ],
  rewrites: ["I'm sorry to say that", "I'm sorry to tell you that"],
  examples: {
    flag: [
      { text: 'We regret to inform you that your flight has been cancelled.', becomes: "I'm sorry to say that your flight has been cancelled." },
      { text: 'It is with regret that we inform you that the event is postponed.', becomes: "I'm sorry to say that the event is postponed." },
    ],
    pass: ["I'm sorry to say the blue version is sold out, but the grey one ships today.", 'I regret not calling you sooner, and I have fixed it now.'],
    paraphrases: {
      flag: [
        "We must regret to advise you that the course is full.",
        "It is with great regret that we inform you that the hotel is closed.",
        "I am very sorry to inform you that your claim was declined.",
        "Unfortunately, we regret to notify you that the flight is cancelled.",
        "We regret to tell you the sofa is out of stock.",
        "We regret to announce that the store is closing.",
      ],
      pass: [
        "I'm sorry to say the blue version is sold out, but the grey one ships today.",
        "I regret not calling you sooner, and I have fixed it now.",
        "I'm sorry to tell you the course is full, and I've put you first on the list for May.",
        "We never regret the time spent on a good repair.",
        "Sorry, the flight is cancelled, and I have rebooked you on the 18:40.",
        "I am happy to inform you that your claim was approved.",
      ],
    },
  },
});
